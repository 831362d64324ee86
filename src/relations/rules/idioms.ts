/**
 * Idioms no construction covers yet, as plain regular-expression rules
 * (the form users write too): a role word with its organisation left
 * implicit, a product named "under the name" of its maker, and a place
 * before a company noun ("Berlin startup X").
 */
import type { EventRule } from '../compile.js'
import { alt } from '../constructions/words.js'

/** Nouns for a company or platform that a place name may modify ("Berlin startup X", "United States crypto exchange X"). */
const ORGANISATION_NOUNS = ['platform', 'exchange', 'company', 'startup', 'start-up', 'firm', 'fund', 'bank', 'developer', 'studio', 'lab', 'labs', 'provider', 'operator', 'marketplace', 'custodian', 'broker']

/** Bodies of an organisation a person is welcomed to ("to our board"). */
const BOARD_NOUNS = ['board', 'board of directors', 'governing board', 'advisory board', 'board of advisors', 'council', 'technical steering committee', 'steering committee', 'leadership team']
/** Words before such a body ("our new board"). */
const BOARD_ADJECTIVES = ['new', 'governing', 'executive']

/** Idiom rules. */
export const IDIOM_RULES: EventRule[] = [
  // "We're happy to welcome Maria Lopez, CTO at Orbit Labs, to our board": the board is the welcoming organisation's ("our": the publisher's).
  { id: 'affiliated-welcome-board', predicate: 'affiliatedWith', trigger: 'welcom', pattern: `welcom(?:e|es|ed|ing)\\s+{S}(?:,[^.;:!?]{1,100}?,|,)?\\s+to\\s+(?:{O}(?:['’]s)?\\s+(?:${alt(BOARD_ADJECTIVES)}\\s+)?${alt(BOARD_NOUNS)}|the\\s+(?:${alt(BOARD_ADJECTIVES)}\\s+)?${alt(BOARD_NOUNS)}\\s+(?:of|at)\\s+(?:the\\s+)?{O})(?![\\w-])`, subjectTypes: ['Person'], confidence: 0.7, description: 'welcome Maria Lopez to our board; to the board of Orbit Labs' },
  // "There are now six board members - A, B and C": the board of the organisation the article speaks for.
  // "… has joined the Board of Orbit Labs", "Orbit Labs' board": the organisation whose board the next sentences list.
  { id: 'affiliated-board-of', predicate: 'affiliatedWith', event: { name: 'board', role: 'owner', slot: 'O' }, trigger: `${alt(BOARD_NOUNS)}\\s+(?:of|at|for)\\s`, pattern: `(?<![\\w-])${alt(BOARD_NOUNS)}\\s+(?:of|at|for)\\s+(?:the\\s+)?{O!}`, confidence: 0.7, description: 'the Board of Orbit Labs (records the board)' },
  { id: 'affiliated-board-members', predicate: 'affiliatedWith', event: { name: 'board', role: 'member', slot: 'O' }, publisherSlot: 'O', trigger: `${alt(BOARD_NOUNS)}\\s+members?`, pattern: `(?<![\\w-])${alt(BOARD_NOUNS)}\\s+members?\\s*(?:[-–—:]\\s*|,\\s+|\\s+(?:are|were|include|includes|included|including|such\\s+as|namely)\\s+)(?:the\\s+)?{S}`, subjectTypes: ['Person'], confidence: 0.65, description: 'There are now six board members - A, B and C (of the board named before, else of the publisher)' },
  // "We used Lumo as the backbone of Vexa Wallet": what something is built on, named by its role in it.
  { id: 'built-on-backbone', predicate: 'builtOn', trigger: '\\sas\\s+(?:the|its|our|their)\\s+(?:backbone|foundation|basis|base|core)\\s', pattern: `(?:use|uses|used|using|chose|choose|picked|adopted)\\s+{O}\\s+as\\s+(?:the|its|our|their)\\s+(?:backbone|foundation|basis|base|core)\\s+(?:of|for)\\s+(?:the\\s+)?{S}`, confidence: 0.7, description: 'used Lumo as the backbone of Vexa Wallet' },
  // A subjectless headline or lead speaks for the publisher: "Partnering with Orbit Labs to …", "Announcing a Partnership with Orbit Labs".
  { id: 'partners-subjectless', predicate: 'partnersWith', publisherSlot: 'S', trigger: '^\\s*(?:announcing|partnering|teaming|joining|collaborating)\\s', pattern: `^(?:announcing\\s+(?:a|an|our|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:partnership|collaboration|alliance)\\s+with|partnering\\s+with|teaming\\s+up\\s+with|joining\\s+forces\\s+with|collaborating\\s+with)\\s+(?:the\\s+)?{O}`, confidence: 0.7, description: 'Partnering with Orbit Labs to … (a headline of the publisher)' },
  { id: 'funded-subjectless', predicate: 'fundedBy', publisherSlot: 'S', trigger: '^\\s*(?:announcing|receiving)\\s', pattern: `^(?:announcing|receiving)\\s+(?:a\\s+|an\\s+|our\\s+|the\\s+)?(?:[\\w$€£.,-]+\\s+){0,5}?(?:funding|grant|donation|investment|support|sponsorship)\\s+from\\s+(?:the\\s+)?{O}`, confidence: 0.7, description: 'Announcing $250,000 in Funding from Orbit Capital (a headline of the publisher)' },
  // "Zeta Labs integrated Orbit Pay into Lumo Wallet": the host integrates with what was put into it, as "Lumo Wallet uses Orbit Pay"; "to integrate X into Y" is still to be done.
  { id: 'integrates-into', predicate: 'integratesWith', trigger: 'integrat(?:ed|es|ing)\\s[^.;]*\\sinto\\s', pattern: `(?<![\\w-])(?<!to\\s)integrat(?:ed|es|ing)\\s+(?:the\\s+)?{O!}\\s+(?:fully\\s+|natively\\s+|directly\\s+)?into\\s+(?!(?:its|their|our|his|her|my|your)\\s)(?:the\\s+)?{S!}`, subjectTypes: ['Project', 'Organization', 'Network'], objectTypes: ['Network', 'Project'], confidence: 0.7, description: 'Zeta Labs integrated Orbit Pay into Lumo Wallet (the wallet integrates with Orbit Pay)' },
  { id: 'integrates-into-planned', predicate: 'plansIntegrationWith', trigger: 'to\\s+(?:fully\\s+)?integrate\\s[^.;]*\\sinto\\s', pattern: `(?<![\\w-])to\\s+(?:fully\\s+)?integrate\\s+(?:the\\s+)?{O!}\\s+(?:fully\\s+|natively\\s+|directly\\s+)?into\\s+(?!(?:its|their|our|his|her|my|your)\\s)(?:the\\s+)?{S!}`, subjectTypes: ['Project', 'Organization', 'Network'], objectTypes: ['Network', 'Project'], confidence: 0.65, description: 'work to integrate Orbit Pay into Lumo Wallet (not yet done)' },
  // "Lumo Node has sensible defaults, such as an integrated Pexa wallet": the subject has what is integrated in it.
  { id: 'integrates-has-integrated', predicate: 'integratesWith', trigger: '(?<![a-z])(?:built-in\\s+|natively\\s+|fully\\s+)?integrated\\s', pattern: `${'^'}(?:the\\s+)?{S!}{APPOS}\\s+(?:now\\s+)?(?:has|have|had|offers|offered|features|featured|includes|included|provides|provided|ships\\s+with|comes\\s+with|came\\s+with)\\s+[^.;!?]{0,120}?(?<![\\w-])(?:an?\\s+|its\\s+|the\\s+)(?:built-in\\s+|native\\s+|natively\\s+|fully\\s+)?integrated\\s+{O!}`, subjectTypes: ['Project', 'Organization', 'Network'], objectTypes: ['Network', 'Project'], confidence: 0.65, description: 'Lumo Node has defaults such as an integrated Pexa wallet' },
  { id: 'developed-under-name', predicate: 'developedBy', trigger: 'under the', pattern: '{O}{GAP}\\s+under\\s+the\\s+(?:name|brand|banner|moniker)\\s+(?:of\\s+)?["“\']?{S}', confidence: 0.75, description: 'Orion, … planning to deploy their parachain on Zeta under the name "Lyra."' },
  { id: 'located-place-modifier', predicate: 'locatedIn', trigger: alt(ORGANISATION_NOUNS), pattern: `{O!}\\s+(?:[\\w-]+\\s+){0,3}?${alt(ORGANISATION_NOUNS)}\\s+{S!}`, objectTypes: ['Place'], sureObject: true, confidence: 0.7, description: 'United States crypto trading platform Kraken; Berlin startup Orbit Labs' },
  { id: 'founded-bare-role', predicate: 'foundedBy', trigger: 'founder', pattern: '(?:^|,\\s+|\\s)(?:co-?)?founder\\s+{O}', objectTypes: ['Person'], implicitSubject: true, confidence: 0.5, description: "founder Maria Lopez (of the article's main network)" }
]

