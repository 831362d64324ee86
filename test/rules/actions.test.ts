import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'
import { entities, triples } from '../support/facts.js'

describe('fundedBy rules', () => {
  it('should fund an unnamed Concept', () => {
    const kg = extract('Moreover, the Zeta Treasury funded various community initiatives, emphasizing growth.')
    const [rel] = kg.relations({ predicate: 'fundedBy' })
    expect(kg.entity(rel!.subject)?.name).toBe('community initiatives')
    expect(kg.entity(rel!.object)?.name).toBe('Zeta Treasury')
  })
  it('should read an investment', () => {
    expect(triples('Orbit Capital invested $5 million in Quasar Wallet.')).toContain('Quasar Wallet —fundedBy→ Orbit Capital')
  })
})

describe('partnersWith, acquiredBy, locatedIn rules', () => {
  it('should read a partnership both ways', () => {
    expect(triples('Orbit Labs partnered with Quanta Finance last week.')).toContain('Orbit Labs —partnersWith→ Quanta Finance')
    expect(triples('A partnership between Orbit Labs and Quanta Finance was announced.')).toContain('Orbit Labs —partnersWith→ Quanta Finance')
  })
  it('should read active and passive acquisitions', () => {
    expect(triples('Orbit Labs acquired Quanta Finance.')).toContain('Quanta Finance —acquiredBy→ Orbit Labs')
    expect(triples('Quanta Finance was acquired by Orbit Labs.')).toContain('Quanta Finance —acquiredBy→ Orbit Labs')
  })
  it('should give nothing for negated or hypothetical statements', () => {
    expect(triples('Orbit Labs did not acquire Quanta Finance.')).toEqual([])
    expect(triples('If Orbit Labs acquired Quanta Finance, prices would rise.')).toEqual([])
  })
  it('should read "X-based"', () => {
    expect(triples('The Zug-based Orbit Foundation published a report.')).toContain('Orbit Foundation —locatedIn→ Zug')
  })
})

describe('dated facts', () => {
  it('should date a relation from its sentence, normalised against the document date', () => {
    const kg = extract('# Zeta News - November 2019\n\nOn the 4th of November, Orbit Labs acquired Quanta Finance.\n\nIn early March, Vega partnered with Orbit Labs.')
    const [acquired] = kg.relations({ predicate: 'acquiredBy' })
    expect(acquired!.evidence[0]!.date).toEqual({ text: 'the 4th of November', value: '2019-11-04', start: '2019-11-04', end: '2019-11-04' })
    const [partner] = kg.relations({ predicate: 'partnersWith' })
    expect(partner!.evidence[0]!.date).toMatchObject({ value: '2019-03', start: '2019-03-01', end: '2019-03-10' })
  })
})

describe('funding rounds, grants and places', () => {
  it('should read who led a funding round, in either form', () => {
    expect(triples('Last year Zeta Labs closed a $12 million seed round led by Binance Labs and Polychain Capital.')).toEqual([
      'Zeta Labs —fundedBy→ Binance Labs',
      'Zeta Labs —fundedBy→ Polychain Capital'
    ])
    expect(triples("Zeta Labs's Series A round was led by Polychain Capital.")).toEqual(['Zeta Labs —fundedBy→ Polychain Capital'])
    expect(entities("Zeta Labs's Series A round was led by Polychain Capital.")).not.toContain('Series A:Project')
  })
  it('should read "Y awarded a grant to X"', () => {
    expect(triples('The Orbit Foundation awarded a grant to Zeta Labs.')).toEqual(['Zeta Labs —fundedBy→ Orbit Foundation'])
  })
  it('should read a place before a described name and in an appositive, and type it from "based in"', () => {
    expect(triples('The Berlin-based startup Zeta Labs raised funds.')).toEqual(['Zeta Labs —locatedIn→ Berlin'])
    // "Zug" is unknown to the lexicon: only the cue "based in {E}" (a second alternative of its pattern) types it.
    expect(triples('Zeta Labs, a startup based in Zug, hired.')).toEqual(['Zeta Labs —locatedIn→ Zug'])
    expect(entities('Zeta Labs, a startup based in Zug, hired.')).toEqual(['Zeta Labs:Organization', 'Zug:Place'])
    expect(triples('Zeta Labs, a Lisbon-based startup, hired.')).toEqual(['Zeta Labs —locatedIn→ Lisbon'])
  })
})

describe('list items with a label', () => {
  it('should read the label as the subject of the item, before a verb or a description', () => {
    const md = '# Ecosystem\n\n- **Bifrost**: Launched vKSM, its liquid staking token.\n- **Karura**: The DeFi hub, built by Acala, paused a stablecoin.\n'
    expect(triples(md)).toEqual(['Karura —developedBy→ Acala', 'vKSM —launchedBy→ Bifrost'])
  })
})
