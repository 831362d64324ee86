import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('headings in capitals', () => {
  it('should take no names from a shouted heading that the text never writes so', () => {
    expect(names('### CONTINUED GROWTH BY ZETARA MEMBERS ###\n\nLast year Zetara grew.\n')).toEqual(['Zetara'])
  })
  it('should keep a name the body writes in capitals too', () => {
    expect(names('### QORVX JOINS ZETARA ###\n\nLast week QORVX joined Zetara.\n')).toEqual(['QORVX', 'Zetara'])
  })
})
