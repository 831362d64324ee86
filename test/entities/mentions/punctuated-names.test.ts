import { describe, expect, it } from 'vitest'
import { names, typed } from './support.js'

describe('names written with punctuation', () => {
  it('should keep a parenthesised number and dotted initials inside the name', () => {
    const md = 'We raised funds for Q(1) Labs. The board includes Maria Lopez (B.K. Digital Ltd.) and others.'
    expect(names(md)).toEqual(['B.K. Digital Ltd', 'Maria Lopez', 'Q(1) Labs'])
    expect(typed('We raised funds for Q(1) Labs.')).toEqual(['Q(1) Labs:Organization'])
  })
  it('should not run a Title Case heading into the name', () => {
    expect(names('# Q(1) Labs Announces Zetara Board\n\nQ(1) Labs grew.\n')).toContain('Q(1) Labs')
    expect(names('# Q(1) Labs Announces Zetara Board\n\nQ(1) Labs grew.\n')).not.toContain('Q(1) Labs Announces Zetara Board')
  })
})
