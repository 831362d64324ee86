/**
 * The plain text of an inline container (heading, paragraph, table cell),
 * with the source range every character comes from.
 */
import type { Nodes, Parent } from 'mdast'

/** Plain text plus, per UTF-16 unit, the source range it comes from. */
export interface MappedText {
  /** The text: markdown syntax removed, line breaks and tabs as spaces. */
  text: string
  /** Source offset where each character's source starts; strictly increasing. */
  starts: number[]
  /** Source offset where each character's source ends (after `&amp;`, after `\r\n`). */
  ends: number[]
}

/** Inline nodes whose content is not text. */
const SKIPPED = new Set(['image', 'imageReference', 'html', 'footnoteReference'])
/** A character reference at a position (`&amp;`, `&#169;`, `&#x1F600;`); sticky. */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|[A-Za-z][A-Za-z\d]{1,31});/y
/** Characters a named reference can add after its first one (combining marks, variation selectors). */
const COMBINING = /[\u0300-\u036f\u20d0-\u20ff\ufe00-\ufe0f]/
/** ASCII punctuation: the characters a backslash can escape. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
/** Source characters a text node's value may leave out: line prefixes (`> `), indentation, trailing spaces. */
const DROPPABLE = new Set([' ', '\t', '>'])

/**
 * The text of an inline container, each character mapped to its source.
 *
 * `text` and `inlineCode` values are taken as they are (emphasis, strong and
 * link markers fall in the gaps between nodes and are skipped); images, html
 * and footnote references are left out. A `break` node, a line ending
 * (`\n`, `\r\n` or lone `\r`) or a tab becomes one space. Values that differ
 * from their source slice (backslash escapes, character references,
 * blockquote prefixes of continuation lines) are aligned greedily, so each
 * character maps to the source character it came from.
 *
 * @param node Heading, paragraph or table cell (any mdast parent).
 * @param source The markdown the tree was parsed from (positions point into it).
 * @returns The mapped text.
 */
export function inlineText(node: Parent, source: string): MappedText {
  const out: MappedText = { text: '', starts: [], ends: [] }
  for (const child of node.children) visit(child as Nodes, source, out)
  return out
}

/**
 * Append the text of one inline node (and its descendants) to `out`.
 *
 * @param node Inline node.
 * @param source Markdown source.
 * @param out Text being built; changed in place.
 */
function visit(node: Nodes, source: string, out: MappedText): void {
  if (node.type === 'text' || node.type === 'inlineCode') {
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    if (from === undefined || to === undefined) return
    emit(node.value, node.type === 'text' ? alignText(source, node.value, from, to) : alignCode(source, node.value, from, to), out)
    return
  }
  if (node.type === 'break') {
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    if (from === undefined || to === undefined) return
    // Map the space to the line ending itself, not to the trailing spaces or backslash before it.
    const at = source.slice(from, to).search(/[\r\n]/)
    out.text += ' '
    out.starts.push(at >= 0 ? from + at : from)
    out.ends.push(to)
    return
  }
  if (SKIPPED.has(node.type) || !('children' in node)) return
  for (const child of (node as Parent).children) visit(child as Nodes, source, out)
}

/**
 * Characters that change nothing a reader sees inside a word: zero-width
 * space, non-joiner and joiner, word joiner, soft hyphen, a byte-order mark
 * inside the text, and bidirectional controls (marks, embeddings,
 * overrides, isolates).
 */
export const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/

/**
 * Append an aligned value to `out`, turning line endings and tabs into
 * spaces (`\r\n` into a single space) and leaving out {@link INVISIBLE}
 * characters.
 *
 * @param value Node value.
 * @param ranges Source `[start, end]` of every unit of `value`.
 * @param out Text being built; changed in place.
 */
function emit(value: string, ranges: Array<[number, number]>, out: MappedText): void {
  for (let v = 0; v < value.length; v++) {
    const c = value[v]!
    // Invisible characters are left out of the text, so "Ze\u200Bta" reads as one name; evidence still slices the source.
    if (c.charCodeAt(0) >= 0xad && INVISIBLE.test(c)) continue
    let [start, end] = ranges[v]!
    if (c === '\r' && value[v + 1] === '\n') end = ranges[++v]![1]
    out.text += c === '\n' || c === '\r' || c === '\t' ? ' ' : c
    out.starts.push(start)
    out.ends.push(end)
  }
}

