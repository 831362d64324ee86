import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('currency prefixes', () => {
  it('should not take the country code of an amount for a name', () => {
    expect(names('Zetara raised US$1.8 million and HK$ 20 million from Orbit Capital.')).toEqual(['Orbit Capital', 'Zetara'])
  })
  it('should not take "U.S." before "dollars", or a letter of "M+A", for a name', () => {
    expect(names('Users price bandwidth on Zetara in U.S. dollars.')).toEqual(['Zetara'])
    expect(names('Orbit Capital had 181 IPOs and M+A exits.')).toEqual(['Orbit Capital'])
  })
  it('should keep the same letters as a name elsewhere', () => {
    expect(names('Last week Zetara opened an office in the US.')).toEqual(['US', 'Zetara'])
  })
})
