/** launchedBy, fundedBy, partnersWith, acquiredBy, locatedIn: what organisations do. */
import type { RelationRule } from '../../schema.js'
import { withTrigger } from './macros.js'

const LAUNCH = '(?:launched|launches|launching|introduced|introduces|introducing|rolled out|rolls out|rolling out|unveiled|unveils|unveiling|implemented|implements|implementing|debuted|debuts|released|releases|deployed|deploys|activated|activates|kicked off|kicks off|initiated|initiates|commenced|commences|inaugurated|inaugurates|began|begins|started|starts)'
const LAUNCH_PARTICIPLE = '(?:launched|introduced|rolled out|unveiled|implemented|debuted|released|deployed|activated|initiated|inaugurated|started)'

export const LAUNCHED_RULES: RelationRule[] = withTrigger('launch|introduc|roll|unveil|implement|debut|releas|deploy|activat|kick|initiat|commenc|inaugurat|began|begin|start', [
  { id: 'launched-fronted', predicate: 'launchedBy', pattern: `(?:^|[.;]\\s+)${LAUNCH_PARTICIPLE}\\s+(?:in\\s+\\d{4}\\s+)?by\\s+{O},\\s+{S}`, confidence: 0.9, description: 'Launched by Omicron founder Maria Lopez, Zeta …' },
  { id: 'launched-passive', predicate: 'launchedBy', pattern: `{S}{APPOS}\\s+{AUX}${LAUNCH_PARTICIPLE}\\s+by\\s+(?:the\\s+)?{O}`, subjectConcept: true, confidence: 0.85, description: 'X was launched by Y' },
  { id: 'launched-gerund', predicate: 'launchedBy', pattern: `{O}{GAP}\\s+by\\s+(?:launching|introducing|rolling out|unveiling|implementing|debuting|releasing|activating|kicking off|initiating)\\s+{S}`, subjectConcept: true, confidence: 0.75, description: 'Zeta broke new ground by launching its first-ever parachain auctions' },
  { id: 'launched-active', predicate: 'launchedBy', pattern: `{O}{APPOS}\\s+{HAVE}${LAUNCH}\\s+{S}`, subjectConcept: true, confidence: 0.75, description: 'Zeta introduced new staking parameters' },
  { id: 'launched-nominal', predicate: 'launchedBy', pattern: "(?:the\\s+)?(?:launch|introduction|rollout|roll-out|unveiling|release|debut|activation|implementation)\\s+of\\s+{S}\\s+by\\s+(?:the\\s+)?{O}|{O}['’]s\\s+(?:launch|introduction|rollout|roll-out|unveiling|release|debut|activation|implementation)\\s+of\\s+{S}", subjectConcept: true, confidence: 0.8, description: "the launch of X by Y; Y's launch of X" }
])

export const FUNDED_RULES: RelationRule[] = withTrigger('fund|financ|sponsor|back|bankroll|grant|award|invest|support', [
  { id: 'funded-active', predicate: 'fundedBy', pattern: '{O}{APPOS}\\s+{HAVE}(?:funded|funds|financed|finances|sponsored|sponsors|backed|backs|bankrolled|granted|awarded grants to|supported financially)\\s+{S}', subjectConcept: true, confidence: 0.8, description: 'the Zeta Treasury funded various community initiatives' },
  { id: 'funded-passive', predicate: 'fundedBy', pattern: '{S}{APPOS}\\s+{AUX}(?:funded|financed|sponsored|backed|bankrolled|supported|granted|awarded)\\s+(?:in\\s+part\\s+|partly\\s+|fully\\s+)?by\\s+(?:the\\s+)?{O}', subjectConcept: true, confidence: 0.8, description: 'X was funded by Y' },
  { id: 'funded-fronted', predicate: 'fundedBy', pattern: '(?:^|[.;]\\s+)(?:funded|financed|sponsored|backed)\\s+by\\s+(?:the\\s+)?{O},\\s+{S}', subjectConcept: true, confidence: 0.8, description: 'Backed by Y, X …' },
  { id: 'funded-invested', predicate: 'fundedBy', pattern: '{O}{APPOS}\\s+{HAVE}(?:invested|invests|investing)\\s+(?:\\$?[\\d.,]+\\s*(?:million|billion|thousand|[mbk]n?)?\\s+)?in\\s+{S}', confidence: 0.8, description: 'Y invested in X' },
  { id: 'funded-grant-from', predicate: 'fundedBy', pattern: '{S}{APPOS}\\s+(?:received|receives|secured|secures|won|wins|obtained|got|raised|raises)\\s+(?:a\\s+|an\\s+)?(?:[\\w$.,-]+\\s+){0,3}?(?:grant|funding|investment|backing|financing)s?\\s+from\\s+(?:the\\s+)?{O}', confidence: 0.8, description: 'X received a grant from Y' },
  { id: 'funded-round-led', predicate: 'fundedBy', trigger: 'led by', pattern: '{S}{APPOS}\\s+{HAVE}(?:raised|raises|closed|closes|secured|secures|completed|completes)\\s+(?:[\\w$.,-]+\\s+){0,7}?(?:round|raise|sale|offering)\\s+(?:co-)?led\\s+by\\s+(?:the\\s+)?{O}', confidence: 0.8, description: 'X raised $5 million in a seed round led by Y and Z' },
  { id: 'funded-round-of', predicate: 'fundedBy', trigger: 'led by', pattern: "{S}['’]s\\s+(?:[\\w$.,-]+\\s+){0,3}?(?:round|raise|sale|offering)\\s+(?:was\\s+)?(?:co-)?led\\s+by\\s+(?:the\\s+)?{O}", confidence: 0.75, description: "X's seed round, led by Y" },
  { id: 'funded-grant-to', predicate: 'fundedBy', pattern: '{O}{APPOS}\\s+{HAVE}(?:awarded|gave|granted|issued|provided|extended)\\s+(?:a\\s+|an\\s+)?(?:[\\w$.,-]+\\s+){0,3}?(?:grants?|funding|investment|financing)\\s+to\\s+(?:the\\s+)?{S}', subjectConcept: true, confidence: 0.8, description: 'the Orbit Foundation awarded a grant to X' },
  { id: 'funded-nominal', predicate: 'fundedBy', pattern: '(?:funding|grants?|financing|sponsorship)\\s+(?:for|of)\\s+{S}\\s+(?:from|by)\\s+(?:the\\s+)?{O}', subjectConcept: true, confidence: 0.7, description: 'funding for X from Y' }
])

