import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('state codes after a place', () => {
  it('should not take a state code for a name of its own', () => {
    expect(names('Orbix is based in Portland, OR and Zetara in San Francisco, CA.')).toEqual(['Orbix', 'Portland', 'San Francisco', 'Zetara'])
  })
})
