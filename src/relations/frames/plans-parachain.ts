/** plansParachainOn (and parachainOf, done): a chain deployed, or to be deployed, as a parachain on a network. */
import type { Frame } from './schema.js'

/**
 * The plansParachainOn frame: a verb with its own object ("deploy a
 * parachain on Zeta", "secure a slot on Zeta") gives parachainOf when done
 * and plansParachainOn under a plan word ("plans to deploy its parachain on
 * Zeta"). Bids, crowdloans and intentions without a verb of deployment are
 * idioms in `../rules/projects.ts`; auctions are events
 * (`../constructions/auctions.ts`).
 */
export const PLANS_PARACHAIN_FRAME: Frame = {
  id: 'plansParachainOn',
  predicate: 'parachainOf',
  planned: 'plansParachainOn',
  verbs: [{ verbs: ['deploy', 'launch', 'run', 'host', 'bring', 'onboard'], doer: 'S', prep: ['on', 'to', 'onto'], object: ['parachain'] }],
  plannedVerbs: [
    {
      verbs: ['deploy', 'launch', 'build', 'develop', 'run', 'host', 'bring', 'secure', 'win', 'obtain', 'get', 'occupy', 'bid for', 'compete for', 'vie for'],
      doer: 'S',
      prep: ['on', 'in', 'to'],
      object: ['parachain', 'parachain slot', 'slot', 'chain', 'blockchain']
    }
  ],
  examples: [
    { text: 'Orbit Protocol plans to deploy its parachain on Zeta Network.', triples: ['Orbit Protocol —plansParachainOn→ Zeta Network'] },
    { text: 'Orbit Protocol, a DeFi hub planning to deploy their parachain on Zeta Network, grew.', triples: ['Orbit Protocol —plansParachainOn→ Zeta Network'] },
    { text: '"Orbit Protocol", plans to launch a fully operational NFT chain on Zeta Network.', triples: ['Orbit Protocol —plansParachainOn→ Zeta Network'] },
    { text: 'Orbit Protocol is set to compete for a parachain slot on Zeta Network.', triples: ['Orbit Protocol —plansParachainOn→ Zeta Network'] },
    { text: 'Orbit Protocol deployed its parachain on Zeta Network.', triples: ['Orbit Protocol —parachainOf→ Zeta Network'] },
    { text: 'Orbit Protocol plans to deploy a bridge on Zeta Network.', triples: [] },
    { text: 'Orbit Protocol does not plan to deploy a parachain on Zeta Network.', triples: [] }
  ]
}
