/**
 * Parachain auctions and slots as events. A network's auctions (or its
 * parachain ecosystem) are owned by the network ("Zeta's parachain
 * auctions", "Zeta organized its 47th auction", "The parachain landscape of
 * Zeta"); whoever wins an auction or claims a slot or spot in them becomes a
 * parachain of that network, in the same sentence or the next ones ("Orbit
 * won the first auction while Vega claimed the remaining spot"). Without an
 * owner in reach, rules that say "parachain" or "slot" fall back to the
 * article's main network; the others ("won the first auction") give nothing.
 */
import type { EventRule } from '../compile.js'
import { alt, formsOf, LIST_CUES, RELATIVE_PRONOUNS } from './words.js'

/** Verbs whose subject wins a slot ("secured", "clinched", "claimed"). */
export const WIN_VERBS = ['secure', 'win', 'obtain', 'clinch', 'claim', 'take', 'snag', 'acquire', 'grab', 'land', 'earn', 'bag']
/** Verbs whose subject (a network) holds its auctions. */
export const HOLD_VERBS = ['organize', 'organise', 'hold', 'host', 'run', 'launch', 'kick off', 'start', 'begin', 'conclude', 'extend', 'continue', 'open', 'wrap up', 'complete']
/** What a network's parachain activity is called: its auctions, its ecosystem. */
export const AUCTION_NOUNS = ['auction', 'auctions', 'slot auction', 'slot auctions', 'ecosystem', 'landscape']
/** Words for an auction or a place in one, without "parachain" they need an event owner. */
const PLACE_NOUNS = ['spot', 'spots', 'auction', 'auctions', 'seat', 'seats']
/** Words for a slot: with them a winner is a parachain even without an event owner. */
const SLOT_NOUNS = ['slot', 'slots', 'lease', 'leases']
/** Nouns for the members of an ecosystem ("noteworthy projects like X"). */
const MEMBER_NOUNS = ['projects', 'parachains', 'teams', 'chains', 'networks', 'members', 'participants']
/** Words for victory ("emerging victorious", "came out on top"). */
const VICTORY = '(?:emerg(?:ed|es|ing)|c(?:a|o)me\\s+out|coming\\s+out|finish(?:ed|ing)?)\\s+(?:as\\s+)?(?:the\\s+)?(?:victorious|victors?|winners?|on\\s+top)'

const WIN = alt(formsOf(WIN_VERBS, ['past', 'present', 'gerund']))
const HOLD = alt(formsOf(HOLD_VERBS, ['past', 'present', 'gerund']))
const AUCTIONS = `parachain\\s+${alt(AUCTION_NOUNS)}`
const ON_NETWORK = '(?:\\s+(?:on|in|of)\\s+(?:the\\s+)?{O})?'
const WORDS = (max: number): string => `(?:[\\w-]+\\s+){0,${max}}?`
const DET = '(?:the|a|an|their|its)\\s+'
const AUCTION = { name: 'auction', slot: 'O' } as const
/** A relative pronoun after the subject ("X, which secured a slot"). */
const RELATIVE = `(?:,?\\s+${alt(RELATIVE_PRONOUNS)})?`

/** A bidder described in an appositive: "X, a DeFi hub planning to bid for a slot". */
const PLANNING_TO_BID: EventRule = { id: 'plansParachainOn.planning-to-bid', predicate: 'plansParachainOn', event: { ...AUCTION, role: 'member' }, trigger: 'slot|auction|crowdloan', pattern: `{S},\\s+(?:a|an|the)\\s+[^.;:,!?\\uE000]{0,60}?\\s+(?:planning|preparing|looking|aiming|hoping|set|ready|eager|poised)\\s+to\\s+(?:bid|compete|participate|run\\s+a\\s+crowdloan)\\s+(?:for|in)\\s+${DET}${WORDS(2)}(?:parachain\\s+)?(?:slot|auction|crowdloan)s?${ON_NETWORK}`, implicitObject: true, confidence: 0.7, description: 'X, a DeFi hub planning to bid for a slot' }

