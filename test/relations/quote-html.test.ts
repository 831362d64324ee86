import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'
import { htmlQuoteParagraphs } from '../../src/markdown/html-quote.js'
import { parseMarkdown } from '../../src/markdown/parse.js'

/** Speaker and first three words of every quote of an article. */
function quotesOf(markdown: string): Array<[string, string]> {
  return extract(markdown).quotes().map((q) => [q.speakerName, q.text.split(' ').slice(0, 3).join(' ')])
}

describe('quotations written as HTML or MDX', () => {
  it('should attribute a <blockquote> signed by a <cite> dash line', () => {
    const md = 'Orbit Labs joins the Zeta Alliance.\n\n<blockquote>\n“Orbit Labs is glad to join the Zeta Alliance and help it grow.”\n<cite>— Maria Lopez, CTO at Orbit Labs</cite>\n</blockquote>\n'
    expect(quotesOf(md)).toEqual([['Maria Lopez', 'Orbit Labs is']])
  })

  it('should attribute a component quote to the person its caption names', () => {
    const md = 'Orbit Labs backs Zeta.\n\n<Quote img="maria.png" caption="Maria Lopez, Partner at Orbit Labs.">\n  <p>We are proud to back Zeta for a second time.</p>\n  <p>\n    The team keeps shipping.\n  </p>\n</Quote>\n'
    expect(quotesOf(md)).toEqual([['Maria Lopez', 'We are proud'], ['Maria Lopez', 'The team keeps']])
  })

  it('should attribute an embedded post to the account its dash line names', () => {
    const md = 'Zeta Labs said it was impressed.\n\n<div>\n  <blockquote className="post">\n    <p>Really impressed with <a href="https://example.org">@omicron</a>. We&#39;ve been busy all week and it held.</p>\n    &mdash; Zeta Labs (@zetalabs) <a href="https://example.org/1">May 2, 2020</a>\n  </blockquote>\n</div>\n'
    expect(quotesOf(md)).toEqual([['Zeta Labs', 'Really impressed with']])
  })

  it('should map every character of the text to its source', () => {
    const html = '<blockquote>\n  <p>We&#39;ve  <em>won</em>.</p>\n  &mdash; Omar\n</blockquote>'
    const [said, signed] = htmlQuoteParagraphs(html, 100)
    expect(said!.text).toBe("We've won.")
    expect(said!.starts[2]).toBe(100 + html.indexOf('&#39;'))
    expect(signed!.text).toBe('— Omar')
    expect(signed!.ends[0]).toBe(100 + html.indexOf('&mdash;') + '&mdash;'.length)
  })

  it('should keep exact source offsets for blocks read from HTML', () => {
    const md = 'Intro.\n\n<Quote caption="Maria Lopez, CEO">\n  <p>Zeta grows fast.</p>\n</Quote>\n'
    const doc = parseMarkdown(md)
    for (const block of doc.blocks) {
      const source = md.slice(block.offsets[0], block.offsets[block.text.length])
      expect(source.replace(/<[^>]*>|\s+/g, '')).toBe(block.text.replace(/\s+/g, ''))
    }
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'blockquote', 'blockquote'])
  })

  it('should still skip HTML that is not a quotation', () => {
    const doc = parseMarkdown('Intro.\n\n<div class="card">\n  <p>Zeta Labs widget</p>\n</div>\n')
    expect(doc.blocks.map((b) => b.text)).toEqual(['Intro.'])
  })
})

describe('a signature under a blockquote', () => {
  it('should attribute a quoted blockquote to the name and role on its last paragraph', () => {
    const md = 'Zeta partners with Orbit Labs.\n\n> “We are proud to host the Orbit Labs app on Zeta.”\n>\n> Maria Lopez, CEO of Zeta\n\nMore text follows.\n'
    expect(quotesOf(md)).toEqual([['Maria Lopez', 'We are proud']])
  })

  it('should not read a sentence in a blockquote as a signature', () => {
    const md = 'Zeta partners with Orbit Labs.\n\n> “We are proud to host the Orbit Labs app on Zeta.”\n>\n> Maria Lopez joined Zeta in May and has led it since.\n'
    expect(quotesOf(md)).toEqual([])
  })
})

describe('bare blockquotes under a dash line', () => {
  it('should read a blockquote holding only a scare-quoted phrase as the quotation', () => {
    const md = 'Zeta joins.\n\n> Zeta is glad to join and to bring a lot of ‘what ifs’ to the table for every member.\n>\n> -- Maria Lopez, CTO at Zeta\n'
    expect(quotesOf(md)).toEqual([['Maria Lopez', 'Zeta is glad']])
  })

  it('should take a dash line whose role follows a semicolon', () => {
    const md = 'Zeta joins.\n\n> Zeta is glad to join the group as a founding member today.\n>\n> — Maria Lopez; VP, Platforms; Director, Systems\n'
    expect(quotesOf(md)).toEqual([['Maria Lopez', 'Zeta is glad']])
  })
})
