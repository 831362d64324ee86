/** builtOn: what a project runs on. */
import type { Frame } from './schema.js'

/** The builtOn frame. */
export const BUILT_ON_FRAME: Frame = {
  predicate: 'builtOn',
  verbs: [
    { verbs: ['build', 'develop', 'deploy', 'base', 'host', 'launch', 'run', 'operate', 'live', 'power'], doer: 'S', prep: 'on', active: false, compound: true, subjectTypes: ['Project', 'Network'], objectTypes: ['Network', 'Project'] },
    { verbs: ['build', 'run', 'operate', 'live', 'deploy', 'launch'], doer: 'S', prep: ['on', 'atop', 'on top of'] },
    // "X is built with Y" (a language, framework or stack; GUIDELINES: "built on / with"), "built using Y".
    { verbs: ['build', 'write', 'implement'], doer: 'S', prep: ['with', 'using', 'in'], active: false, subjectTypes: ['Project', 'Network'], objectTypes: ['Project', 'Network'] },
    { verbs: ['power'], doer: 'O' }
  ],
  // A parachain on a network is its parachain (the parachainOf frame), not built on it.
  classes: [{ nouns: ['project', 'dapp', 'app', 'application', 'protocol', 'platform', 'wallet', 'marketplace', 'game'], preps: ['on', 'built on', 'running on', 'deployed on', 'launched on', 'live on'] }],
  examples: [
    { text: 'Orbit Swap is built on Zeta.', triples: ['Orbit Swap —builtOn→ Zeta'] },
    { text: 'Orbit Swap runs on Zeta.', triples: ['Orbit Swap —builtOn→ Zeta'] },
    { text: 'Lumo Relay is built with Pexa Script.', triples: ['Lumo Relay —builtOn→ Pexa Script'] },
    { text: 'Built using Pexa Script and the Tarn SDK, the Lumo Platform is built to power trading.', triples: ['Lumo Platform —builtOn→ Pexa Script', 'Lumo Platform —builtOn→ Tarn SDK'] },
    { text: 'The Lumo platform is powered by Pexa Script.', triples: ['Lumo —builtOn→ Pexa Script'] },
    { text: "Orbit Swap, one of the thriving projects on Zeta's network, grew.", triples: ['Orbit Swap —builtOn→ Zeta'] }
  ]
}