/**
 * Align a text node's value with its source: equal lengths map 1:1;
 * otherwise backslash escapes map to the escaped character, character
 * references to their `&`, and left-out line prefixes are stepped over.
 *
 * @param source Markdown source.
 * @param value The node's value.
 * @param from Start of the node in `source`.
 * @param to End of the node in `source`.
 * @returns Source `[start, end]` of every unit of `value`.
 */
function alignText(source: string, value: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  if (to - from === value.length) {
    for (let i = 0; i < value.length; i++) ranges.push([from + i, from + i + 1])
    return ranges
  }
  let r = from
  for (let v = 0; v < value.length; v++) {
    const c = value[v]!
    if (source[r] === '\\' && r + 1 < to && source[r + 1] === c && ASCII_PUNCTUATION.test(c)) {
      ranges.push([r + 1, r + 2])
      r += 2
      continue
    }
    const units = source[r] === '&' ? referenceUnits(source, r, to, value, v) : 0
    if (units > 0) {
      REFERENCE.lastIndex = r
      const end = r + REFERENCE.exec(source)![0].length
      // Every unit gets its own offset inside the reference, so offsets stay strictly increasing.
      for (let k = 0; k < units; k++) ranges.push([r + k, k === units - 1 ? end : r + k + 1])
      v += units - 1
      r = end
      continue
    }
    r = step(source, r, to, c)
    ranges.push([r, r + 1])
    r++
  }
  return ranges
}

/**
 * How many units of `value` a character reference at `r` decoded to.
 *
 * @param source Markdown source.
 * @param r Offset of a `&` in `source`.
 * @param to End of the node.
 * @param value Node value.
 * @param v Index in `value` of the unit being aligned.
 * @returns 1 or 2 when the reference was decoded, 0 when there is none or it stayed literal text.
 */
function referenceUnits(source: string, r: number, to: number, value: string, v: number): number {
  REFERENCE.lastIndex = r
  const m = REFERENCE.exec(source)
  if (!m || r + m[0].length > to || value.startsWith(m[0], v)) return 0
  const code = m[1] !== undefined ? Number(m[1]) : m[2] !== undefined ? Number.parseInt(m[2], 16) : undefined
  if (code !== undefined) return code > 0xffff && code <= 0x10ffff ? 2 : 1
  // A few named references decode to two characters: a base and a combining mark ("&nvlt;"), or "fj".
  const next = value[v + 1]
  const two = next !== undefined && next !== source[r + m[0].length] && (COMBINING.test(next) || m[0] === '&fjlig;')
  return two ? 2 : 1
}

/**
 * Align an inline code value with its source: the value sits between the
 * backtick fences, possibly without one padding space each side, and
 * without the line prefixes of continuation lines.
 *
 * @param source Markdown source.
 * @param value The code value.
 * @param from Start of the node (its opening fence).
 * @param to End of the node (after its closing fence).
 * @returns Source `[start, end]` of every unit of `value`.
 */
function alignCode(source: string, value: string, from: number, to: number): Array<[number, number]> {
  let r = from
  while (r < to && source[r] === '`') r++
  const ranges: Array<[number, number]> = []
  for (let v = 0; v < value.length; v++) {
    r = step(source, r, to, value[v]!)
    ranges.push([r, r + 1])
    r++
  }
  return ranges
}

/**
 * Step over source characters the value left out (spaces, tabs, `>`) until
 * the source shows `c`. When it never does, stay put: the character is then
 * mapped to the current position, which keeps offsets increasing.
 *
 * @param source Markdown source.
 * @param r Current source offset.
 * @param to End of the node.
 * @param c Value character to find.
 * @returns Offset of `c` in the source, or `r`.
 */
function step(source: string, r: number, to: number, c: string): number {
  let k = r
  while (k < to && source[k] !== c && DROPPABLE.has(source[k]!)) k++
  return k < to && source[k] === c ? k : r
}
