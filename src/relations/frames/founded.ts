/** foundedBy: founders, co-founders, creators. */
import type { Frame } from './schema.js'

/** The foundedBy frame. */
export const FOUNDED_FRAME: Frame = {
  predicate: 'foundedBy',
  verbs: [{ verbs: ['found', 'co-found', 'establish', 'start up', 'set up', 'incorporate'], doer: 'O', subjectTypes: ['Organization', 'Network', 'Project'] }],
  nouns: [{ nouns: ['founding', 'co-founding'], doer: 'O', themePrep: 'of', doerPrep: 'by' }],
  roles: [
    { nouns: ['founder', 'co-founder', 'creator', 'co-creator', 'founding member', 'founding partner', 'incorporating member', 'charter member'], holder: 'O', preps: ['of', 'at', 'behind', 'and ceo of', 'and cto of'], titles: ['founder', 'co-founder', 'creator', 'founders', 'co-founders', 'creators', 'founding team'], holderTypes: ['Person', 'Organization'] },
    { nouns: ['genius', 'mind', 'brain', 'mastermind', 'visionary', 'architect', 'man', 'woman', 'person'], holder: 'O', preps: ['behind'], holderTypes: ['Person', 'Organization'] }
  ],
  classes: [{ nouns: ['brainchild', 'creation'], preps: ['of'] }],
  examples: [
    { text: 'Omicron founder Maria Lopez spoke.', triples: ['Omicron —foundedBy→ Maria Lopez'] },
    { text: 'Zeta Labs was founded by former Orbit executives Maria Lopez and John Smith.', triples: ['Zeta Labs —foundedBy→ John Smith', 'Zeta Labs —foundedBy→ Maria Lopez'] },
    { text: 'Maria Lopez, co-founder of Zeta Labs, spoke.', triples: ['Zeta Labs —foundedBy→ Maria Lopez'] },
    { text: 'The founder of Zeta and Omicron, Dr. Maria Lopez, spoke.', triples: ['Omicron —foundedBy→ Maria Lopez', 'Zeta —foundedBy→ Maria Lopez'] },
    { text: 'New angels joined: Maria Lopez (Orbit Labs cofounder) and John Smith (Quanta founder).', triples: ['Orbit Labs —foundedBy→ Maria Lopez', 'Quanta —foundedBy→ John Smith'] },
    { text: 'Orbit Labs, Zeta Corp, Quanta Systems, and Nimbus Labs are founding members.', triples: [] },
    // A second title after the first; the possessive role in apposition after the name.
    { text: 'Orbit Labs co-founder and CEO Dr. Maria Lopez spoke.', triples: ['Orbit Labs —foundedBy→ Maria Lopez'] },
    { text: 'Maria Lopez, Orbit Labs’s Co-Founder and CEO, said: “We grow.”', triples: ['Orbit Labs —foundedBy→ Maria Lopez'] },
    { text: 'Orbit Labs co-founder and former CEO Maria Lopez spoke.', triples: [] },
    // A group title lists its holders in brackets; a title before a name in a comma list of investors is that name's.
    { text: 'Investors include the Orbit founding team (John Carter, Mark Olsen and Clara Weiss).', triples: ['Orbit —foundedBy→ Clara Weiss', 'Orbit —foundedBy→ John Carter', 'Orbit —foundedBy→ Mark Olsen'] },
    { text: 'Also participating in the round: Helix Ventures, Anna Berg, Quanta founder Maria Lopez and others.', triples: ['Quanta —foundedBy→ Maria Lopez'] },
    { text: 'Angels include Maria Lopez (Founder, Quanta Systems).', triples: ['Quanta Systems —foundedBy→ Maria Lopez'] }
  ]
}
