import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'
import { triples } from '../support/facts.js'

describe('launchedBy rules', () => {
  it('should read a fronted participle after a reduced compound', () => {
    const out = triples('Launched by Zeta founder Maria Lopez, Omicron is the playground of developers.')
    expect(out).toContain('Omicron —launchedBy→ Maria Lopez')
    expect(out).toContain('Zeta —foundedBy→ Maria Lopez')
  })
  it('should take an unnamed object as a Concept', () => {
    const kg = extract('The Zeta network is growing. Zeta introduced new staking parameters, putting a cap on nominators.')
    const rel = kg.relations({ predicate: 'launchedBy' })
    expect(rel).toHaveLength(1)
    expect(kg.entity(rel[0]!.subject)?.type).toBe('Concept')
    expect(kg.entity(rel[0]!.subject)?.name).toBe('new staking parameters')
  })
  it('should read the nominal form "the launch of X by Y"', () => {
    expect(triples('Analysts praised the launch of Quasar Wallet by Orbit Labs.')).toContain('Quasar Wallet —launchedBy→ Orbit Labs')
  })
})
