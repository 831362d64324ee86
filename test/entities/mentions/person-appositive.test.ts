import { describe, expect, it } from 'vitest'
import { typed } from './support.js'

describe('people named before a role appositive or a speech verb', () => {
  it('should take a signature whose first name is a common word for a person', () => {
    const md = '> “We grow.”\n>\n> <cite>–Hope Varquell, Director of Research, Orbix Foundation</cite>\n'
    expect(typed(md)).toContain('Hope Varquell:Person')
  })
  it('should take an unknown first name before a role at the start of a sentence for a person', () => {
    expect(typed('Zorvek Talmane, the CEO of Orbix Labs, joined the board.')).toContain('Zorvek Talmane:Person')
  })
  it('should not take a Title Case phrase before a plain comma for a person', () => {
    expect(typed('Faith Hope, and charity grew at Orbix Labs.').map((t) => t.split(':')[0])).not.toContain('Faith Hope')
  })
})

describe('speech verbs after two capitalised words', () => {
  it('should take an unknown first name before "said" for a person, but not an adverb before a surname', () => {
    expect(typed('Zorvek Talmane said the network grew.')).toContain('Zorvek Talmane:Person')
    expect(typed('Last year Tavix Brel joined Orbix. Later Brel wrote the code.').map((t) => t.split(':')[0])).not.toContain('Later Brel')
  })
})

describe('the organisation of a signature line', () => {
  it('should take the name after the role and "@" or "at" whole, though the line reads as Title Case', () => {
    const md = '“We love it.”\n\n&ndash; Zorvek Talmane, Staff Engineer @ Quanta Cloud Systems\n\n“Great.”\n\n– Lia Brandt, Engineer at Orbix Mobile\n'
    const found = typed(md)
    expect(found.map((t) => t.split(':')[0])).toEqual(expect.arrayContaining(['Zorvek Talmane', 'Quanta Cloud Systems', 'Lia Brandt', 'Orbix Mobile']))
  })
  it('should take two initials as a first name before a role', () => {
    expect(typed('“We love it.”\n\n– TK Varquell, Staff Engineer @ Orbix Labs\n')).toContain('TK Varquell:Person')
  })
  it('should not take Title Case words after a role without a dash-led signature', () => {
    expect(typed('# Meet Our New Staff Engineer At Quanta Cloud Systems\n\nThe team grew.').map((t) => t.split(':')[0])).not.toContain('Quanta Cloud Systems')
  })
})
