import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/index.js'

const quotesOf = (md: string): Array<[string, string]> => extract(md, { knowledgeBase: false }).quotes().map((q) => [q.speakerName, q.text.split(' ').slice(0, 2).join(' ')])

describe('speakers named by a surname that reads as a word', () => {
  it('should attribute a quotation to the person named in full before', () => {
    const md = '"Orbix grows," said Maria T. Fishing, chairman of Orbix Labs.\n\n"The team will stay," added Fishing.\n'
    expect(quotesOf(md)).toEqual([['Maria T. Fishing', 'Orbix grows'], ['Maria T. Fishing', 'The team']])
  })
  it('should not take such a word for a name when no person bears it', () => {
    const names = extract('Orbix Labs is fishing for help, and Fishing went well.', { knowledgeBase: false }).entities().map((e) => e.name)
    expect(names).not.toContain('Fishing')
  })
})

describe('suffix words are no surnames', () => {
  it('should not keep a suffix word used alone because a name ends with it, nor cut it off a glued name', () => {
    const names = extract('Maria Chain joined Orbix Labs. Later the Chain configuration grew, and Orbix added PlumChain.', { knowledgeBase: false }).entities().map((e) => e.name)
    expect(names).not.toContain('Chain')
    expect(names).toContain('PlumChain')
  })
})
