/** parachainOf: a chain that runs as a parachain of a relay network. */
import type { Frame } from './schema.js'

/** Nouns that call a chain some network's parachain. */
export const PARACHAIN_NOUNS = ['parachain', 'common good parachain', 'system parachain', 'common-good parachain']

/**
 * The parachainOf frame: the class noun in apposition, after a copula or
 * owned ("X, a parachain on Zeta"; "X became the first parachain on Zeta";
 * "X, Zeta's first common good parachain"), and onboarding ("X was onboarded
 * to Zeta"). Winning a slot or an auction is an event (see
 * `../constructions/auctions.ts`); the compounds ("the first Zeta parachain",
 * "their X parachain") are idioms in `../rules/networks.ts`.
 */
export const PARACHAIN_FRAME: Frame = {
  predicate: 'parachainOf',
  classes: [{ nouns: PARACHAIN_NOUNS, preps: ['on', 'of', 'connected to', 'within'], possessive: true }],
  verbs: [{ verbs: ['onboard'], doer: 'S', prep: ['to', 'onto'], active: false }],
  examples: [
    { text: 'Lyra, a parachain on Zeta, grew.', triples: ['Lyra —parachainOf→ Zeta'] },
    { text: "Zeta is a relay chain. Lyra, the network's first common good parachain, grew.", triples: ['Lyra —parachainOf→ Zeta'] },
    { text: 'Lyra became the first parachain on Zeta.', triples: ['Lyra —parachainOf→ Zeta'] },
    { text: "Zeta's newest parachain, Lyra, went live.", triples: ['Lyra —parachainOf→ Zeta'] },
    { text: 'Lyra Network was onboarded to Zeta Network in May.', triples: ['Lyra Network —parachainOf→ Zeta Network'] },
    { text: 'Lyra, geared towards robotics, is building its parachain on Zeta.', triples: [] },
    { text: 'Lyra is not a parachain on Zeta.', triples: [] }
  ]
}
