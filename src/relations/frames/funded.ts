/** fundedBy: who funded, backed, invested in or granted money to whom. Rounds are events (see `../constructions/events.ts`). */
import type { Frame } from './schema.js'

/** The fundedBy frame. */
export const FUNDED_FRAME: Frame = {
  predicate: 'fundedBy',
  subjectConcept: true,
  verbs: [
    { verbs: ['fund', 'finance', 'sponsor', 'back', 'bankroll', 'underwrite', 'support financially'], doer: 'O' },
    { verbs: ['invest'], doer: 'O', prep: 'in', gap: true }
  ],
  nouns: [
    { nouns: ['grant', 'funding', 'investment', 'backing', 'financing', 'sponsorship', 'seed funding', 'capital', 'support'], doer: 'O', themePrep: 'for', doerPrep: 'from', possessor: 'theme', received: true, given: true },
    { nouns: ['investment'], doer: 'O', themePrep: 'in', doerPrep: 'by' }
  ],
  examples: [
    { text: 'Orbit Capital invested $5 million in Quasar Wallet.', triples: ['Quasar Wallet —fundedBy→ Orbit Capital'] },
    { text: 'Quasar Wallet was backed by Orbit Capital.', triples: ['Quasar Wallet —fundedBy→ Orbit Capital'] },
    { text: 'Quasar Wallet received a grant from the Orbit Foundation.', triples: ['Quasar Wallet —fundedBy→ Orbit Foundation'] },
    { text: 'The Orbit Foundation awarded a grant to Quasar Labs.', triples: ['Quasar Labs —fundedBy→ Orbit Foundation'] }
  ]
}
