import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('handles written with "@"', () => {
  it('should not take a handle for a name of its own', () => {
    const found = names('Last week Orbix Labs shipped. Follow the project on Twitter (@OrbixProtocol) and Zeltrix.')
    expect(found).not.toContain('OrbixProtocol')
    expect(found).toContain('Orbix Labs')
  })
  it('should keep a name in parentheses without the sign', () => {
    expect(names('Last week Orbix Labs shipped with a partner (Zeltrix Labs).')).toContain('Zeltrix Labs')
  })
})
