/** partnersWith (symmetric): partnerships, collaborations, alliances. */
import type { Frame } from './schema.js'

/** The partnersWith frame. */
export const PARTNERS_FRAME: Frame = {
  predicate: 'partnersWith',
  verbs: [
    { verbs: ['partner', 'team up', 'join forces', 'collaborate', 'ally', 'cooperate', 'work together'], doer: 'S', prep: 'with', gap: true, reciprocal: true }
  ],
  nouns: [
    { nouns: ['partnership', 'collaboration', 'alliance', 'joint venture', 'cooperation', 'strategic partnership'], doer: 'S', themePrep: 'with', between: true, reciprocal: true }
  ],
  examples: [
    { text: 'Orbit Labs partnered with Quanta Finance last week.', triples: ['Orbit Labs —partnersWith→ Quanta Finance'] },
    { text: 'A partnership between Orbit Labs and Quanta Finance was announced.', triples: ['Orbit Labs —partnersWith→ Quanta Finance'] },
    { text: 'Zeta and Omicron declare their collaboration with Orbit Labs.', triples: ['Omicron —partnersWith→ Orbit Labs', 'Zeta —partnersWith→ Orbit Labs'] },
    { text: 'Orbit Labs, a smart contract platform, and Quanta Finance have started collaborating.', triples: ['Orbit Labs —partnersWith→ Quanta Finance'] },
    { text: 'Orbit Labs and Quanta Finance partnered with Zeta Corp.', triples: ['Orbit Labs —partnersWith→ Zeta Corp', 'Quanta Finance —partnersWith→ Zeta Corp'] }
  ]
}
