import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('departments inside job titles', () => {
  it('should not take a department between a role head and a role word for a name', () => {
    const found = names('“We grow,” said Maria Quell, VP of Deep Harbor Marketing & Strategy at Orbix Labs.')
    expect(found).not.toContain('Deep Harbor')
    expect(found).toContain('Orbix Labs')
  })
  it('should not take a field after a role word, or a unit before another, for a name', () => {
    const found = names('“We grow,” said Maria Quell, Vice President, Cloud Harbor and Developer Experience, Orbix Research.')
    expect(found).not.toContain('Cloud Harbor')
    expect(found).not.toContain('Experience')
    expect(found).toContain('Orbix Research')
  })
  it('should not take a department that ends a title for a name', () => {
    expect(names('Tavix Brel joins us from Orbix, where he served as Head of APAC Sales Engineering.')).toEqual(['Orbix', 'Tavix Brel'])
  })
  it('should keep the organisation named right after a title', () => {
    expect(names('“We grow,” said Maria Quell, Vice President, Zetara.')).toContain('Zetara')
  })
})

describe('suffix words used as verbs', () => {
  it('should cut a suffix read as a verb off a headline name', () => {
    expect(names('# Zetara Network Partners with Orbix Labs\n\nZetara Network grew with Orbix Labs.')).toEqual(['Orbix Labs', 'Zetara Network'])
  })
  it('should keep the suffix of a name', () => {
    expect(names('Last week Qorvane Partners led the round.')).toContain('Qorvane Partners')
  })
})

describe('compounds, URL paths and compound nouns after a possessive', () => {
  it('should not take a common word cut off a hyphenated modifier for a name', () => {
    expect(names('## Stage 3: Cloud-native Orbix\n\nWhat does a Cloud-native Orbix look like in the cloud?')).toEqual(['Orbix'])
  })
  it('should not take the path after a bare host for a name', () => {
    expect(names('Orbix Labs posted pic.example.com/dQ7xqTZab today.')).toEqual(['Orbix Labs'])
  })
  it('should not take a foundation model for a foundation', () => {
    expect(names('Last week Orbix Research’s foundation model training grew.')).toEqual(['Orbix Research'])
  })
})

describe('names before a hyphenated modifier', () => {
  it('should keep a word the document never writes in lower case', () => {
    expect(names('Last week Orbix shipped Lattice-based tools.')).toContain('Lattice')
  })
})

describe('the employer inside a title', () => {
  it('should keep a name ending with a company suffix before a role word', () => {
    expect(names('“We grow,” said Maria Quell, Vice President, Zetara Labs Strategy.')).toContain('Zetara Labs')
  })
})
