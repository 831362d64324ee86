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

describe('lists under a heading or a lead-in', () => {
  it('should read "X (Y)" items under a board heading or after a lead-in that names the board', () => {
    const expected = ['David Kim —affiliatedWith→ Helix Ventures', 'Maria Lopez —affiliatedWith→ Quanta Systems']
    expect(triples('# Orbit Labs news\n\n## Advisory Board\n\n- Maria Lopez (Quanta Systems)\n- David Kim (Helix Ventures)\n')).toEqual(expected)
    expect(triples('# Orbit Labs news\n\nThe Board is comprised of long-time contributors:\n\n- Maria Lopez (Quanta Systems)\n- David Kim (Helix Ventures)\n')).toEqual(expected)
  })
  it('should not read them without the cue, nor after a lead-in that does not introduce the list', () => {
    expect(triples('# Orbit Labs news\n\nWe thank these people:\n\n- Maria Lopez (Quanta Systems)\n')).toEqual([])
    expect(triples('# Orbit Labs news\n\nOur speakers came from far away.\n\n- Maria Lopez (Quanta Systems)\n')).toEqual([])
  })
})
