/**
 * Funding rounds as events. A round, raise, sale or grant is owned by the
 * company that raised it ("X raised a $5 million seed round"; "X's Series
 * A"); whoever led, co-led or took part in it funded that company, in the
 * same sentence or the next ones ("This round was co-led by A and B",
 * "with participation from C", "Other investors like D also participated").
 */
import type { EventRule } from '../compile.js'
import { alt, formsOf, LIST_CUES } from './words.js'

/** Nouns that name a funding event. */
export const ROUND_NOUNS = ['round', 'funding round', 'raise', 'fundraise', 'fundraising', 'sale', 'private sale', 'token sale', 'seed', 'pre-seed', 'series a', 'series b', 'series c', 'funding', 'financing', 'investment', 'offering', 'grant', 'tranche', 'extension']
/** Verbs whose subject raises a round. */
export const RAISE_VERBS = ['raise', 'close', 'secure', 'complete', 'land', 'receive', 'net', 'bag', 'announce', 'conclude', 'obtain', 'attract']
/** Nouns for those who fund a round. */
export const FUNDER_NOUNS = ['investor', 'backer', 'fund', 'firm', 'participant', 'vc', 'venture capital firm', 'angel', 'strategic investor']
/** Verbs (lemmas) that lead a round: "led by", "co-led by". */
export const LEAD_VERBS = ['lead', 'co-lead', 'spearhead', 'anchor']

const ROUND = `${alt(ROUND_NOUNS)}s?`
const MONEY = '(?:(?:us|au|ca|sg)?\\$|€|£)\\s?[\\d.,]+|[\\d.,]+\\s*(?:million|billion|m|bn)\\b'
const LED = alt(formsOf(LEAD_VERBS, ['participle']))
const FUNDERS = `${alt(FUNDER_NOUNS.flatMap((n) => [n, `${n}s`]))}`
const THE = '(?:the\\s+)?'
/** "a group of (fantastic) investors including …": a collective before the funders. */
const GROUP_OF = '(?:(?:a|an|the)\\s+(?:group|number|host|set|syndicate|roster|line-up|lineup|list)\\s+of\\s+)?'
const RAISED = alt(formsOf(RAISE_VERBS, ['past', 'present', 'infinitive']))
/** A first clause of the same subject before the raise: "X was a member of the Orbit batch, and has since raised …". */
const COPULA_CLAUSE = '\\s+(?:is|was)\\s+(?:a|an|the|one)\\s+[^.;!?]{1,80}?,?\\s+and(?=\\s+(?:has|have|had|raised|closed|secured|(?:since|subsequently|recently|later|also|then)\\s))'

/** The rules of funding events (owners first: the matcher needs them before the members). */
export const ROUND_EVENT_RULES: EventRule[] = [
  { id: 'fundedBy.round-raised', predicate: 'fundedBy', event: { name: 'round', role: 'owner' }, trigger: `^(?=.*(?<![a-z])${RAISED})(?=.*(?:(?<![a-z])${ROUND}|${MONEY}))`, pattern: `{S}{APPOS}(?:,?\\s+(?:which|who|that)|${COPULA_CLAUSE})?\\s+(?:(?:has|have|had)\\s+)?(?:(?:also|successfully|recently|just|now|officially|since|subsequently|later|then)\\s+)?${RAISED}\\s+(?:[^.;!?]{0,60}?)(?:${ROUND}|${MONEY})`, confidence: 0.8, description: 'X raised a $5 million seed round (the gap may cross a name: "a US$9M round")' },
  { id: 'fundedBy.round-possessive', predicate: 'fundedBy', event: { name: 'round', role: 'owner' }, trigger: `^(?=.*['’]s\\s)(?=.*(?<![a-z])${ROUND})`, pattern: `{S!}['’]s\\s+(?:[\\w$.,-]+\\s+){0,3}?${ROUND}`, confidence: 0.75, description: "X's seed round" },
  // "We finished a new round of funding for Orbit Labs": the round is the named company's (the speaker may be unresolved).
  { id: 'fundedBy.round-for', predicate: 'fundedBy', event: { name: 'round', role: 'owner' }, trigger: `(?<![a-z])${ROUND}(?:\\s+of\\s+(?:funding|financing))?\\s+for\\s`, pattern: `(?<![\\w-])${ROUND}(?:\\s+of\\s+(?:funding|financing))?\\s+for\\s+{S!}`, confidence: 0.75, description: 'a new round of funding for X' },
  { id: 'fundedBy.round-led', predicate: 'fundedBy', event: { name: 'round', role: 'member' }, trigger: `${LED}\\s+(?:\\w+\\s+)?by\\s`, pattern: `${ROUND}(?:[^.;!?\\uE000]{0,60}?)\\s+${LED}\\s+(?:(?:primarily|mainly|jointly)\\s+)?by\\s+${THE}{O}`, confidence: 0.8, description: 'a seed round led by Y; this round was co-led by Y' },
  { id: 'fundedBy.round-backed', predicate: 'fundedBy', event: { name: 'round', role: 'member' }, trigger: 'backed\\s+(?:\\w+\\s+)?by\\s', pattern: `${ROUND}(?:[^.;!?\\uE000]{0,40}?)\\s+backed\\s+(?:(?:primarily|mainly|largely|jointly)\\s+)?by\\s+${THE}{O}`, confidence: 0.8, description: 'a seed round and private sale backed primarily by Y' },
  { id: 'fundedBy.round-from', predicate: 'fundedBy', event: { name: 'round', role: 'member' }, trigger: `(?:(?<![a-z])${ROUND}|${MONEY})[^.;]{0,40}?\\sfrom\\s`, pattern: `(?:${ROUND}|${MONEY})(?:[^.;!?\\uE000]{0,30}?)\\s+from\\s+(?:${GROUP_OF}(?:[\\w-]+\\s+){0,2}?(?:${FUNDERS})\\s+(?:${alt(LIST_CUES)})\\s+)?${THE}{O}`, confidence: 0.75, description: 'raised $5 million from Y' },
  { id: 'fundedBy.round-participation', predicate: 'fundedBy', event: { name: 'round', role: 'member' }, trigger: 'particip|contribution', pattern: `(?:participation|contributions?)\\s+(?:from|by)\\s+(?:(?:${FUNDERS})\\s+(?:${alt(LIST_CUES)})\\s+)?${THE}{O}`, confidence: 0.75, description: 'with participation from Y' },
  { id: 'fundedBy.round-investors', predicate: 'fundedBy', event: { name: 'round', role: 'member' }, trigger: `(?<![a-z])${FUNDERS}\\s+${alt([...LIST_CUES, 'include', 'included', 'includes'])}\\s`, pattern: `(?<![\\w-])${FUNDERS}\\s+(?:${alt([...LIST_CUES, 'include', 'included', 'includes'])})\\s+${THE}{O}`, confidence: 0.7, description: 'other investors like Y' },
  // "New investors joined the round:" over "- Maria Lopez (Orbit Capital)": each item that is a name alone funded the round's
  // owner, else the organisation the article speaks for ("We've had new investors join:").
  { id: 'fundedBy.round-investor-list', predicate: 'fundedBy', event: { name: 'round', role: 'member' }, publisherSlot: 'S', trigger: `(?<![a-z])(?:${alt(['investors', 'backers', 'angels', 'angel investors', 'funders'])})(?![a-z])`, triggerInContext: true, pattern: `^{O!}(?:\\s*\\([^()]{1,60}\\))?\\s*[.;]?$`, confidence: 0.65, description: 'a list of names under "new investors joined the round:"' },
  { id: 'fundedBy.round-participated', predicate: 'fundedBy', event: { name: 'round', role: 'member' }, trigger: 'particip|led the|co-led', pattern: `{O}{APPOS}\\s+(?:(?:also|all)\\s+)?(?:participated|took part|joined|(?:${LED})\\s+the)\\b`, confidence: 0.7, description: 'Y also participated; Y led the round' }
]