/**
 * The auction owners, and the bidders described in an appositive. They run
 * before every other rule: owners must be known before members, and the
 * reductions would drop the appositive ("explained Y, co-founder of X, a hub
 * planning to bid for a slot" reads "explained Y, a hub …" once reduced).
 */
export const AUCTION_OWNER_RULES: EventRule[] = [
  // Owners: the network whose auctions or ecosystem the paragraph is about.
  { id: 'parachainOf.auctions-possessive', predicate: 'parachainOf', event: { ...AUCTION, role: 'owner' }, trigger: 'parachain', pattern: `{O!}['’]s\\s+${WORDS(3)}${AUCTIONS}`, confidence: 0.8, description: "Zeta's novel parachain auctions; Zeta's parachain landscape" },
  { id: 'parachainOf.auctions-compound', predicate: 'parachainOf', event: { ...AUCTION, role: 'owner' }, trigger: 'parachain', pattern: `{O!}\\s+${AUCTIONS}`, confidence: 0.8, description: 'Zeta parachain auctions' },
  { id: 'parachainOf.auctions-of', predicate: 'parachainOf', event: { ...AUCTION, role: 'owner' }, trigger: 'parachain', pattern: `${AUCTIONS}\\s+(?:of|on|for)\\s+(?:the\\s+)?{O!}`, confidence: 0.8, description: 'the parachain landscape of Zeta' },
  { id: 'parachainOf.auctions-held', predicate: 'parachainOf', event: { ...AUCTION, role: 'owner' }, trigger: 'parachain', pattern: `{O!}{APPOS}\\s+{HAVE}${HOLD}\\s+${DET}${WORDS(4)}${AUCTIONS}`, confidence: 0.8, description: 'Zeta organized its 47th and 48th parachain auctions' },
  // Bidders: they plan a parachain on the network whose auctions the paragraph is about.
  PLANNING_TO_BID
]

