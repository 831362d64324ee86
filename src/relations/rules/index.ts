/**
 * The default relation rules, in the order they run. Most are compiled
 * from frames (`../frames/`); the network rules and a few idioms are
 * regular expressions. Order matters: compound and appositive rules that
 * `reduce` a phrase to its head run first, so the later clause rules see
 * "Maria Lopez" where the text said "Omicron founder Maria Lopez".
 */
import type { RelationRule } from '../../schema.js'
import { compileFrame } from '../constructions/index.js'
import { AUCTION_EVENT_RULES, AUCTION_OWNER_RULES } from '../constructions/auctions.js'
import { PORTFOLIO_RULES, ROUND_EVENT_RULES } from '../constructions/events.js'
import { FOUNDING_MEMBER_RULES, MEMBERSHIP_EVENT_RULES } from '../constructions/membership.js'
import { DEFAULT_FRAMES } from '../frames/index.js'
import { IDIOM_RULES, INTEGRATION_POSSESSIVE_RULES } from './idioms.js'
import { NATIVE_TOKEN_RULES, PARACHAIN_RULES, PART_OF_RULES, TESTNET_RULES } from './networks.js'
import { PLANS_PARACHAIN_RULES } from './projects.js'

export { MACROS } from './macros.js'

const FRAME_RULES = DEFAULT_FRAMES.flatMap((frame) => compileFrame(frame))

/** Every default rule, reducing rules first. */
export const DEFAULT_RULES: RelationRule[] = [
  // Auction owners (and appositive bidders) before anything rewrites the sentence.
  ...AUCTION_OWNER_RULES,
  // Founding members as members, before the foundedBy role rules reduce "Y, a founding member of X" to Y.
  ...FOUNDING_MEMBER_RULES,
  // Compounds and appositives that name a head: these reduce.
  ...FRAME_RULES.filter((r) => r.reduce && !r.id.endsWith('.possessive') && !r.id.endsWith('.attached')),
  ...NATIVE_TOKEN_RULES,
  ...TESTNET_RULES,
  ...PART_OF_RULES,
  ...PARACHAIN_RULES.filter((r) => r.reduce),
  ...INTEGRATION_POSSESSIVE_RULES,
  ...FRAME_RULES.filter((r) => r.id.endsWith('.possessive') || r.id.endsWith('.attached')),
  // Clause rules.
  ...PARACHAIN_RULES.filter((r) => !r.reduce),
  ...PLANS_PARACHAIN_RULES,
  ...IDIOM_RULES,
  ...FRAME_RULES.filter((r) => !r.reduce),
  // Events: owners before members.
  ...ROUND_EVENT_RULES,
  ...PORTFOLIO_RULES,
  ...MEMBERSHIP_EVENT_RULES,
  ...AUCTION_EVENT_RULES
]
