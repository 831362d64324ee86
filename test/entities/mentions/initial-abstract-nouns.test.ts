import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('abstract nouns capitalised at sentence starts', () => {
  it('should not take a noun with an abstract ending that only starts sentences for a name', () => {
    const md = 'Qorvane Labs runs the network. Incentivization is the missing piece. Incentivization matters to Qorvane Labs.'
    expect(names(md)).toEqual(['Qorvane Labs'])
  })
  it('should keep such a word the document also writes mid-sentence as a name', () => {
    expect(names('We use Ascension daily. Ascension grew.')).toContain('Ascension')
  })
})