/** The auction members: winners of a slot, a spot or an auction (they run after the owners). */
export const AUCTION_EVENT_RULES: EventRule[] = [
  { id: 'parachain-secured', predicate: 'parachainOf', event: { ...AUCTION, role: 'member' }, trigger: 'slot|lease', pattern: `{S}{APPOS}${RELATIVE}\\s+{HAVE}${WIN}\\s+(?:${DET})?${WORDS(2)}(?:parachain\\s+)?${alt(SLOT_NOUNS)}${ON_NETWORK}`, implicitObject: true, confidence: 0.8, description: 'X secured a parachain slot on Y' },
  { id: 'parachain-secured-gap', predicate: 'parachainOf', event: { ...AUCTION, role: 'member' }, trigger: 'slot', pattern: `{S}{GAP},\\s+${alt(formsOf(['secure', 'win', 'clinch', 'claim'], ['gerund']))}\\s+(?:${DET})?${WORDS(2)}(?:parachain\\s+)?${alt(SLOT_NOUNS)}${ON_NETWORK}`, implicitObject: true, confidence: 0.7, description: 'Castor was …, securing the 12th parachain slot' },
  { id: 'parachainOf.won-place', predicate: 'parachainOf', event: { ...AUCTION, role: 'member' }, trigger: alt(PLACE_NOUNS), pattern: `{S}{APPOS}${RELATIVE}\\s+{HAVE}${WIN}\\s+${DET}${WORDS(2)}(?:parachain\\s+)?${alt(PLACE_NOUNS)}${ON_NETWORK}`, confidence: 0.75, description: 'X won the first auction; Y claimed the remaining spot (in a paragraph about Zeta\'s auctions)' },
  { id: 'parachainOf.won-after-clause', predicate: 'parachainOf', event: { ...AUCTION, role: 'member' }, trigger: alt([...PLACE_NOUNS, ...SLOT_NOUNS]), pattern: `{S},\\s+[a-z]+ing\\s+[^.;:,!?\\uE000]{1,60}?\\s+${WIN}\\s+${DET}${WORDS(2)}(?:parachain\\s+)?${alt([...PLACE_NOUNS, ...SLOT_NOUNS])}${ON_NETWORK}`, confidence: 0.7, description: 'X, specializing in Y clinched the 38th slot (an appositive left open)' },
  { id: 'parachainOf.victorious', predicate: 'parachainOf', event: { ...AUCTION, role: 'member' }, trigger: 'victor|winner|on top', pattern: `{S}{APPOS}\\s+${VICTORY}`, confidence: 0.7, description: 'with X and Y emerging victorious' },
  { id: 'parachain-winner', predicate: 'parachainOf', event: { ...AUCTION, role: 'member' }, trigger: 'winner', pattern: `{S}{APPOS}\\s+(?:emerged as|was|is|became|was named|was declared)\\s+(?:the\\s+|a\\s+)?${WORDS(2)}winners?\\s+of\\s+(?:the\\s+|a\\s+)?${WORDS(2)}(?:parachain\\s+)?(?:slot|auction|lease)s?${ON_NETWORK}`, implicitObject: true, confidence: 0.8, description: 'X emerged as the winner of the 11th slot' },
  { id: 'parachain-winner-fronted', predicate: 'parachainOf', event: { ...AUCTION, role: 'member' }, trigger: 'winner', pattern: `(?:the\\s+)?winner\\s+of\\s+(?:the\\s+|a\\s+)?${WORDS(2)}(?:parachain\\s+)?(?:slot|auction)s?${ON_NETWORK}\\s+(?:was|is)\\s+{S}`, implicitObject: true, confidence: 0.8, description: 'The winner of the 11th auction was X' },
  { id: 'parachainOf.winners-list', predicate: 'parachainOf', trigger: 'winner', pattern: `{O!}\\s+parachain\\s+(?:slot\\s+|crowdloan\\s+|auction\\s+)?winners?:?\\s+(?:${alt(LIST_CUES)}\\s+)?{S}`, confidence: 0.75, description: 'the first five Zeta parachain crowdloan winners: X, Y and Z' },
  { id: 'parachainOf.ecosystem-members', predicate: 'parachainOf', trigger: 'parachain', pattern: `{O!}['’]s\\s+${WORDS(2)}parachain\\s+(?:ecosystem|landscape|family),?\\s+(?:with|including|where)\\s+${WORDS(3)}${alt(MEMBER_NOUNS)}\\s+${alt(LIST_CUES)}\\s+{S}`, confidence: 0.75, description: "across Zeta's parachain ecosystem, with noteworthy projects like X, Y and Z" },
  { id: 'parachainOf.operates-as', predicate: 'parachainOf', event: { ...AUCTION, role: 'member' }, trigger: 'parachain', pattern: `{S}{APPOS}\\s+(?:continues|continued|operates|operated|runs|ran|functions|functioned|serves|served|is\\s+(?:now\\s+)?(?:live|running|operating))\\s+(?:(?:its|their)\\s+operations?\\s+)?as\\s+(?:a|an)\\s+${WORDS(2)}parachain(?:\\s+(?:on|of|in)\\s+(?:the\\s+)?{O})?`, implicitObject: true, confidence: 0.75, description: 'X, a liquidity protocol, continues its operation as a parachain' },
  { id: 'parachainOf.addition', predicate: 'parachainOf', event: { ...AUCTION, role: 'member', reach: 1 }, trigger: 'addition', pattern: `{S}{APPOS}\\s+(?:is|was|became|marks)\\s+(?:a|an|the)\\s+${WORDS(2)}addition(?![\\w-])(?!\\s+(?:to|of)\\s)`, confidence: 0.65, description: "(growth in Zeta's parachain landscape, with new projects securing slots.) X is a notable addition" }
]
