import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('feature labels of list items', () => {
  it('should not take a bold label built like an abstract noun for a name', () => {
    const md = 'Last week Orbix grew fast.\n\n- **Authorisation:** for sign-ups.\n- **Zetara**: the query engine.\n'
    expect(names(md)).toEqual(['Orbix', 'Zetara'])
  })
  it('should not keep the last word of a Title Case label of plain nouns', () => {
    const md = 'Last week Orbix grew fast.\n\n- **File Level Encryption:** restrict access.\n- **Page Access Tokens:** per user.\n'
    expect(names(md)).toEqual(['Orbix'])
  })
  it('should still keep a name after a stripped determiner or verb', () => {
    expect(names('The Zetara network grew.')).toContain('Zetara')
  })
})

describe('heading words vouched for by a longer body name', () => {
  it('should not keep a common word of a heading because a body name contains it', () => {
    expect(names('Last week the Zetara System Interface shipped.\n\n## System Notes\n\nOrbix grew fast.')).not.toContain('System')
  })
})
