/** integratesWith and plansIntegrationWith: integrations, done or planned. */
import type { Frame } from './schema.js'

/** The integratesWith frame; under a plan word it gives plansIntegrationWith. */
export const INTEGRATES_FRAME: Frame = {
  predicate: 'integratesWith',
  planned: 'plansIntegrationWith',
  verbs: [
    { verbs: ['integrate', 'connect', 'bridge', 'interoperate', 'link', 'plug'], doer: 'S', prep: ['with', 'to', 'into'] },
    // Case studies and engineering posts: "Zeta Wallet uses Orbit Node", "Orbit Node utilizes Quasar", "adopted by Zeta Wallet".
    { verbs: ['use', 'utilize', 'utilise', 'adopt', 'start using', 'begin using'], doer: 'S', subjectTypes: ['Project', 'Organization'], objectTypes: ['Project'] },
    // "Zeta Log works natively with Pexa Query": working with, said of software, natively or seamlessly.
    { verbs: ['work natively', 'work seamlessly', 'work out of the box'], doer: 'S', prep: 'with' },
    { verbs: ['rely', 'depend'], doer: 'S', prep: 'on', subjectTypes: ['Project', 'Organization'], objectTypes: ['Project'] }
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
    { text: 'Zeta Wallet and Orbit Chain started their XCM integration.', triples: ['Zeta Wallet —integratesWith→ Orbit Chain'] },
    { text: 'Lumo Wallet utilizes Pexa Engine, a light client.', triples: ['Lumo Wallet —integratesWith→ Pexa Engine'] },
    { text: 'Lumo Wallet started using Pexa Engine last year.', triples: ['Lumo Wallet —integratesWith→ Pexa Engine'] },
    { text: 'Right now, Zeta Log works natively with Pexa Query.', triples: ['Zeta Log —integratesWith→ Pexa Query'] },
    { text: 'Zeta Log has worked seamlessly with Pexa Query since May.', triples: ['Zeta Log —integratesWith→ Pexa Query'] },
    { text: 'This led Orbit Labs to use Pexa Query.', triples: ['Orbit Labs —integratesWith→ Pexa Query'] },
    { text: 'We chose Lumo Wallet. Lumo Wallet chose to use Pexa Engine because of its ease of use.', triples: ['Lumo Wallet —integratesWith→ Pexa Engine'] },
    { text: 'Lumo Wallet decides to integrate with Pexa Engine.', triples: ['Lumo Wallet —plansIntegrationWith→ Pexa Engine'] },
    { text: 'Lumo Wallet does not use Pexa Engine.', triples: [] }
  ]
}
