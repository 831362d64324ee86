import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mergeGraphs, type Evidence, type GraphJSON } from '../../src/index.js'
import { usedAsName } from '../../src/graph/name-use.js'

const mention = (text: string, sentence: string, type = 'Project', source = 'a.md'): Evidence => {
  const at = Math.max(0, sentence.indexOf(text))
  return { text, sentence: 0, start: { offset: at, line: 1, column: at + 1 }, end: { offset: at + text.length, line: 1, column: at + text.length + 1 }, rule: 'test', type }
}

describe('usedAsName', () => {
  it('should take a capitalised word inside a sentence, or before a head noun, as a name', () => {
    expect(usedAsName(mention('Substrate', 'Apps are built with Substrate today.'), 'Apps are built with Substrate today.')).toBe(true)
    expect(usedAsName(mention('Substrate', 'It ships the Substrate framework.'), 'It ships the Substrate framework.')).toBe(true)
    expect(usedAsName(mention('Moonbeam', 'Users moved to the Moonbeam network.', 'Network'), 'Users moved to the Moonbeam network.')).toBe(true)
    expect(usedAsName(mention('CHAOS', 'The CHAOS token fell.', 'Token'), 'The CHAOS token fell.')).toBe(true)
  })
  it('should not take a generic use, a first word, a title or a surname for a name', () => {
    expect(usedAsName(mention('Council', 'The vote passed after the Council met.', 'Organization'), 'The vote passed after the Council met.')).toBe(false)
    expect(usedAsName(mention('Council', "The vote passed after Zeta's Council met.", 'Organization'), "The vote passed after Zeta's Council met.")).toBe(false)
    expect(usedAsName(mention('Substrate', 'Substrate grew last month.'), 'Substrate grew last month.')).toBe(false)
    expect(usedAsName(mention('Substrate', '"Substrate grew," she said.'), '"Substrate grew," she said.')).toBe(false)
    expect(usedAsName(mention('Substrate', 'Substrate Builders Program Opens Its Doors Today'), 'Substrate Builders Program Opens Its Doors Today')).toBe(false)
    expect(usedAsName(mention('Wood', 'Later, Wood said more.', 'Person'), 'Later, Wood said more.')).toBe(false)
    expect(usedAsName(mention('substrate', 'Apps use substrate here.'), 'Apps use substrate here.')).toBe(false)
  })
})

describe('mergeGraphs with names that are English words', () => {
  const graph = (source: string, name: string, type: string, sentence: string, aliases: string[] = [], mentionText = name): GraphJSON => ({
    attributes: { generator: 'markgraph', source, sentences: [{ text: sentence, section: [], offset: 0, source }], headings: [] },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [{ key: name, attributes: { name, type, aliases, mentions: [mention(mentionText, sentence, type, source)], quotes: [] } }],
    edges: []
  })
  const documentsOf = (merged: ReturnType<typeof mergeGraphs>, name: string) => merged.entities().filter((e) => e.name === name).map((e) => e.documents)

  it('should join them across documents only where an article uses them as names', () => {
    const merged = mergeGraphs(
      graph('a.md', 'Substrate', 'Project', 'Apps are built with Substrate today.'),
      graph('b.md', 'Substrate', 'Project', 'Builders use Substrate.'),
      graph('c.md', 'Board', 'Organization', 'The vote passed after the Board met.'),
      graph('d.md', 'Board', 'Organization', 'Then the Board met again.'),
      graph('e.md', 'Wood', 'Person', 'Later, Wood said more.'),
      graph('f.md', 'Wood', 'Person', 'Later, Wood said more.')
    )
    expect(documentsOf(merged, 'Substrate')).toEqual([['a.md', 'b.md']])
    expect(documentsOf(merged, 'Board')).toEqual([['c.md'], ['d.md']])
    expect(documentsOf(merged, 'Wood')).toEqual([['e.md'], ['f.md']])
  })

  it('should stay associative and commutative when name use decides the joins', () => {
    // A name used as a name in one graph, generically in others, and reached through aliases.
    const inputs = [
      graph('a.md', 'Substrate', 'Project', 'Apps are built with Substrate today.'),
      graph('b.md', 'Substrate', 'Project', 'The vote passed after the Substrate met.'),
      graph('c.md', 'Substrate Kit', 'Project', 'The vote passed after the Substrate met.', ['Substrate'], 'Substrate'),
      graph('d.md', 'Substrate Kit', 'Project', 'Many teams now like using Substrate Kit for their apps.'),
      graph('e.md', 'Substrate', 'Organization', 'Money went to Substrate again.'),
      graph('f.md', 'Substrate', 'Person', 'Later, Substrate said more.')
    ]
    const json = (g: ReturnType<typeof mergeGraphs>) => JSON.stringify(g.toJSON())
    const all = json(mergeGraphs(...inputs))
    fc.assert(
      fc.property(fc.shuffledSubarray(inputs, { minLength: inputs.length, maxLength: inputs.length }), fc.integer({ min: 1, max: inputs.length - 1 }), (order, cut) => {
        expect(json(mergeGraphs(mergeGraphs(...order.slice(0, cut)), mergeGraphs(...order.slice(cut))))).toBe(all)
      }),
      { numRuns: 60 }
    )
  })
})
