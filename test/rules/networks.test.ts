import { describe, expect, it } from 'vitest'
import { entities, triples } from '../support/facts.js'

describe('testnetOf rules', () => {
  it('should read an appositive ("Zeta, Omicron\'s canary network")', () => {
    expect(triples("Zeta, Omicron's canary network, grew fast.")).toContain('Zeta —testnetOf→ Omicron')
    expect(triples("Last year the Zeta network, Omicron's canary network, grew fast.")).toEqual(['Zeta —testnetOf→ Omicron'])
    expect(triples("Last year Zeta, the Omicron team's canary network, grew fast.")).toEqual(['Zeta —testnetOf→ Omicron'])
    expect(triples("# Ecosystem\n\n- **Zeta**: The Omicron team's canary network upgraded its runtime.\n")).toEqual(['Zeta —testnetOf→ Omicron'])
  })
  it('should find lower-case names introduced by an appositive', () => {
    const out = triples("Last month krest, peaq's canary network, went live.")
    expect(out).toContain('krest —testnetOf→ peaq')
    expect(entities("Last month krest, peaq's canary network, went live.")).toEqual(['krest:Network', 'peaq:Network'])
  })
})

describe('nativeTokenOf rules', () => {
  it('should read "X\'s native T token" and type both ends', () => {
    expect(triples("Zeta's native ZET token saw surging interest.")).toContain('ZET —nativeTokenOf→ Zeta')
    expect(entities("Zeta's native ZET token saw surging interest.")).toEqual(['ZET:Token', 'Zeta:Network'])
  })
  it('should read "the T token, X\'s native asset"', () => {
    expect(triples("The ZET token, Zeta's native asset, doubled in April.")).toEqual(['ZET —nativeTokenOf→ Zeta'])
  })
  it('should read "the X token, T" and type X by what it owns, not as a token', () => {
    expect(triples('The Zeta token, ZET, gained momentum in May.')).toEqual(['ZET —nativeTokenOf→ Zeta'])
    expect(entities('The Zeta token, ZET, gained momentum in May.')).toEqual(['ZET:Token', 'Zeta:Network'])
  })
  it('should read "its native token, T" through a reference', () => {
    expect(triples('Zeta is a relay chain. Its native token, ZET, rose.')).toContain('ZET —nativeTokenOf→ Zeta')
  })
})

describe('partOf rules', () => {
  it('should resolve "the network\'s governance body"', () => {
    const out = triples("Zeta is a young network. Zeta Council, the network's governance body, met twice.")
    expect(out).toContain('Zeta Council —partOf→ Zeta')
  })
  it('should read a possessed body ("Zeta\'s council")', () => {
    expect(triples("Zeta's council passed a landmark vote on June 2nd.")).toContain('Zeta Council —partOf→ Zeta')
  })
})

describe('parachainOf rules', () => {
  it('should read "X secured a parachain slot on Y" over a coordination', () => {
    const out = triples('Orion, Vega and Lyra secured parachain slots on Zeta.')
    expect(out).toEqual(['Lyra —parachainOf→ Zeta', 'Orion —parachainOf→ Zeta', 'Vega —parachainOf→ Zeta'])
  })
  it('should read "X became the first Y parachain" and "X, the first Y parachain"', () => {
    expect(triples('Last week Statemine became the inaugural functional Zeta parachain.')).toEqual(['Statemine —parachainOf→ Zeta'])
    expect(triples("Statemine became Zeta's first common good parachain.")).toEqual(['Statemine —parachainOf→ Zeta'])
    expect(triples('Last week Altair, the first Zeta parachain, went live.')).toEqual(['Altair —parachainOf→ Zeta'])
  })
  it('should read the winner of a slot or an auction, in either order', () => {
    expect(triples('Zeta is a relay chain. Kintsugi emerged as the notable winner of the 11th slot.')).toEqual(['Kintsugi —parachainOf→ Zeta'])
    expect(triples('Zeta is a relay chain. The winner of the 11th auction was Kintsugi.')).toEqual(['Kintsugi —parachainOf→ Zeta'])
  })
  it('should type a name from a copula as from an appositive ("X is a relay chain")', () => {
    expect(entities('Zeta is a relay chain.')).toEqual(['Zeta:Network'])
    expect(entities('Zeta is a lending protocol.')).toEqual(['Zeta:Project'])
  })
  it('should take a name the tagger guesses is an adjective when an appositive follows it', () => {
    // compromise reads "subsocial" as an adjective from its ending.
    expect(triples('Zeta is a relay chain. Subsocial, a social network platform, secured its slot.')).toEqual(['Subsocial —parachainOf→ Zeta'])
  })
  it('should not make a parachain of a candidate for one', () => {
    expect(triples('Last week Altair, a Zeta parachain candidate, opened its crowdloan.')).not.toContain('Altair —parachainOf→ Zeta')
  })
})

describe('ticker refiner', () => {
  it('should make a ticker the native token of the one network it abbreviates', async () => {
    const { extract } = await import('../../src/index.js')
    const kg = extract('# Zeta Token Rallies\n\nIn May, Zeta (ZTA) grew, and parachain slots on Zeta sold out. The ZTA token rose. Orbit Labs sold GLMR.')
    const [rel] = kg.relations({ predicate: 'nativeTokenOf' })
    expect(rel?.subject).toBe('zta')
    expect(rel?.object).toBe('zeta')
    expect(rel?.rules).toEqual(['native-token-ticker-abbreviates'])
    expect(kg.entity('Zeta Token')?.key).toBe('zta')
    expect(kg.relations({ subject: 'GLMR' })).toEqual([])
  })
})
