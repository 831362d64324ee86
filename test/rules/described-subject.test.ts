import { describe, expect, it } from 'vitest'
import { triples } from '../support/facts.js'

describe('names inside a description between subject and verb', () => {
  it('should give the subjects before the description, not the names inside it', () => {
    const found = triples('Zeta and Omicron, DeFi hubs within Tau and Sigma, announced plans to integrate with Rho.')
    expect(found).toEqual(expect.arrayContaining(['Zeta —plansIntegrationWith→ Rho', 'Omicron —plansIntegrationWith→ Rho']))
    expect(found.filter((t) => t.startsWith('Tau ') || t.startsWith('Sigma '))).toEqual([])
  })
  it('should not read the last name of the description as a reduced participle\'s subject', () => {
    const found = triples('Vega Protocol, a lending hub within Phi Chain and Kronos Network, integrated with Tau Network.')
    expect(found).toContain('Vega Protocol —integratesWith→ Tau Network')
    expect(found.filter((t) => t.startsWith('Kronos Network ') || t.startsWith('Phi Chain '))).toEqual([])
  })
  it('should still read a name after a preposition outside an appositive', () => {
    expect(triples('We congratulate the team at Orbit Labs, which launched Nova Wallet.')).toContain('Nova Wallet —launchedBy→ Orbit Labs')
  })
})
