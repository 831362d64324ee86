import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseMarkdown } from '../../src/markdown/index.js'
import type { MarkdownDocument, TextSpan } from '../../src/markdown/index.js'

const fixture = readFileSync(new URL('../../fixtures/kusama-2019-11.md', import.meta.url), 'utf8')

/**
 * Check the offset invariants of a span: one offset per character plus the
 * end, strictly increasing, and (when `exact`) every character equal to its
 * source character, line breaks and tabs shown as spaces.
 *
 * @param source Markdown source.
 * @param span Block or sentence.
 * @param exact Whether every character must equal its source character.
 */
function expectMapped(source: string, span: TextSpan, exact = true): void {
  expect(span.offsets).toHaveLength(span.text.length + 1)
  for (let i = 0; i < span.text.length; i++) {
    expect(span.offsets[i]!).toBeLessThan(span.offsets[i + 1]!)
    if (!exact) continue
    const c = source.slice(span.offsets[i]!, span.offsets[i]! + 1)
    expect(c === span.text[i] || (span.text[i] === ' ' && /\s/.test(c)), `${JSON.stringify(c)} at ${i} of ${JSON.stringify(span.text)}`).toBe(true)
  }
  expect(span.offsets[span.text.length]!).toBeLessThanOrEqual(source.length)
}

/**
 * Check every block and sentence of a document.
 *
 * @param doc Parsed document.
 * @param exact Whether every character must equal its source character.
 */
function expectDocumentMapped(doc: MarkdownDocument, exact = true): void {
  for (const span of [...doc.blocks, ...doc.sentences]) expectMapped(doc.source, span, exact)
  for (const sentence of doc.sentences) {
    const block = doc.blocks[sentence.block]!
    expect(block.text.slice(sentence.blockOffset, sentence.blockOffset + sentence.text.length)).toBe(sentence.text)
    expect(sentence.offsets.slice(0, -1)).toEqual(block.offsets.slice(sentence.blockOffset, sentence.blockOffset + sentence.text.length))
    expect(block.sentences).toContain(sentence.index)
  }
}

/**
 * The source of a text range of a span.
 *
 * @param source Markdown source.
 * @param span Span.
 * @param from Start in `span.text`.
 * @param to End in `span.text`.
 * @returns The source slice.
 */
function sourceOf(source: string, span: TextSpan, from: number, to: number): string {
  return source.slice(span.offsets[from]!, span.offsets[to]!)
}

describe('parseMarkdown on the fixture', () => {
  const doc = parseMarkdown(fixture)

  it('should read the title and the date', () => {
    expect(doc.title).toBe('Kusama News - November 2019')
    expect(doc.date).toBe('2019-11')
    expect(doc.source).toBe(fixture)
    expect(doc.frontmatter).toBeUndefined()
  })
  it('should start a new heading path at the second level-1 heading', () => {
    // The fixture has two H1s; a heading closes every open heading of its level
    // or deeper, so the second H1 replaces the first at the root of the path.
    const s = doc.sentences.find((x) => x.text.includes('Kusama Council'))!
    expect(s.section).toEqual(["Kusama Network Thrives; Polkadot's Wild Cousin Shines", 'Kusama Unveils Upgraded OpenGov Infrastructure'])
    expect(doc.blocks[0]!.section).toEqual(['Kusama News - November 2019'])
    expect(doc.blocks[1]!.section).toEqual(["Kusama Network Thrives; Polkadot's Wild Cousin Shines"])
  })
  it('should give each heading a path ending with itself', () => {
    for (const block of doc.blocks.filter((b) => b.kind === 'heading')) expect(block.section.at(-1)).toBe(block.text)
    expect(doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.depth)).toEqual([1, 1, 2, 2, 2, 2, 2, 2])
  })
  it('should split the last paragraph so the quote sentence ends with strategy."', () => {
    const last = doc.blocks.at(-1)!
    const texts = last.sentences.map((i) => doc.sentences[i]!.text)
    expect(texts.at(-1)).toBe('It\'s providing invaluable insights that will directly benefit Polkadot\'s development and launch strategy."')
    expect(texts.at(-2)!.endsWith('in terms of both technical performance and community engagement.')).toBe(true)
    expect(texts[1]).toBe('The Web3 Foundation suggests that the first parachain slot auctions could unfold as early as Q1 2020.')
  })
  it('should split after a closing quote inside a paragraph', () => {
    expect(doc.sentences.some((s) => s.text.endsWith('under the name "Karura."'))).toBe(true)
  })
  it('should map every character of every block and sentence back to the source', () => {
    expect(doc.sentences.length).toBe(29)
    expectDocumentMapped(doc)
  })
  it('should give sentence spans whose source matches across line breaks', () => {
    const s = doc.sentences.find((x) => x.text.includes('Gavin Wood, Kusama'))!
    const at = s.text.indexOf('Gavin Wood')
    expect(sourceOf(fixture, s, at, at + 'Gavin Wood'.length)).toBe('Gavin\nWood')
    expect(fixture.slice(s.offsets[0], s.offsets.at(-1))).toBe(
      'Launched by Polkadot founder Gavin\nWood, Kusama is the playground where developers can safely test their\napplications before running them on the main platform.'
    )
  })
  it('should number blocks and sentences in document order', () => {
    doc.blocks.forEach((b, i) => expect(b.index).toBe(i))
    doc.sentences.forEach((s, i) => {
      expect(s.index).toBe(i)
      expect(s.kind).toBe(doc.blocks[s.block]!.kind)
      expect(s.section).toEqual(doc.blocks[s.block]!.section)
    })
    expect(doc.blocks.flatMap((b) => b.sentences)).toEqual(doc.sentences.map((s) => s.index))
  })
  it('should record line starts of the source', () => {
    expect(doc.lineStarts[0]).toBe(0)
    expect(doc.lineStarts).toHaveLength(fixture.split('\n').length)
  })
})

