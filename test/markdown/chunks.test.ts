import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../src/markdown/parse.js'
import { chunkBoundaries } from '../../src/markdown/chunks.js'

const fixture = readFileSync(new URL('../../fixtures/kusama-2019-11.md', import.meta.url), 'utf8')

// Everything a cut must not fall inside: frontmatter, fences and HTML
// blocks holding heading-like lines, lists and quotes before headings.
const traps = [
  '```md\n\n# not a heading in a fence\n\n```',
  '~~~~\n\n## nor in this one\n~~~\n\n# still fenced\n~~~~',
  '<!--\n\n# not a heading in a comment\n\n-->',
  '<pre>\n\n# nor in pre\n\n</pre>',
  '- Orbit Labs plans to deploy its parachain on Zeta.\n\n  # indented heading in an item',
  '> Maria Lopez founded Omicron.\n\n# Zeta Update',
  '| a | b |\n|---|---|\n| Orbit | Zeta |',
  '<div>\n- not an item: inside an HTML block\n- nor this\n</div>',
  '- Orbit Labs\n- Zeta grew\n  - nested item\n    ```\n- in a fence\n    ```\n- Quanta Finance\n1. One\n2) Two\n* * *\nA paragraph\n- that a list interrupts\n> quote\n- list after a quote'
]
const article = `---\ntitle: Zeta\n\n# not a heading in frontmatter\n---\n\n${Array.from({ length: 12 }, (_, i) => `${fixture}\n\n${traps[i % traps.length]}`).join('\n\n')}`

describe('reading a large document in pieces', () => {
  it('should cut only before headings after a blank line, outside frontmatter, fences and HTML blocks', () => {
    const cuts = chunkBoundaries(article, 50)
    expect(cuts.length).toBeGreaterThan(10)
    for (const at of cuts) {
      expect(article[at - 1]).toBe('\n')
      expect(article.slice(at)).toMatch(/^(?:#{1,6} |[-*+] |\d+[.)] )/)
      expect(article.slice(at, at + 40)).not.toMatch(/not a heading|nor in|still fenced|indented|not an item|nor this|in a fence/)
    }
    // Headings and list items both give cuts.
    expect(cuts.some((at) => article[at] === '#')).toBe(true)
    expect(cuts.some((at) => article[at] === '-')).toBe(true)
  })

  it('should give the same document as reading it whole', () => {
    const whole = parseMarkdown(article, { chunkLength: Infinity })
    for (const chunkLength of [1, 50, 2000]) expect(parseMarkdown(article, { chunkLength })).toEqual(whole)
  })

  it('should read a document with link definitions whole, since they apply everywhere', () => {
    expect(chunkBoundaries(`${article}\n\n[ref]: https://example.com`, 2000)).toEqual([])
  })

  it('should check the time budget between pieces', () => {
    let calls = 0
    parseMarkdown(article, { chunkLength: 2000, checkBudget: () => calls++ })
    expect(calls).toBe(chunkBoundaries(article, 2000).length + 1)
    expect(() => parseMarkdown(article, { chunkLength: 2000, checkBudget: () => { throw new Error('spent') } })).toThrow('spent')
  })
})
