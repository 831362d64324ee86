/** testnetOf: a network that is another's canary, test or experimental network. */
import type { Frame } from './schema.js'

/** Nouns that call a network another network's test network. */
export const TESTNET_NOUNS = [
  'canary network', 'canary', 'canary chain', 'testnet', 'test net', 'test network', 'testing ground', 'testing field', 'testing sandbox',
  'testing environment', 'testing network', 'testing arena', 'testing playground', 'testbed', 'test bed', 'sandbox', 'playpen', 'playground',
  'proving ground', 'experimental cousin', 'experimental sister', 'experimental sister network', 'experimental network', 'experimental counterpart',
  'experimental relative', 'experimental sibling', 'experimental twin', 'wild cousin', 'wilder cousin', 'wild sibling', 'wilder sibling',
  'wild sister', 'wilder sister', 'wild twin', 'wilder twin', 'sister network', 'cousin', 'development environment', 'pre-production environment',
  'staging ground', 'staging environment', 'test environment'
]

/** The testnetOf frame. */
export const TESTNET_FRAME: Frame = {
  predicate: 'testnetOf',
  classes: [{ nouns: TESTNET_NOUNS, preps: ['for', 'of', 'to', 'associated with', 'linked to'], possessive: true }],
  examples: [
    { text: "Zeta, Omicron's canary network, grew fast.", triples: ['Zeta —testnetOf→ Omicron'] },
    { text: 'Zeta, the experimental and early-stage development environment for Omicron, grew.', triples: ['Zeta —testnetOf→ Omicron'] },
    { text: 'Zeta Network, fondly referred to as Omicron\'s "canary network", grew.', triples: ['Zeta Network —testnetOf→ Omicron'] },
    { text: 'Zeta, the canary network for the more conservative Omicron blockchain, grew.', triples: ['Zeta —testnetOf→ Omicron'] }
  ]
}
