import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('Title Case jargon', () => {
  it('should not take discipline names or ampersand abbreviations for names', () => {
    const md = 'Orbit Labs works on Data Redundancy, Quality Assurance and Systems Engineering for Zetara, plus R&D and Q&A.'
    expect(names(md)).toEqual(['Orbit Labs', 'Zetara'])
  })
  it('should keep a company named with a field noun after a name', () => {
    expect(names('The audit was done by Zetara Security last week.')).toEqual(['Zetara Security'])
  })
})
