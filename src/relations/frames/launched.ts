/** launchedBy: who launched, introduced, rolled out or released something. */
import type { Frame } from './schema.js'

/** The launchedBy frame. */
export const LAUNCHED_FRAME: Frame = {
  predicate: 'launchedBy',
  subjectConcept: true,
  verbs: [
    { verbs: ['launch', 'introduce', 'roll out', 'unveil', 'implement', 'debut', 'release', 'deploy', 'activate', 'kick off', 'initiate', 'commence', 'inaugurate', 'ship', 'go live with'], doer: 'O' }
  ],
  nouns: [
    { nouns: ['launch', 'introduction', 'rollout', 'roll-out', 'unveiling', 'release', 'debut', 'activation', 'implementation', 'deployment', 'kick-off', 'inauguration'], doer: 'O', themePrep: 'of', doerPrep: 'by' }
  ],
  examples: [
    { text: 'Zeta introduced new staking parameters.', triples: ['new staking parameters —launchedBy→ Zeta'] },
    { text: 'Orbit Wallet was rolled out by Quanta Labs.', triples: ['Orbit Wallet —launchedBy→ Quanta Labs'] },
    { text: 'Launched by Quanta Labs, Orbit Wallet soon grew.', triples: ['Orbit Wallet —launchedBy→ Quanta Labs'] },
    { text: "Particularly noteworthy was the launch of Vega's lending protocol.", triples: ['lending protocol —launchedBy→ Vega'] },
    { text: "Noteworthy was the launch of Vega's lending protocol and Lyra's optimization tool.", triples: ['lending protocol —launchedBy→ Vega', 'optimization tool —launchedBy→ Lyra'] },
    { text: 'Quanta Labs plans to launch Orbit Wallet.', triples: [] }
  ]
}
