import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('compounds of words and contractions', () => {
  it('should not take compounds of common words, a name joined to itself or a contraction for names', () => {
    const md = 'The Mid-Year and End-of-Year reports of Zetara are out. We’re glad: Zetara-to-Zetara links work.'
    expect(names(md)).toEqual(['Zetara'])
  })
  it('should keep hyphenated names', () => {
    expect(names('Last week Zetara-Orbix and Anna-Maria Quell met.')).toContain('Anna-Maria Quell')
  })
})