describe('parseMarkdown inline syntax', () => {
  it('should keep a bare URL as it is written, markdown-like characters and all', () => {
    const md = 'See https://example.com/_foo_/a*b*c~~x~~ and www.example.org/_y_ for Orbit_ Labs.'
    const doc = parseMarkdown(md)
    expect(doc.sentences[0]!.text).toBe(md)
    expectDocumentMapped(doc)
  })
  it('should read strikethrough, tables and footnotes in a document with no URL', () => {
    const md = 'Orbit ~~old~~ Labs grew.[^1]\n\n| a | b |\n| - | - |\n| Zeta | Nova |\n\n[^1]: A note.'
    const texts = parseMarkdown(md).sentences.map((s) => s.text)
    expect(texts).toContain('Orbit old Labs grew.')
    expect(texts).toEqual(expect.arrayContaining(['Zeta', 'Nova']))
    expect(texts).not.toContain('| Zeta | Nova |')
  })
  it('should drop emphasis, strong, link and code markers', () => {
    const md = 'Hello *big* __bold__ [world](http://x "t") ~~old~~ `code` end.'
    const doc = parseMarkdown(md)
    const s = doc.sentences[0]!
    expect(s.text).toBe('Hello big bold world old code end.')
    expectDocumentMapped(doc)
    // A character's own source is one character here; a range runs up to the start of its next character.
    expect(md.slice(s.offsets[6], s.offsets[8]! + 1)).toBe('big')
    expect(sourceOf(md, s, 6, 9)).toBe('big*')
    expect(md.slice(s.offsets[6], s.offsets[13]! + 1)).toBe('big* __bold')
    expect(md.slice(s.offsets[0], s.offsets.at(-1))).toBe(md)
  })
  it('should map backslash escapes to the escaped character', () => {
    const md = 'A \\*starred\\* name \\\\ here.'
    const s = parseMarkdown(md).sentences[0]!
    expect(s.text).toBe('A *starred* name \\ here.')
    expectDocumentMapped(parseMarkdown(md))
    expect(md[s.offsets[2]!]).toBe('*')
    expect(md.slice(s.offsets[2], s.offsets[11])).toBe('*starred\\*')
  })
  it('should map character references to their whole source', () => {
    const md = 'AT&amp;T &copy; 2020 &#x1F600; &#169; &nvlt; done.'
    const doc = parseMarkdown(md)
    const s = doc.sentences[0]!
    expect(s.text).toBe('AT&T © 2020 😀 © <⃒ done.')
    expectDocumentMapped(doc, false)
    const at = s.text.indexOf('&')
    expect(sourceOf(md, s, at, at + 1)).toBe('&amp;')
    expect(sourceOf(md, s, 0, 4)).toBe('AT&amp;T')
    const emoji = s.text.indexOf('😀')
    expect(sourceOf(md, s, emoji, emoji + 2)).toBe('&#x1F600;')
    const nvlt = s.text.indexOf('<')
    expect(sourceOf(md, s, nvlt, nvlt + 2)).toBe('&nvlt;')
  })
  it('should end a sentence after a reference at the end of its source', () => {
    const md = 'Ends with &amp; Next one &amp;'
    const doc = parseMarkdown(md)
    expect(doc.sentences.map((s) => s.text)).toEqual(['Ends with & Next one &'])
    expect(md.slice(doc.sentences[0]!.offsets[0], doc.sentences[0]!.offsets.at(-1))).toBe(md)
  })
  it('should keep unknown references as text', () => {
    const md = 'Tom &foo; and a lone & sign.'
    const doc = parseMarkdown(md)
    expect(doc.sentences[0]!.text).toBe(md)
    expectDocumentMapped(doc)
  })
  it('should turn soft and hard line breaks into one space each', () => {
    const md = 'One line\nsoft  \nhard\\\nslash end.'
    const doc = parseMarkdown(md)
    const s = doc.sentences[0]!
    expect(s.text).toBe('One line soft hard slash end.')
    expectDocumentMapped(doc)
    expect(md[s.offsets[s.text.indexOf(' hard')]!]).toBe('\n')
    expect(md[s.offsets[s.text.indexOf(' slash')]!]).toBe('\n')
  })
  it('should map inline code, including code spanning lines in a blockquote', () => {
    const md = '> See `` a`b `` and `x\n> y` now.'
    const doc = parseMarkdown(md)
    const s = doc.sentences[0]!
    expect(s.text).toBe('See a`b and x y now.')
    expectDocumentMapped(doc)
    expect(md.slice(s.offsets[4], s.offsets[6]! + 1)).toBe('a`b')
    expect(md.slice(s.offsets[12], s.offsets[14]! + 1)).toBe('x\n> y')
  })
  it('should skip images and inline html but keep the text around them', () => {
    const md = 'A ![logo](x.png) <b>bold</b> word.'
    const doc = parseMarkdown(md)
    expect(doc.sentences[0]!.text).toBe('A  bold word.')
    expectDocumentMapped(doc)
  })
})

