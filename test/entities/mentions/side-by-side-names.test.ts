import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('two names side by side as modifiers', () => {
  it('should split two names the document uses alone, after a determiner and before a noun', () => {
    const md = 'Qorvane Labs said the Zorbel Quix experience was hard. Zorbel is a build tool. Quix is an editor.'
    const found = names(md)
    expect(found).not.toContain('Zorbel Quix')
    expect(found).toEqual(expect.arrayContaining(['Zorbel', 'Quix']))
  })
  it('should keep a name followed by a verb or an adjective, and a person named by first name and surname', () => {
    expect(names('The Zorbel Quix also shipped. Zorbel is a build tool. Quix is an editor.')).toContain('Zorbel Quix')
    expect(names('Last week the Maria Quell we met spoke. Maria wrote it. Quell agreed.')).toContain('Maria Quell')
  })
})