/**
 * "Zeta Wallet's Orbit integration", "Zeta Labs's Orbit partnership": the dealing named by the other party. Before the bare possessives,
 * which would read "Zeta Wallet's Orbit" as Orbit developed by Zeta Wallet.
 */
export const INTEGRATION_POSSESSIVE_RULES: EventRule[] = [
  { id: 'partners-possessive-modifier', predicate: 'partnersWith', trigger: '(?:partnership|collaboration)s?\\b', pattern: `{S!}['’]s?\\s+(?:(?:new|existing|official|first|latest|strategic|long-standing|longstanding)\\s+)?{O!}\\s+(?:partnership|collaboration)s?(?![\\w-])(?!\\s+(?:with|between|of)\\s)`, confidence: 0.7, description: "Zeta Labs's Orbit partnership" },
  { id: 'integrates-possessive-modifier', predicate: 'integratesWith', trigger: 'integrations?\\b', pattern: `{S!}['’]s?\\s+(?:(?:new|native|existing|official|first|latest|upcoming)\\s+)?{O}\\s+integrations?(?![\\w-])(?!\\s+(?:with|into|of|to)\\s)`, subjectTypes: ['Project', 'Organization', 'Network'], objectTypes: ['Network', 'Project'], confidence: 0.7, description: "Zeta Wallet's Orbit integration" },
]
