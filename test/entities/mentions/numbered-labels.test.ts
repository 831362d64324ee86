import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('numbered sequence nouns', () => {
  it('should not take a numbered phase or step for a name', () => {
    const md = '### Phase 1: Start small\n\nLast week Zetara planned Phase 2 (Step 3: tooling) with Orbix.'
    expect(names(md)).toEqual(['Orbix', 'Zetara'])
  })
  it('should keep such a word that the document also uses without a number', () => {
    expect(names('Last week Orbix funded Wave, and Wave 2 of Zetara starts.')).toContain('Wave')
  })
})
