import { describe, expect, it } from 'vitest'
import { resolveSpeaker, speakerIn, type BlockView, type PlacedMention } from '../../src/relations/quote-speaker.js'

const TYPES: Record<number, string> = { 0: 'Person', 1: 'Organization', 2: 'Person', 3: 'Token' }
const typeOf = (entity: number): string => TYPES[entity] ?? 'Project'
const nameOf = (entity: number): string => `entity ${entity}`

/** A block whose mentions are given by their text and entity. */
function view(text: string, names: Array<[string, number]>, index = 0, sentenceOf: (pos: number) => number = () => 0): BlockView {
  const mentions: PlacedMention[] = names.map(([name, entity]) => {
    const pos = text.indexOf(name)
    return { pos, end: pos + name.length, entity, sentence: sentenceOf(pos), titled: false }
  })
  return { index, kind: 'paragraph', text, section: '', mentions, quoted: [] }
}

describe('speakerIn', () => {
  it('should take the person over the organisation they work for', () => {
    const v = view('said Maria Lopez, CEO of Orbit Labs.', [['Maria Lopez', 0], ['Orbit Labs', 1]])
    expect(speakerIn(v, 4, v.text.length, typeOf)?.entity).toBe(0)
  })

  it('should not take the organisation after a speaker it does not know', () => {
    const v = view('said Xavi Orr, CEO of Orbit Labs.', [['Orbit Labs', 1]])
    expect(speakerIn(v, 4, v.text.length, typeOf)).toBeUndefined()
  })

  it('should take the name a spokesperson speaks for', () => {
    const v = view('said a spokesperson for the Orbit Foundation', [['Orbit Foundation', 5]])
    expect(speakerIn(v, 4, v.text.length, typeOf)?.entity).toBe(5)
  })

  it('should skip a person who is the object of a preposition in subject mode', () => {
    const v = view('After a meeting with Omar Haddad, Maria Lopez ', [['Omar Haddad', 2], ['Maria Lopez', 0]])
    expect(speakerIn(v, 0, v.text.length, typeOf, 'subject')?.entity).toBe(0)
  })

  it('should never make a token speak', () => {
    const v = view('said ZET holders ', [['ZET', 3]])
    expect(speakerIn(v, 4, v.text.length, typeOf)).toBeUndefined()
  })
})

describe('resolveSpeaker', () => {
  it('should resolve to the one person of the nearest sentence that names one', () => {
    const v = view('Maria Lopez spoke. Orbit Labs grew. "Fine," he said.', [['Maria Lopez', 0], ['Orbit Labs', 1]], 0, (pos) => (pos < 19 ? 0 : 1))
    expect(resolveSpeaker([v], 0, v.text.indexOf('"'), 'he', typeOf, nameOf)).toEqual({ entity: 0, resolved: [{ text: 'he', entity: 'entity 0', how: 'last named speaker before the quotation' }] })
  })

  it('should not resolve when that sentence names two people', () => {
    const v = view('Maria Lopez met Omar Haddad. "Fine," he said.', [['Maria Lopez', 0], ['Omar Haddad', 2]])
    expect(resolveSpeaker([v], 0, v.text.indexOf('"'), 'he', typeOf, nameOf)).toBeUndefined()
  })

  it('should not count names inside quotations', () => {
    const v = view('Maria Lopez spoke: "Omar Haddad is right." "Fine," she said.', [['Maria Lopez', 0], ['Omar Haddad', 2]], 0, (pos) => (pos < 42 ? 0 : 1))
    v.quoted = [[18, 42]]
    expect(resolveSpeaker([v], 0, 43, 'she', typeOf, nameOf)?.entity).toBe(0)
  })
})
