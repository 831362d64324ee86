import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('a name across a sentence end', () => {
  it('should split at a letter and dot after a word that is no first name', () => {
    expect(names('Last week Zetara closed its Series A. Prism Labs led it.')).toEqual(['Prism Labs', 'Zetara'])
  })
  it('should keep a middle initial inside a person\'s name', () => {
    expect(names('Yesterday John F. Quell joined Zetara.')).toEqual(['John F. Quell', 'Zetara'])
  })
})
