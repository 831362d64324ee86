/** partnersWith (symmetric): partnerships, collaborations, alliances. */
import type { Frame } from './schema.js'

/** The partnersWith frame. */
export const PARTNERS_FRAME: Frame = {
  predicate: 'partnersWith',
  verbs: [
    { verbs: ['partner', 'team up', 'join forces', 'collaborate', 'ally', 'cooperate', 'work together'], doer: 'S', prep: 'with', gap: true, reciprocal: true },
    // "We've been working with Orbit Labs on …": working with a named organisation is collaborating (not "works with any wallet").
    { verbs: ['work'], doer: 'S', prep: 'with', active: true }
  ],
  nouns: [
    { nouns: ['partnership', 'collaboration', 'alliance', 'joint venture', 'cooperation', 'strategic partnership'], doer: 'S', themePrep: 'with', between: true, reciprocal: true }
  ],
  examples: [
    { text: 'Orbit Labs partnered with Quanta Finance last week.', triples: ['Orbit Labs —partnersWith→ Quanta Finance'] },
    { text: 'A partnership between Orbit Labs and Quanta Finance was announced.', triples: ['Orbit Labs —partnersWith→ Quanta Finance'] },
    { text: 'Zeta Network, a smart contract platform, and Orbit Labs have started collaborating by opening channels.', triples: ['Zeta Network —partnersWith→ Orbit Labs'] },
    { text: 'Quanta Systems and Nimbus Labs partnered with Kestrel Labs.', triples: ['Nimbus Labs —partnersWith→ Kestrel Labs', 'Quanta Systems —partnersWith→ Kestrel Labs'] },
    { text: 'Zeta and Omicron declare their collaboration with Orbit Labs.', triples: ['Omicron —partnersWith→ Orbit Labs', 'Zeta —partnersWith→ Orbit Labs'] },
    { text: 'Orbit Labs, a smart contract platform, and Quanta Finance have started collaborating.', triples: ['Orbit Labs —partnersWith→ Quanta Finance'] }
  ]
}
