/** partOf between organisations: membership of alliances, foundations and consortia. */
import type { Frame } from './schema.js'

/** The partOf frame (organisations joining or belonging to organisations; the network rules cover the rest). */
export const PART_OF_FRAME: Frame = {
  id: 'partOf-member',
  predicate: 'partOf',
  subjectTypes: ['Organization'],
  objectTypes: ['Organization'],
  verbs: [{ verbs: ['join', 'rejoin'], doer: 'S', notBeforeAction: true }],
  premodified: [{ nouns: ['company', 'subsidiary', 'division', 'unit', 'affiliate', 'brand'], objectTypes: ['Organization'] }],
  roles: [{ nouns: ['part', 'member', 'founding member', 'incorporating member', 'charter member', 'premier member', 'general member', 'associate member', 'member company', 'member organization', 'member organisation'], holder: 'S', preps: ['of', 'in'], holderTypes: ['Organization'] }],
  examples: [
    { text: 'Orbit Labs and Zeta Corp are joining the Omicron Foundation as Silver Members.', triples: ['Orbit Labs —partOf→ Omicron Foundation', 'Zeta Corp —partOf→ Omicron Foundation'] },
    { text: 'Orbit Labs, a premier member of the Omicron Alliance, spoke.', triples: ['Orbit Labs —partOf→ Omicron Alliance'] },
    { text: 'As part of Quanta Systems, Orbit Labs builds wallets.', triples: ['Orbit Labs —partOf→ Quanta Systems'] },
    { text: 'Orbit Labs (a Quanta Systems company) grew.', triples: ['Orbit Labs —partOf→ Quanta Systems'] },
    { text: 'The Omicron Foundation has members including Orbit Labs and Zeta Corp.', triples: ['Orbit Labs —partOf→ Omicron Foundation', 'Zeta Corp —partOf→ Omicron Foundation'] },
    { text: 'Orbit Labs joined Zeta Corp in launching Nova Wallet.', triples: [] },
    { text: 'Orbit Labs joined Zeta Corp to build Nova Wallet.', triples: [] }
  ]
}

/** partOf for an organisation's products and services: "X, Orbit Labs' on-demand bare metal service". */
export const PART_OF_PRODUCT_FRAME: Frame = {
  id: 'partOf-product',
  predicate: 'partOf',
  subjectTypes: ['Project', 'Organization'],
  objectTypes: ['Organization'],
  classes: [{ nouns: ['service', 'product', 'offering', 'subsidiary', 'division', 'business unit', 'cloud service', 'product line'], preps: ['of', 'from'], possessive: true }],
  examples: [
    { text: 'Through Lumo Metal, Vexa’s on-demand and interconnected bare metal service, users deploy.', triples: ['Lumo Metal —partOf→ Vexa'] },
    { text: 'Lumo Cloud is a service of Vexa Labs.', triples: ['Lumo Cloud —partOf→ Vexa Labs'] },
    { text: 'Lumo Cloud is a service for Vexa Labs customers.', triples: [] }
  ]
}
