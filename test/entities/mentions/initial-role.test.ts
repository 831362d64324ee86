import { describe, expect, it } from 'vitest'
import { names, typed } from './support.js'

describe('a sentence-initial common noun glued to a name', () => {
  it('should cut the introducing noun off the name', () => {
    expect(names('Startup Zetex Markets raised $5M from Orbit Capital.')).toEqual(['Orbit Capital', 'Zetex Markets'])
    expect(names('Exchange Labs raised funds.')).toEqual(['Exchange Labs'])
  })
  it('should cut an action noun before "of", and drop a role\'s complement', () => {
    expect(names('Implementation of Zeta Sync begins in May.')).toEqual(['Zeta Sync'])
    expect(typed('Tomas Brel, Director of Investments at Qorvane, agreed.')).toEqual(['Qorvane:Organization', 'Tomas Brel:Person'])
  })
})
