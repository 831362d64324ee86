/** nativeTokenOf: a token that is a network's or project's own ("Zeta's native token, ZET"). */
import type { Frame } from './schema.js'

/** Nouns that call a token some network's own ("native token", "native gas token"). */
export const NATIVE_TOKEN_NOUNS = [
  'native token', 'native coin', 'native currency', 'native asset', 'native cryptocurrency',
  'native utility token', 'native governance token', 'native gas token', 'native staking token', 'native digital asset'
]

/**
 * The nativeTokenOf frame: the class noun in apposition, after a copula, or
 * owned ("ZET, Zeta's native token"; "ZET is the native token of Zeta";
 * "Zeta's native token, ZET"). The shapes where the token's name sits inside
 * the noun phrase ("Zeta's native ZET token", "the Zeta token, ZET") are idioms
 * in `../rules/networks.ts`.
 */
export const NATIVE_TOKEN_FRAME: Frame = {
  predicate: 'nativeTokenOf',
  subjectTypes: ['Token'],
  classes: [{ nouns: NATIVE_TOKEN_NOUNS, preps: ['of', 'for', 'on'], possessive: true }],
  examples: [
    { text: "ZET, Zeta's native token, doubled in April.", triples: ['ZET —nativeTokenOf→ Zeta'] },
    { text: "The ZET token, Zeta's native asset, doubled in April.", triples: ['ZET —nativeTokenOf→ Zeta'] },
    { text: 'ZET is the native token of Zeta.', triples: ['ZET —nativeTokenOf→ Zeta'] },
    { text: "Zeta's native token, ZET, doubled in April.", triples: ['ZET —nativeTokenOf→ Zeta'] },
    { text: "ZET is Zeta's native governance token.", triples: ['ZET —nativeTokenOf→ Zeta'] },
    { text: 'ZET is not the native token of Zeta.', triples: [] }
  ]
}
