/** developedBy: who built, developed or maintains a project. */
import type { Frame } from './schema.js'

/** The developedBy frame. */
export const DEVELOPED_FRAME: Frame = {
  predicate: 'developedBy',
  verbs: [
    { verbs: ['develop', 'build', 'create', 'maintain', 'design', 'engineer', 'incubate', 'conceptualise', 'conceptualize', 'spearhead'], doer: 'O', subjectTypes: ['Project', 'Network', 'Token'] }
  ],
  nouns: [{ nouns: ['development', 'creation'], doer: 'O', themePrep: 'of', doerPrep: 'by' }],
  roles: [
    { nouns: ['team', 'company', 'firm', 'studio', 'developer', 'developers', 'builder', 'builders', 'people', 'startup', 'group', 'organization', 'organisation', 'maker', 'makers'], holder: 'O', preps: ['behind', 'building', 'developing'], holderTypes: ['Organization', 'Person', 'Project', 'Network'] },
    // "Justin Smith, maker of Quasar Wallet".
    { nouns: ['maker', 'makers', 'developer', 'developers', 'builder', 'builders', 'maintainer', 'maintainers', 'author', 'authors'], holder: 'O', preps: ['of'], holderTypes: ['Organization', 'Person', 'Project'] }
  ],
  classes: [
    { nouns: ['protocol', 'platform', 'project', 'parachain', 'network', 'chain', 'wallet', 'app', 'application', 'tool', 'framework', 'product', 'solution', 'layer', 'service', 'metaverse', 'game', 'marketplace', 'bridge'], preps: ['by', 'from'] }
  ],
  possessive: { subjectTypes: ['Project', 'Network'], objectTypes: ['Organization', 'Project', 'Network', 'Person'] },
  examples: [
    { text: 'The upgrade, developed by Quanta Technologies, went live.', triples: [] },
    { text: 'Orion Wallet is developed by Quanta Technologies.', triples: ['Orion Wallet —developedBy→ Quanta Technologies'] },
    { text: 'Veil, the privacy layer developed by Orbit Labs, went live.', triples: ['Veil —developedBy→ Orbit Labs'] },
    { text: 'Orbit Labs is the team behind Orion Wallet.', triples: ['Orion Wallet —developedBy→ Orbit Labs'] },
    { text: 'This led Orbit Labs to develop the Orion Kit library from the ground up.', triples: ['Orion Kit —developedBy→ Orbit Labs'] },
    { text: 'The grant allowed Maria Lopez to build Orion Wallet.', triples: ['Orion Wallet —developedBy→ Maria Lopez'] },
    { text: 'This led Orbit Labs to ask whether to develop Orion Kit.', triples: [] },
    { text: 'The wallet is built by Maria Lopez, maker of Orion Wallet.', triples: ['Orion Wallet —developedBy→ Maria Lopez'] }
  ]
}
