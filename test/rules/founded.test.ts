import { describe, expect, it } from 'vitest'
import { triples } from '../support/facts.js'

describe('foundedBy rules', () => {
  it('should read a founder compound ("Zeta founder Maria Lopez")', () => {
    expect(triples('Zeta founder Maria Lopez opened the conference in Lisbon.')).toContain('Zeta —foundedBy→ Maria Lopez')
  })
  it('should distribute over a coordinated object of "founder of"', () => {
    const out = triples('Maria Lopez, founder of Zeta and Omicron, spoke on Monday.')
    expect(out).toContain('Zeta —foundedBy→ Maria Lopez')
    expect(out).toContain('Omicron —foundedBy→ Maria Lopez')
  })
  it('should read the passive', () => {
    expect(triples('Quanta Labs was founded by Ravi Kumar in 2018.')).toContain('Quanta Labs —foundedBy→ Ravi Kumar')
  })
  it('should read "the brainchild of" with a coordinated object', () => {
    const out = triples('Zeta, the brainchild of Ravi Kumar and the Orbit Foundation, made its debut.')
    expect(out).toContain('Zeta —foundedBy→ Ravi Kumar')
    expect(out).toContain('Zeta —foundedBy→ Orbit Foundation')
  })
  it('should read "Y, the genius behind X and Z", but not "the team behind X"', () => {
    expect(triples('Maria Lopez, the genius behind Omicron and Zeta, spoke.')).toEqual(['Omicron —foundedBy→ Maria Lopez', 'Zeta —foundedBy→ Maria Lopez'])
    expect(triples('Maria Lopez, the team behind Zeta, spoke.')).not.toContain('Zeta —foundedBy→ Maria Lopez')
  })
  it('should give nothing for a negated statement', () => {
    expect(triples('Quanta Labs was not founded by Ravi Kumar.')).toEqual([])
  })
})
