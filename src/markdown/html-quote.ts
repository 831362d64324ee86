/**
 * Quotations written as HTML or MDX inside markdown: `<blockquote>…<cite>—
 * Maria Lopez</cite></blockquote>`, embedded posts, and components such as
 * `<Quote caption="Maria Lopez, CEO of Orbit Labs">…</Quote>`. Other HTML
 * stays skipped (layout, widgets): only these carry article text.
 */
import type { MappedText } from './inline-text.js'

/** Tag names of a quotation container: `blockquote`, or a component named like one (`Quote`, `PullQuote`, `Testimonial`). */
const QUOTE_TAG = /<(?:blockquote|(?=[A-Z])[\w.]*(?:Quote|Testimonial)[\w.]*)(?=[\s/>])/
/** Attributes of a quotation component that name its speaker. */
const SPEAKER_ATTRIBUTES = ['caption', 'author', 'attribution', 'speaker', 'by']
/** A tag or comment; quoted attribute values may hold `>`. */
const TAG = /<!--[\s\S]*?-->|<\/?[A-Za-z][\w.:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g
/** Tags that end a paragraph of the quotation (an inline tag such as `<a>` or `<em>` does not). */
const BREAKING = /^<\/?(?:p|div|blockquote|cite|figcaption|figure|footer|br|li|ul|ol|h[1-6]|[A-Z][\w.]*)(?=[\s/>])/
/** Character references a quotation commonly holds. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”' }
const REFERENCE = /^&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z]+));/

/**
 * Whether an HTML block holds a quotation container.
 *
 * @param html Raw HTML of the block.
 * @returns Whether {@link htmlQuoteParagraphs} reads it.
 */
export function isHtmlQuote(html: string): boolean {
  return QUOTE_TAG.test(html)
}

/**
 * The paragraphs of an HTML quotation block, each character mapped to its
 * source offset: text between tags, cut at block tags (`<p>`, `<cite>`,
 * `<br>`, components) and blank lines, white space collapsed, character
 * references decoded. A speaker attribute of a component (`caption`,
 * `author`, `attribution`, `speaker`, `by`) comes last, as the signature
 * under the quotation.
 *
 * @param html Raw HTML of the block.
 * @param from Offset of the block in the source.
 * @returns Paragraphs holding a letter or digit, in reading order.
 */
export function htmlQuoteParagraphs(html: string, from: number): MappedText[] {
  const paragraphs: MappedText[] = []
  const signatures: MappedText[] = []
  let current: MappedText = { text: '', starts: [], ends: [] }
  const flush = (): void => {
    if (/[\p{L}\p{N}]/u.test(current.text)) paragraphs.push(trimMapped(current))
    current = { text: '', starts: [], ends: [] }
  }
  let pos = 0
  for (const tag of html.matchAll(TAG)) {
    appendText(html, pos, tag.index, from, current, flush)
    if (BREAKING.test(tag[0])) flush()
    for (const attribute of SPEAKER_ATTRIBUTES) {
      const value = new RegExp(`\\s${attribute}\\s*=\\s*(["'])([^"']*)\\1`).exec(tag[0])
      if (!value) continue
      const at = tag.index + value.index + value[0].length - 1 - value[2]!.length
      const signature: MappedText = { text: '', starts: [], ends: [] }
      appendText(html, at, at + value[2]!.length, from, signature, () => undefined)
      if (/[\p{L}\p{N}]/u.test(signature.text)) signatures.push(trimMapped(signature))
    }
    pos = tag.index + tag[0].length
  }
  appendText(html, pos, html.length, from, current, flush)
  flush()
  return [...paragraphs, ...signatures]
}

/**
 * Append the text of `html[start, end)`: white space runs become one space,
 * character references one character, a blank line ends the paragraph.
 *
 * @param html Raw HTML.
 * @param start Start of the text.
 * @param end End of the text.
 * @param from Offset of the HTML in the source.
 * @param out Paragraph being built; changed in place.
 * @param flush Ends the paragraph.
 */
function appendText(html: string, start: number, end: number, from: number, out: MappedText, flush: () => void): void {
  let i = start
  while (i < end) {
    const c = html[i]!
    if (/\s/.test(c)) {
      let j = i
      while (j < end && /\s/.test(html[j]!)) j++
      if (/\n[ \t]*\r?\n/.test(html.slice(i, j))) flush()
      else if (out.text !== '' && !out.text.endsWith(' ')) push(out, ' ', from + i, from + j)
      i = j
      continue
    }
    const reference = c === '&' ? REFERENCE.exec(html.slice(i, Math.min(end, i + 12))) : null
    const decoded = reference && (reference[1] ? String.fromCodePoint(Number(reference[1])) : reference[2] ? String.fromCodePoint(parseInt(reference[2], 16)) : NAMED[reference[3]!])
    if (reference && decoded && decoded.length === 1) {
      push(out, decoded === ' ' ? ' ' : decoded, from + i, from + i + reference[0].length)
      i += reference[0].length
      continue
    }
    push(out, c, from + i, from + i + 1)
    i++
  }
}

/**
 * Append one character with its source range.
 *
 * @param out Text being built.
 * @param c Character.
 * @param start Source start.
 * @param end Source end.
 */
function push(out: MappedText, c: string, start: number, end: number): void {
  out.text += c
  out.starts.push(start)
  out.ends.push(end)
}

/**
 * A mapped text without leading and trailing spaces.
 *
 * @param mapped Text.
 * @returns The trimmed text.
 */
function trimMapped(mapped: MappedText): MappedText {
  const start = mapped.text.search(/\S/)
  const end = mapped.text.trimEnd().length
  return { text: mapped.text.slice(start, end), starts: mapped.starts.slice(start, end), ends: mapped.ends.slice(start, end) }
}
