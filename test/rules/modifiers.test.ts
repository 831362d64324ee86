import { describe, expect, it } from 'vitest'
import { triples } from '../support/facts.js'

describe('names modified by a place, a role or an attribution', () => {
  it('should read a place before a company noun ("Berlin startup X") as locatedIn', () => {
    expect(triples('Berlin startup Orbit Labs launched Nova Wallet.')).toContain('Orbit Labs —locatedIn→ Berlin')
    expect(triples('In June, United States crypto trading platform Orbit Exchange grew.')).toEqual(['Orbit Exchange —locatedIn→ United States'])
  })
  it('should read "X\'s reputation as a staging ground for … on the Y network" as testnetOf, of X and not of a name before it', () => {
    expect(triples("Zeta is a network. The move to Statemine bolstered Zeta's reputation as a reliable staging ground for new introductions on the Omicron network.")).toEqual(['Zeta —testnetOf→ Omicron'])
  })
  it('should not take the source of a report for the subject of an appositive ("reported by X, the Y council")', () => {
    expect(triples('Zeta is a relay chain. As previously reported by Orbit News, the Zeta council approved the first auction.').filter((t) => t.startsWith('Orbit News'))).toEqual([])
  })
  it('should not read a possessive pronoun after a network\'s noun as its feature ("Zeta\'s market performance against its …")', () => {
    expect(triples("Zeta is a relay chain. Maria Lopez, an analyst with Orbit Labs, compared Zeta's market performance against its rivals.").filter((t) => t.includes('partOf'))).toEqual([])
  })
})
