/**
 * The default frames, one file per predicate. Frames are data: a
 * predicate's verbs, nouns and roles, and which argument each fills; the
 * constructions in `../constructions/` compile them into rules.
 */
import type { Frame } from './schema.js'
import { ACQUIRED_FRAME } from './acquired.js'
import { AFFILIATED_FRAME } from './affiliated.js'
import { BUILT_ON_FRAME } from './built-on.js'
import { DEVELOPED_FRAME } from './developed.js'
import { FOUNDED_FRAME } from './founded.js'
import { FUNDED_FRAME } from './funded.js'
import { INTEGRATES_FRAME } from './integrates.js'
import { LAUNCHED_FRAME } from './launched.js'
import { LOCATED_FRAME } from './located.js'
import { NATIVE_TOKEN_FRAME } from './native-token.js'
import { PARACHAIN_FRAME } from './parachain.js'
import { PLANS_PARACHAIN_FRAME } from './plans-parachain.js'
import { PART_OF_FRAME, PART_OF_PRODUCT_FRAME } from './part-of.js'
import { PARTNERS_FRAME } from './partners.js'
import { TESTNET_FRAME } from './testnet.js'

export type { Frame } from './schema.js'

/** Every default frame, in the order its rules run (reducing rules of all frames run first anyway). */
export const DEFAULT_FRAMES: Frame[] = [
  NATIVE_TOKEN_FRAME,
  TESTNET_FRAME,
  PARACHAIN_FRAME,
  PLANS_PARACHAIN_FRAME,
  FOUNDED_FRAME,
  AFFILIATED_FRAME,
  DEVELOPED_FRAME,
  LOCATED_FRAME,
  INTEGRATES_FRAME,
  BUILT_ON_FRAME,
  LAUNCHED_FRAME,
  FUNDED_FRAME,
  PARTNERS_FRAME,
  PART_OF_FRAME,
  PART_OF_PRODUCT_FRAME,
  ACQUIRED_FRAME
]