/** What follows an investor's portfolio and names its companies ("includes", "including", "such as"). */
const PORTFOLIO_LIST = `(?:${alt(['includes', 'included', 'include', 'spans', 'spanning', 'features', 'featuring', ...LIST_CUES])}),?\\s+${THE}`
/** What a portfolio of investments is made of ("a diverse portfolio of successful companies", "portfolio companies"). */
const INVESTEES = '(?:companies|startups|start-ups|businesses|investments|ventures)'
/** The investor before its portfolio: "Y's", "Y, whose", "Y is a venture firm with a", "Y has a". */
const PORTFOLIO_OWNER = `{O!}(?:['’]s\\s+(?:[\\w-]+\\s+){0,3}?|(?:{APPOS}|,\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+)?,?\\s+whose\\s+(?:[\\w-]+\\s+){0,3}?|{APPOS}\\s+(?:is|was)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,5}?(?:with|and\\s+has)\\s+(?:an?\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?|{APPOS}\\s+(?:has|had|boasts|holds|manages)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}?)`
/** An investor's word in the sentence (names are masked): a portfolio alone may be one of products. */
const INVESTING = '(?:invest|venture|capital|fund|backed|backer|vc|accelerator|incubator)'
const FUNDED_TYPES = { subjectTypes: ['Organization', 'Project', 'Network'], objectTypes: ['Organization', 'Person'] }

/**
 * An investor's portfolio: the companies it lists were funded by it. "Y is a venture capital firm with a
 * portfolio of companies including A and B", "Y's portfolio companies include A", "Y, whose portfolio includes A".
 * A bare portfolio counts only in a sentence that speaks of investing: a company's portfolio of products is no funding.
 */
export const PORTFOLIO_RULES: EventRule[] = [
  {
    id: 'fundedBy.portfolio-companies', predicate: 'fundedBy', ...FUNDED_TYPES,
    trigger: `(?<![a-z])portfolio\\s+(?:of\\s+(?:[\\w-]+\\s+){0,3}?)?${INVESTEES}`,
    pattern: `${PORTFOLIO_OWNER}portfolio\\s+(?:of\\s+(?:[\\w-]+\\s+){0,3}?)?${INVESTEES},?\\s+(?:that\\s+|which\\s+)?${PORTFOLIO_LIST}{S}`,
    confidence: 0.75, description: 'Y is a venture firm with a portfolio of companies including X; Y\'s portfolio companies include X'
  },
  {
    id: 'fundedBy.portfolio', predicate: 'fundedBy', ...FUNDED_TYPES,
    trigger: `^(?=.*(?<![a-z])portfolio(?![a-z]))(?=.*(?<![a-z])${INVESTING})`,
    pattern: `${PORTFOLIO_OWNER}portfolio,?\\s+(?:that\\s+|which\\s+)?${PORTFOLIO_LIST}{S}`,
    confidence: 0.7, description: "Y's portfolio includes X (in a sentence that speaks of investing)"
  }
]
