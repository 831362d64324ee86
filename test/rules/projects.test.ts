import { describe, expect, it } from 'vitest'
import { triples } from '../support/facts.js'

describe('plansParachainOn rules', () => {
  it('should read a planning appositive', () => {
    expect(triples('Teams like Orion Network, a DeFi protocol planning to deploy their parachain on Zeta, are busy.')).toContain('Orion Network —plansParachainOn→ Zeta')
  })
  it('should read "is building its parachain on" past a parenthetical', () => {
    expect(triples('Meanwhile, Vega, geared towards robotics, is building its parachain on Zeta.')).toContain('Vega —plansParachainOn→ Zeta')
  })
})

describe('plansIntegrationWith rules', () => {
  it('should distribute over a coordinated subject', () => {
    const out = triples('Projects such as Orion Network and Vega Network announced their plans to integrate with Zeta.')
    expect(out).toContain('Orion Network —plansIntegrationWith→ Zeta')
    expect(out).toContain('Vega Network —plansIntegrationWith→ Zeta')
  })
})

describe('integratesWith, builtOn, developedBy rules', () => {
  it('should read a completed integration', () => {
    expect(triples('Orion Protocol has integrated with Zeta.')).toContain('Orion Protocol —integratesWith→ Zeta')
  })
  it('should read "is built on"', () => {
    expect(triples('Orion Protocol is built on Substrate.')).toContain('Orion Protocol —builtOn→ Substrate')
  })
  it('should read a possessive between two names', () => {
    expect(triples("Analysts watched Vega's Lyra Network closely.")).toContain('Lyra Network —developedBy→ Vega')
  })
  it('should read "under the name"', () => {
    expect(triples('Orion Network plans to deploy a parachain on Zeta under the name "Lyra."')).toContain('Lyra —developedBy→ Orion Network')
  })
  it('should read a reduced participle after a name or a reference ("The upgrade, developed by Y")', () => {
    expect(triples('Orion, built by Quanta Labs, launched.')).toEqual(['Orion —developedBy→ Quanta Labs'])
    expect(triples('Zeta shipped Asynchronous Backing. The upgrade, developed by Parity Technologies, is expected soon.')).toEqual(['Asynchronous Backing —developedBy→ Parity Technologies'])
  })
})