export const PARTNER_RULES: RelationRule[] = withTrigger('partner|team|forces|collaborat|allian|allied|venture', [
  { id: 'partners-active', predicate: 'partnersWith', pattern: '{S}{APPOS}\\s+{HAVE}(?:partnered|partners|teamed up|teams up|joined forces|joins forces|collaborated|collaborates|allied)\\s+with\\s+(?:the\\s+)?{O}', confidence: 0.85, description: 'X partnered with Y' },
  { id: 'partners-between', predicate: 'partnersWith', pattern: '(?:partnership|collaboration|alliance|joint venture)\\s+(?:between|of)\\s+{S}\\s+and\\s+{O}', confidence: 0.85, description: 'a partnership between X and Y' },
  { id: 'partners-announced', predicate: 'partnersWith', pattern: '{S}{APPOS}\\s+{HAVE}(?:announced|formed|entered(?:\\s+into)?|signed|struck|forged|unveiled)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:partnership|collaboration|alliance)\\s+with\\s+(?:the\\s+)?{O}', confidence: 0.85, description: 'X announced a strategic partnership with Y' },
  { id: 'partners-pair', predicate: 'partnersWith', pattern: '{S}\\s+and\\s+{O}\\s+{HAVE}(?:partnered|teamed up|joined forces|announced a partnership|formed a partnership)', confidence: 0.8, description: 'X and Y have partnered' }
])

export const ACQUIRED_RULES: RelationRule[] = withTrigger('acqui|bought|buy|purchas|took over|takes over|taken over|snapped|takeover', [
  { id: 'acquired-active', predicate: 'acquiredBy', pattern: '{O}{APPOS}\\s+{HAVE}(?:acquired|acquires|bought|buys|purchased|purchases|took over|takes over|snapped up)\\s+{S}', confidence: 0.85, description: 'Y acquired X' },
  { id: 'acquired-passive', predicate: 'acquiredBy', pattern: '{S}{APPOS}\\s+{AUX}(?:acquired|bought|purchased|taken over)\\s+by\\s+(?:the\\s+)?{O}', confidence: 0.85, description: 'X was acquired by Y' },
  { id: 'acquired-nominal', predicate: 'acquiredBy', pattern: "(?:the\\s+)?(?:acquisition|purchase|takeover)\\s+of\\s+{S}\\s+by\\s+(?:the\\s+)?{O}|{O}['’]s\\s+(?:acquisition|purchase|takeover)\\s+of\\s+{S}", confidence: 0.85, description: "the acquisition of X by Y; Y's acquisition of X" }
])

export const LOCATED_RULES: RelationRule[] = withTrigger('based|headquarter|located|registered', [
  { id: 'located-based-compound', predicate: 'locatedIn', pattern: '{O}-(?:based|headquartered)\\s+(?:[\\w-]+\\s+){0,2}?{S}', confidence: 0.85, description: 'Zug-based Orbit Foundation; the Berlin-based startup Orbit Labs' },
  { id: 'located-based-appositive', predicate: 'locatedIn', pattern: '{S},\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?{O}-(?:based|headquartered)\\b', confidence: 0.85, description: 'Orbit Labs, a Lisbon-based startup' },
  { id: 'located-based-in', predicate: 'locatedIn', pattern: '{S}{APPOS}\\s+(?:is\\s+|are\\s+|was\\s+)?(?:based|headquartered|located|registered)\\s+in\\s+{O}|{S},\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:based|headquartered|located|registered)\\s+in\\s+{O}', objectTypes: ['Place'], confidence: 0.85, description: 'X is based in Y; X, a startup based in Y' }
])
