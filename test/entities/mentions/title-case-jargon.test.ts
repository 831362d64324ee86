import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('Title Case jargon', () => {
  it('should not take discipline names or ampersand abbreviations for names', () => {
    const md = 'Orbit Labs works on Data Redundancy, Quality Assurance and Systems Engineering for Zetara, plus R&D and Q&A.'
    expect(names(md)).toEqual(['Orbit Labs', 'Zetara'])
  })
  it('should not take a generic body named by common words for a name, but keep a named group', () => {
    expect(names('Last week Zetara formed a Steering Committee and a Board of Directors.')).toEqual(['Zetara'])
    expect(names('Zetara was funded by Digital Finance Group last week.')).toEqual(['Digital Finance Group', 'Zetara'])
  })
  it('should keep a company named with a field noun after a name', () => {
    expect(names('The audit was done by Zetara Security last week.')).toEqual(['Zetara Security'])
  })
})

describe('possessed Title Case phrases', () => {
  it('should keep a phrase shaped like a discipline that the document writes with a possessive', () => {
    expect(names('Last week Orbix got a gift from Anchor Risk Management.')).not.toContain('Anchor Risk Management')
    expect(names('Last week Orbix got a gift from Anchor Risk Management. Orbix said Anchor Risk Management’s gift helps.')).toContain('Anchor Risk Management')
  })
})
