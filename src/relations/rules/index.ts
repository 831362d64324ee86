/**
 * The default relation rules, in the order they run. Order matters:
 * compound and appositive rules that `reduce` a phrase to its head run
 * first, so the later clause rules see "Maria Lopez" where the text said
 * "Omicron founder Maria Lopez".
 */
import type { RelationRule } from '../../schema.js'
import { ACQUIRED_RULES, FUNDED_RULES, LAUNCHED_RULES, LOCATED_RULES, PARTNER_RULES } from './actions.js'
import { AFFILIATED_RULES } from './affiliated.js'
import { FOUNDED_RULES } from './founded.js'
import { NATIVE_TOKEN_RULES, PARACHAIN_RULES, PART_OF_RULES, TESTNET_RULES } from './networks.js'
import { BUILT_ON_RULES, DEVELOPED_RULES, INTEGRATION_RULES, PLANS_PARACHAIN_RULES } from './projects.js'

export { MACROS } from './macros.js'

/** Every default rule, reducing rules first. */
export const DEFAULT_RULES: RelationRule[] = [
  // Compounds and appositives that name a head: these reduce.
  ...FOUNDED_RULES.filter((r) => r.reduce),
  ...AFFILIATED_RULES.filter((r) => r.reduce),
  ...NATIVE_TOKEN_RULES,
  ...TESTNET_RULES,
  ...PART_OF_RULES,
  ...PARACHAIN_RULES.filter((r) => r.reduce),
  ...DEVELOPED_RULES.filter((r) => r.reduce),
  ...LOCATED_RULES,
  // Clause rules.
  ...FOUNDED_RULES.filter((r) => !r.reduce),
  ...AFFILIATED_RULES.filter((r) => !r.reduce),
  ...PARACHAIN_RULES.filter((r) => !r.reduce),
  ...PLANS_PARACHAIN_RULES,
  ...INTEGRATION_RULES,
  ...BUILT_ON_RULES,
  ...DEVELOPED_RULES.filter((r) => !r.reduce),
  ...LAUNCHED_RULES,
  ...FUNDED_RULES,
  ...PARTNER_RULES,
  ...ACQUIRED_RULES
]
