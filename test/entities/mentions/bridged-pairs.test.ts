import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('two names before a noun of connection', () => {
  it('should split them when the document names each alone', () => {
    expect(names('Zetara grew. Orbix grew. Both teams build a Zetara Orbix bridge.')).toEqual(['Orbix', 'Zetara'])
  })
  it('should keep a two-word name whose words the document does not name alone', () => {
    expect(names('Last week the Zetara Orbix bridge opened.')).toEqual(['Zetara Orbix'])
  })
})
