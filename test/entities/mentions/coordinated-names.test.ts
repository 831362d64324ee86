import { describe, expect, it } from 'vitest'
import { typed } from './support.js'

describe('names joined by "&", "of" and hyphens', () => {
  it('should split two people joined by "&" and a person from the organisation after "of"', () => {
    expect(typed('Zetara raised funds led by Maria Lopez & Tomas Brel of Orbit Capital.')).toEqual([
      'Maria Lopez:Person', 'Orbit Capital:Organization', 'Tomas Brel:Person', 'Zetara:Project'
    ])
  })
  it('should keep a company name with an ampersand whole', () => {
    expect(typed('Zetara hired Quill & Vane to audit it.').map((t) => t.split(':')[0])).toContain('Quill & Vane')
  })
  it('should split a hyphenated pair of the document\'s names, and cut a modifier off a name', () => {
    expect(typed('Zetara and Omirex opened the Zetara-Omirex bridge. AI-generated art grew.').map((t) => t.split(':')[0])).toEqual(['Omirex', 'Zetara'])
  })
})