describe('parseMarkdown blocks', () => {
  it('should read YAML frontmatter and its date', () => {
    const doc = parseMarkdown('---\ntitle: Hello\ndate: 2021-03-04\ntags: [a, b]\n---\n# News - November 2019\n\nText.\n')
    expect(doc.frontmatter).toEqual({ title: 'Hello', date: '2021-03-04', tags: ['a', 'b'] })
    expect(doc.date).toBe('2021-03-04')
    expect(doc.title).toBe('News - November 2019')
    expect(doc.sentences.map((s) => s.text)).toEqual(['News - November 2019', 'Text.'])
  })
  it('should ignore broken or non-mapping frontmatter', () => {
    for (const yaml of ['date: [unclosed', '- a\n- b', 'key: 1\nkey: 2']) {
      const doc = parseMarkdown(`---\n${yaml}\n---\n# T\n\nText.\n`)
      expect(doc.frontmatter).toBeUndefined()
      expect(doc.sentences.map((s) => s.text)).toEqual(['T', 'Text.'])
    }
  })
  it('should skip TOML frontmatter', () => {
    const doc = parseMarkdown('+++\ntitle = "Hidden"\n+++\n\nText.\n')
    expect(doc.frontmatter).toBeUndefined()
    expect(doc.sentences.map((s) => s.text)).toEqual(['Text.'])
  })
  it('should take the date from the first block after the title', () => {
    expect(parseMarkdown('# Kusama News\n\n*Published March 3, 2020*\n\nText.').date).toBe('2020-03-03')
    expect(parseMarkdown('# Kusama News\n\nText.').date).toBeUndefined()
  })
  it('should make each GFM table cell one block and one sentence', () => {
    const md = '| Name | Note |\n|---|---|\n| Orbit Labs | Built it. Then *left*. |\n'
    const doc = parseMarkdown(md)
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['tableCell', 'Name'], ['tableCell', 'Note'], ['tableCell', 'Orbit Labs'], ['tableCell', 'Built it. Then left.']
    ])
    expect(doc.sentences).toHaveLength(4)
    expectDocumentMapped(doc)
  })
  it('should skip code blocks, html blocks and thematic breaks', () => {
    const md = '# T\n\n```js\nconst x = "Not Text."\n```\n\n    indented code\n\n<div>\nHidden Name\n</div>\n\n---\n\nVisible.\n'
    expect(parseMarkdown(md).sentences.map((s) => s.text)).toEqual(['T', 'Visible.'])
  })
  it('should skip blocks without a letter or digit', () => {
    expect(parseMarkdown('Text.\n\n* * *\n\n—\n\n![only](image.png)\n').sentences.map((s) => s.text)).toEqual(['Text.'])
  })
  it('should mark list items and blockquotes, the nearest container winning', () => {
    const md = '- Orbit Labs grew.\n  > Quoted in a list.\n\n> Vega said so.\n> - Listed in a quote.\n\nPlain.\n'
    const doc = parseMarkdown(md)
    expect(doc.sentences.map((s) => [s.kind, s.text])).toEqual([
      ['listItem', 'Orbit Labs grew.'],
      ['blockquote', 'Quoted in a list.'],
      ['blockquote', 'Vega said so.'],
      ['listItem', 'Listed in a quote.'],
      ['paragraph', 'Plain.']
    ])
    expectDocumentMapped(doc)
  })
  it('should map continuation lines of lists and blockquotes exactly', () => {
    const md = '> First line\n> second line.\n\n- Item one\n  continues here.\n'
    const doc = parseMarkdown(md)
    expect(doc.sentences.map((s) => s.text)).toEqual(['First line second line.', 'Item one continues here.'])
    expectDocumentMapped(doc)
    const s = doc.sentences[0]!
    expect(sourceOf(md, s, 10, 17)).toBe('\n> second')
    expect(sourceOf(md, s, 11, 17)).toBe('second')
    const item = doc.sentences[1]!
    expect(sourceOf(md, item, 8, 18)).toBe('\n  continues')
  })
  it('should keep one sentence per heading, whatever its dots', () => {
    const doc = parseMarkdown('## Dr. Who. Returns! Again.\n')
    expect(doc.sentences.map((s) => s.text)).toEqual(['Dr. Who. Returns! Again.'])
    expect(doc.title).toBeUndefined()
  })
  it('should nest sections by depth and close deeper ones', () => {
    const doc = parseMarkdown('# A\n\n## B\n\n### C\n\nIn C.\n\n## D\n\nIn D.\n\n#### E\n\nIn E.\n')
    const section = (text: string): string[] => doc.sentences.find((s) => s.text === text)!.section
    expect(section('In C.')).toEqual(['A', 'B', 'C'])
    expect(section('In D.')).toEqual(['A', 'D'])
    expect(section('In E.')).toEqual(['A', 'D', 'E'])
    expect(section('C')).toEqual(['A', 'B', 'C'])
  })
  it('should read setext headings', () => {
    const doc = parseMarkdown('Big Title\n=========\n\nText.\n')
    expect(doc.title).toBe('Big Title')
    expect(doc.blocks[0]!.depth).toBe(1)
  })
})

