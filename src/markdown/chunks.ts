/**
 * Split a large markdown document into pieces the parser can read one at a
 * time without changing what it reads: cuts fall only before an ATX heading
 * after a blank line or a list item, each at the very start of a line (both
 * end whatever block came before), outside frontmatter, fenced code and
 * HTML blocks. The parser's memory grows
 * with what it reads at once (about 120 bytes per byte of markdown), so a
 * 20 MB article read whole needs 2 GB.
 */

/** Pieces are cut once they reach this length (code units). */
export const CHUNK_LENGTH = 256 * 1024

/** Link reference or footnote definitions: they apply to the whole document, so such documents are read whole. */
const DEFINITION = /^ {0,3}\[(?:[^\]\\\n]|\\.){1,999}\]:/m

/** A list item at the very start of a line: it ends any paragraph, quote or list item before it. */
const LIST_ITEM = /^(?:[-*+]|[0-9]{1,9}[.)])[ \t]+\S/

/** HTML blocks that end at a marker rather than at a blank line, with their end markers. */
const HTML_BLOCKS: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/]
]

/**
 * Offsets where a document may be cut into pieces parsed apart.
 *
 * @param source Markdown.
 * @param length Length a piece reaches before it is cut (default {@link CHUNK_LENGTH}).
 * @returns Cut offsets, increasing (empty for a document read whole).
 */
export function chunkBoundaries(source: string, length = CHUNK_LENGTH): number[] {
  if (!(source.length > length) || DEFINITION.test(source)) return []
  const cuts: number[] = []
  let pieceStart = 0
  let fence: { char: string; size: number } | undefined
  let htmlEnd: RegExp | undefined
  let previousBlank = false
  // HTML blocks of CommonMark kinds 6 and 7 run to the next blank line.
  let htmlUntilBlank = false
  let lineStart = frontmatterEnd(source)
  while (lineStart < source.length) {
    const nl = source.indexOf('\n', lineStart)
    const lineEnd = nl < 0 ? source.length : nl
    const line = source.slice(lineStart, lineEnd)
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.size) fence = undefined
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined
    } else {
      const open = /^\s*(`{3,}|~{3,})(.*)$/.exec(line)
      if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) fence = { char: open[1]![0]!, size: open[1]!.length }
      else {
        const html = HTML_BLOCKS.find(([start]) => start.test(line))
        if (html && !html[1].test(line.slice(line.indexOf('<') + 2))) htmlEnd = html[1]
        else if (/^ {0,3}<[A-Za-z/]/.test(line)) htmlUntilBlank = true
        else if (!htmlUntilBlank && lineStart - pieceStart >= length && ((previousBlank && /^#{1,6}(?:[ \t]|$)/.test(line)) || LIST_ITEM.test(line))) {
          cuts.push(lineStart)
          pieceStart = lineStart
        }
      }
    }
    previousBlank = /^\s*$/.test(line)
    if (previousBlank) htmlUntilBlank = false
    if (nl < 0) break
    lineStart = nl + 1
  }
  return cuts
}

/**
 * Where the frontmatter ends (`---` YAML or `+++` TOML at the very start).
 *
 * @param source Markdown.
 * @returns Offset after the frontmatter's closing line, or 0.
 */
function frontmatterEnd(source: string): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(source)
  if (!open) return 0
  const close = new RegExp(`\\n${open[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`, 'g')
  close.lastIndex = open[0].length - 1
  const m = close.exec(source)
  return m ? m.index + m[0].length : source.length
}
