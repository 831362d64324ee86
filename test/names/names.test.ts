import { describe, expect, it } from 'vitest'
import { displayVariant, isMostlyCapitalised, mentionKey, normalizeName, UnionFind } from '../../src/names/index.js'

describe('UnionFind', () => {
  it('keeps the first argument’s root and tells lone keys', () => {
    const sets = new UnionFind(['zeta', 'zeta network', 'orbit labs', 'council'])
    sets.union('zeta', 'zeta network')
    expect(sets.find('zeta network')).toBe('zeta')
    sets.union('orbit labs', 'zeta')
    expect(sets.find('zeta network')).toBe('orbit labs')
    expect(sets.isAlone('council')).toBe(true)
    expect(sets.isAlone('orbit labs')).toBe(false)
    expect(sets.isAlone('zeta')).toBe(false)
  })
})

describe('name forms', () => {
  it('differ on purpose: comparison, grouping, display', () => {
    expect(normalizeName('Dr. Maria Lopez’s')).toBe('maria lopez')
    expect(mentionKey('Dr. Maria Lopez’s')).toBe("dr. maria lopez's")
    expect(displayVariant('the  Orbit Labs’s')).toBe('Orbit Labs')
  })
  it('a sentence of capitalised words reads as a title', () => {
    expect(isMostlyCapitalised('Orbit Labs Launches Zeta Bridge Today')).toBe(true)
    expect(isMostlyCapitalised('Orbit Labs launched a bridge between chains')).toBe(false)
  })
})
