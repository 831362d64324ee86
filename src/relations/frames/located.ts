/** locatedIn: where an organisation is based. */
import type { Frame } from './schema.js'

/** The locatedIn frame. */
export const LOCATED_FRAME: Frame = {
  predicate: 'locatedIn',
  verbs: [
    { verbs: ['base', 'headquarter'], doer: 'S', prep: ['in', 'out of'], active: false, compound: true, objectTypes: ['Place'] },
    { verbs: ['locate', 'register', 'incorporate'], doer: 'S', prep: 'in', active: false, compound: true, objectTypes: ['Place'] }
  ],
  premodified: [{ nouns: ['corporation', 'company', 'nonprofit', 'non-profit', 'charity', 'public charity', 'foundation', 'startup', 'firm', 'association', 'cooperative', 'llc', 'bank', 'agency', 'university'], objectTypes: ['Place'], strict: true }],
  apposed: { subjectTypes: ['Place'], objectTypes: ['Place'] },
  examples: [
    { text: 'Vexa Labs is a software development company based in San Francisco, CA.', triples: ['Vexa Labs —locatedIn→ San Francisco'] },
    { text: 'The Zug-based Orbit Foundation published a report.', triples: ['Orbit Foundation —locatedIn→ Zug'] },
    { text: 'Zeta Labs, a startup based in Zug, hired.', triples: ['Zeta Labs —locatedIn→ Zug'] },
    { text: 'Headquartered in Lisbon, Portugal, Zeta Labs hired.', triples: ['Lisbon —locatedIn→ Portugal', 'Zeta Labs —locatedIn→ Lisbon'] },
    { text: 'Zeta Capital, an investor based out of Lyon, joined.', triples: ['Zeta Capital —locatedIn→ Lyon'] },
    { text: 'Zeta Labs has offices in Berlin, Lisbon and Madrid.', triples: [] },
    { text: 'Zeta Labs is a Delaware nonstock corporation.', triples: ['Zeta Labs —locatedIn→ Delaware'] },
    { text: 'Zeta Labs is a Delaware-incorporated public charity.', triples: ['Zeta Labs —locatedIn→ Delaware'] }
  ]
}