describe('parseMarkdown line endings', () => {
  it('should handle CRLF input', () => {
    const md = '# T\r\n\r\nFirst line\r\nsecond line.  \r\nThird. Fourth.\r\n'
    const doc = parseMarkdown(md)
    expect(doc.sentences.map((s) => s.text)).toEqual(['T', 'First line second line.', 'Third.', 'Fourth.'])
    expectDocumentMapped(doc)
    const s = doc.sentences[1]!
    // "\r\n" is one space, mapped to the "\r" with its source ending after the "\n".
    expect(sourceOf(md, s, 10, 11)).toBe('\r\n')
    expect(doc.lineStarts).toEqual([0, 5, 7, 19, 35, 51])
  })
  it('should handle lone CR input', () => {
    const md = '# T\r\rFirst line\rsecond line.'
    const doc = parseMarkdown(md)
    expect(doc.sentences.map((s) => s.text)).toEqual(['T', 'First line second line.'])
    expectDocumentMapped(doc)
    expect(md.slice(doc.sentences[1]!.offsets[0], doc.sentences[1]!.offsets[5])).toBe('First')
    expect(doc.lineStarts).toEqual([0, 4, 5, 16])
  })
  it('should tolerate a byte-order mark and keep offsets into the original', () => {
    const md = '\uFEFF# Kusama News - November 2019\n\nGavin Wood spoke.\n'
    const doc = parseMarkdown(md)
    expect(doc.source).toBe(md)
    expect(doc.title).toBe('Kusama News - November 2019')
    expect(doc.date).toBe('2019-11')
    expectDocumentMapped(doc)
    expect(md.slice(doc.sentences[1]!.offsets[0], doc.sentences[1]!.offsets[5])).toBe('Gavin')
  })
  it('should turn tabs into spaces', () => {
    const doc = parseMarkdown('A\tword.')
    expect(doc.sentences[0]!.text).toBe('A word.')
    expectDocumentMapped(doc)
  })
})

describe('parseMarkdown on MDX component markup', () => {
  it('should skip a paragraph opened by a JSX component tag and keep the text around it', () => {
    const source = [
      'Zeta Labs ships Orbit.',
      '',
      '<LogoWall',
      '  smCols={3}',
      "  images={[{ name: 'omicron-bank', image: '/logos/omicron-bank.png' }]}",
      '/>',
      '',
      '</Callout>',
      '',
      'Maria Lopez leads Orbit.',
    ].join('\n')
    const texts = parseMarkdown(source).sentences.map((sentence) => sentence.text)
    expect(texts).toEqual(['Zeta Labs ships Orbit.', 'Maria Lopez leads Orbit.'])
  })

  it('should keep a paragraph that only mentions a lower-case html tag or a comparison', () => {
    const texts = parseMarkdown('<b>Zeta</b> rose.\n\nA < B holds for Orbit.').sentences.map((sentence) => sentence.text)
    expect(texts.join(' ')).toContain('Orbit')
    expect(texts.join(' ')).toContain('Zeta')
  })
})
