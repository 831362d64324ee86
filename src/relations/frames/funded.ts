/** fundedBy: who funded, backed, invested in or granted money to whom. Rounds are events (see `../constructions/events.ts`). */
import type { Frame } from './schema.js'

/** The fundedBy frame. */
export const FUNDED_FRAME: Frame = {
  predicate: 'fundedBy',
  subjectConcept: true,
  // A place is funded in no clause of these ("X is based in Berlin, backed by Y": X is, not Berlin).
  subjectTypes: ['Organization', 'Network', 'Project', 'Token', 'Concept'],
  verbs: [
    { verbs: ['fund', 'finance', 'sponsor', 'back', 'bankroll', 'underwrite', 'support financially'], doer: 'O' },
    { verbs: ['invest'], doer: 'O', prep: 'in', gap: true },
    { verbs: ['donate', 'pledge'], doer: 'O', prep: 'to', gap: true }
  ],
  nouns: [
    { nouns: ['grant', 'funding', 'investment', 'backing', 'financing', 'sponsorship', 'seed funding', 'capital', 'support', 'donation'], doer: 'O', themePrep: 'for', doerPrep: 'from', possessor: 'theme', received: true, given: true },
    { nouns: ['investment'], doer: 'O', themePrep: 'in', doerPrep: 'by' },
    // "Y extended its funding of X", "Y's donations to X".
    { nouns: ['funding', 'financing', 'sponsorship', 'support', 'backing'], doer: 'O', themePrep: 'of', doerPrep: 'by' },
    { nouns: ['donation', 'grant'], doer: 'O', themePrep: 'to' }
  ],
  roles: [
    // "Y, a sponsor of X"; "X …, with Y being a financial sponsor".
    { nouns: ['sponsor', 'financial sponsor', 'backer', 'funder', 'donor', 'patron', 'benefactor'], holder: 'O', preps: ['of', 'to', 'behind'], holderTypes: ['Organization', 'Person', 'Network'] }
  ],
  examples: [
    { text: 'Orbit Capital invested $5 million in Quasar Wallet.', triples: ['Quasar Wallet —fundedBy→ Orbit Capital'] },
    { text: 'Quasar Wallet was backed by Orbit Capital.', triples: ['Quasar Wallet —fundedBy→ Orbit Capital'] },
    { text: 'Quasar Wallet received a grant from the Orbit Foundation.', triples: ['Quasar Wallet —fundedBy→ Orbit Foundation'] },
    { text: 'The Orbit Foundation awarded a grant to Quasar Labs.', triples: ['Quasar Labs —fundedBy→ Orbit Foundation'] },
    { text: 'The Quasar Foundation (the “QF”) is pleased to announce a $250,000 donation from Orbit Capital.', triples: ['Quasar Foundation —fundedBy→ Orbit Capital'] },
    { text: 'Quasar Labs is pleased to announce a $250,000 donation from Orbit Capital.', triples: ['Quasar Labs —fundedBy→ Orbit Capital'] },
    { text: 'Orbit Capital has extended its funding of Quasar Labs.', triples: ['Quasar Labs —fundedBy→ Orbit Capital'] },
    { text: "Below is a breakdown of Orbit Capital's donations to Quasar Labs.", triples: ['Quasar Labs —fundedBy→ Orbit Capital'] },
    { text: 'In funding Quasar Wallet and Lyra Wallet, the Orbit Foundation is furthering its mission.', triples: ['Lyra Wallet —fundedBy→ Orbit Foundation', 'Quasar Wallet —fundedBy→ Orbit Foundation'] },
    { text: 'Since then, Quasar Labs has operated on its own, with Orbit Capital being a prominent financial sponsor.', triples: ['Quasar Labs —fundedBy→ Orbit Capital'] },
    { text: 'Quasar Labs is based in Lisbon, backed by Helix Ventures, and founded by two engineers.', triples: ['Quasar Labs —fundedBy→ Helix Ventures'] },
    // An adverb before the verb is no unnamed subject.
    { text: 'Quasar Labs joined the Orbit Accelerator in 2020, and has subsequently raised $27m in funding from Helix Ventures.', triples: [] }
  ]
}
