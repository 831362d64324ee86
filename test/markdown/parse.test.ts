import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findDates, parseMarkdown, splitSentences } from '../../src/markdown/index.js'
import { lineStarts, pointAt } from '../../src/markdown/position.js'

const fixture = readFileSync(new URL('../../fixtures/kusama-2019-11.md', import.meta.url), 'utf8')

describe('parseMarkdown', () => {
  const doc = parseMarkdown(fixture)

  it('should read the title and the date of the fixture', () => {
    expect(doc.title).toBe('Kusama News - November 2019')
    expect(doc.date).toBe('2019-11')
  })
  it('should give each sentence its heading path (a new H1 starts a new path)', () => {
    const s = doc.sentences.find((x) => x.text.startsWith('Kusama Council'))!
    expect(s.section).toEqual(['Kusama Network Thrives; Polkadot\'s Wild Cousin Shines', 'Kusama Unveils Upgraded OpenGov Infrastructure'])
  })
  it('should map every character of every sentence back to the source', () => {
    for (const s of doc.sentences) {
      expect(s.offsets).toHaveLength(s.text.length + 1)
      for (let i = 0; i < s.text.length; i++) {
        const c = fixture[s.offsets[i]!]
        expect(c === s.text[i] || (/\s/.test(c!) && s.text[i] === ' ')).toBe(true)
      }
    }
  })
  it('should end the quote sentence after the closing quote', () => {
    expect(doc.sentences.some((s) => s.text.endsWith('launch strategy."'))).toBe(true)
  })
  it('should strip inline markdown and keep offsets exact', () => {
    const md = 'Hello *big* [world](http://x) \\* &amp; `code` end.'
    const d = parseMarkdown(md)
    const s = d.sentences[0]!
    expect(s.text).toBe('Hello big world * & code end.')
    expect(md.slice(s.offsets[6]!, s.offsets[8]! + 1)).toBe('big')
    expect(md[s.offsets[s.text.indexOf('&')]!]).toBe('&')
  })
  it('should read frontmatter, tables, and skip code and html', () => {
    const md = '---\ndate: 2021-03-04\n---\n# T\n\n| a | b |\n|---|---|\n| Orbit Labs | y |\n\n```\nconst x = "Not Text"\n```\n\n<div>Hidden Name</div>\n'
    const d = parseMarkdown(md)
    expect(d.date).toBe('2021-03-04')
    expect(d.sentences.map((s) => s.text)).toEqual(['T', 'a', 'b', 'Orbit Labs', 'y'])
    expect(d.sentences[3]!.kind).toBe('tableCell')
  })
  it('should survive CRLF, lone CR and a BOM', () => {
    for (const md of ['\uFEFF# T\r\n\r\nFirst line\r\nsecond line.', '# T\r\rFirst line\rsecond line.']) {
      const d = parseMarkdown(md)
      const s = d.sentences.find((x) => x.text.startsWith('First'))!
      expect(s.text).toBe('First line second line.')
      expect(md.slice(s.offsets[0]!, s.offsets[5]!)).toBe('First')
    }
  })
  it('should mark list items and blockquotes', () => {
    const d = parseMarkdown('- Orbit Labs grew.\n\n> Vega said so.\n')
    expect(d.sentences.map((s) => s.kind)).toEqual(['listItem', 'blockquote'])
  })
})

describe('splitSentences', () => {
  const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end))
  it('should not split after titles, initials, decimals or e.g.', () => {
    expect(split('Dr. Wood spoke. KSM reached $509.62 in J. R. Smith\'s view, e.g. on Monday. Next one.')).toEqual([
      'Dr. Wood spoke.', 'KSM reached $509.62 in J. R. Smith\'s view, e.g. on Monday.', 'Next one.'
    ])
  })
  it('should split after a closing quote', () => {
    expect(split('He said "It works." Then he left.')).toEqual(['He said "It works."', 'Then he left.'])
  })
})

describe('pointAt', () => {
  it('should give 1-based line and column', () => {
    const starts = lineStarts(fixture)
    const at = fixture.indexOf('Wood, Kusama')
    expect(pointAt(starts, at)).toEqual({ offset: at, line: 8, column: 1 })
    expect(pointAt(starts, 0)).toEqual({ offset: 0, line: 1, column: 1 })
  })
})

describe('findDates', () => {
  const dates = (t: string, d?: string): string[] => findDates(t, d).map((f) => `${f.date.value} ${f.date.start}..${f.date.end}`)
  it('should normalise day phrases against the document date', () => {
    expect(dates('On the 4th of November, Kusama reached a milestone.', '2019-11')).toEqual(['2019-11-04 2019-11-04..2019-11-04'])
    expect(dates('Kusama\'s council passed a vote on June 2nd.', '2021-06')).toEqual(['2021-06-02 2021-06-02..2021-06-02'])
  })
  it('should read months, parts of months, quarters and years', () => {
    expect(dates('in early March things improved', '2020-03')).toEqual(['2020-03 2020-03-01..2020-03-10'])
    expect(dates('auctions could unfold as early as Q1 2020')).toEqual(['2020-Q1 2020-01-01..2020-03-31'])
    expect(dates('a debut in December 2019')).toEqual(['2019-12 2019-12-01..2019-12-31'])
    expect(dates('growth during 2021')).toEqual(['2021 2021-01-01..2021-12-31'])
  })
  it('should not take "May" the modal verb for a month', () => {
    expect(dates('May the network grow.', '2020-05')).toEqual([])
  })
})
