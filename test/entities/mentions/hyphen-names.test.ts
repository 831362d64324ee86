import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('a hyphenated name spelled in two cases', () => {
  it('should not leave the first part alone when the document capitalises the whole name elsewhere', () => {
    const md = 'Zeltrix-lightning had a modular design. Later the Zeltrix-Lightning library grew.'
    expect(names(md)).not.toContain('Zeltrix')
  })
  it('should keep a name before a lower-case modifier the document never capitalises', () => {
    expect(names('Orbix is a Zeltrix-based wallet. Zeltrix grew.')).toContain('Zeltrix')
  })
})
