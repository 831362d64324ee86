/** integratesWith and plansIntegrationWith: integrations, done or planned. */
import type { Frame } from './schema.js'

/** The integratesWith frame; under a plan word it gives plansIntegrationWith. */
export const INTEGRATES_FRAME: Frame = {
  predicate: 'integratesWith',
  planned: 'plansIntegrationWith',
  verbs: [
    { verbs: ['integrate', 'connect', 'bridge', 'interoperate', 'link', 'plug'], doer: 'S', prep: ['with', 'to', 'into'] }
  ],
  plannedVerbs: [
    { verbs: ['work'], doer: 'S', prep: 'with' },
    { verbs: ['build', 'construct', 'open'], doer: 'S', prep: ['to', 'across'], gap: true },
    { verbs: ['expand', 'extend', 'support'], doer: 'S', prep: 'to' }
  ],
  nouns: [
    { nouns: ['integration', 'interoperability', 'connection', 'bridge'], doer: 'S', themePrep: 'with', reciprocal: true }
  ],
  examples: [
    { text: 'Zeta Wallet is integrated with Orbit Chain.', triples: ['Zeta Wallet —integratesWith→ Orbit Chain'] },
    { text: 'Zeta Wallet completed its integration with Orbit Chain.', triples: ['Zeta Wallet —integratesWith→ Orbit Chain'] },
    { text: 'Zeta Wallet plans to integrate with Orbit Chain.', triples: ['Zeta Wallet —plansIntegrationWith→ Orbit Chain'] },
    { text: 'Zeta Wallet and Orbit Chain started their XCM integration.', triples: ['Zeta Wallet —integratesWith→ Orbit Chain'] }
  ]
}
