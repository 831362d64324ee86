/**
 * Quoted passages in a block of text: curly (“…”, „…“, ‘…’) and straight
 * ("…") quotes, paired by which side of a word each mark stands on, so one
 * stray mark does not shift every later pair.
 */

/** A quoted passage in a text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset just after the closing mark. */
  close: number
  /** Span of the quoted text, without the marks and surrounding white space. */
  start: number
  end: number
  /** The quoted text. */
  body: string
  /** Number of words in `body`. */
  words: number
  /**
   * Whether the passage runs to the end of the block without a closing mark:
   * a quotation that goes on in the next paragraph, which opens with a mark
   * of its own (newswire style).
   */
  unclosed?: boolean
  /** Whether the passage has no quote marks at all (a blockquote a dash line attributes). */
  bare?: boolean
}

/** Fewest words of an unclosed passage (a stray mark before a few words is no quotation). */
const MIN_UNCLOSED_WORDS = 6

/** Characters after which a straight quote or a single curly quote opens ("(", "—", ":"…). */
const BEFORE_OPENING = /[\s([{—–:;,/-]/u
/** Characters before which a straight quote closes. */
const AFTER_CLOSING = /[\s)\]}.,;:!?—–*_-]/u
/** A letter or digit: a ’ before one is an apostrophe ("it’s"), not a closing mark. */
const WORD_CHAR = /[\p{L}\p{N}]/u

/** A quote mark's role where it stands. */
interface Mark {
  canOpen: boolean
  canClose: boolean
  single: boolean
}

/**
 * What a quote mark can do where it stands; undefined for other characters.
 * Straight single quotes are never quote marks (they are apostrophes too
 * often to tell).
 *
 * @param text Text.
 * @param i Offset of the character.
 * @returns The mark's roles.
 */
function markAt(text: string, i: number): Mark | undefined {
  const c = text[i]!
  const prev = i > 0 ? text[i - 1]! : ' '
  const next = i + 1 < text.length ? text[i + 1]! : ' '
  switch (c) {
    case '“':
    case '„':
      return { canOpen: true, canClose: c === '“' && !/\s/.test(prev) && AFTER_CLOSING.test(next), single: false }
    case '”':
      return { canOpen: false, canClose: true, single: false }
    case '"':
      return { canOpen: BEFORE_OPENING.test(prev) && !/\s/.test(next), canClose: !/\s/.test(prev) && AFTER_CLOSING.test(next), single: false }
    case '‘':
      return { canOpen: BEFORE_OPENING.test(prev) && !/\s/.test(next), canClose: false, single: true }
    case '’':
      return { canOpen: false, canClose: !/\s/.test(prev) && !WORD_CHAR.test(next), single: true }
    default:
      return undefined
  }
}

/**
 * Find quoted passages. A straight quote opens when it stands before a word
 * (after white space, an opening bracket or a dash) and closes when it stands
 * after one; a pair may mix curly and straight marks, as converted pages do.
 * Single curly quotes (‘…’) quote too; a ’ inside a word is an apostrophe,
 * and single marks inside a double-quoted passage are a quotation within it.
 * One level of nesting is kept ("… the "Zeta Stack" which …"): when the
 * outer passage never closes, its opening mark was a stray one and the inner
 * passages stand on their own. A passage that opens the block (or follows a
 * colon) and is never closed runs to its end (`unclosed`).
 *
 * @param text Block text.
 * @returns Passages in text order, each with at least one word.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = []
  let open = -1
  let openSingle = false
  let nested = -1
  /** Passages closed inside the open one: its own quotations, or the real ones if it was a stray mark. */
  let inner: QuoteSpan[] = []
  for (let i = 0; i < text.length; i++) {
    const mark = markAt(text, i)
    if (!mark) continue
    if (open < 0) {
      if (mark.canOpen) {
        open = i
        openSingle = mark.single
      }
      continue
    }
    // Inside a double-quoted passage, single marks are a quotation within it (or apostrophes).
    if (mark.single && !openSingle) continue
    // “ closes only a „ passage (German style); elsewhere it opens.
    const closes = mark.canClose && (text[i] !== '“' || text[open] === '„')
    if (closes && nested >= 0) {
      const span = makeSpan(text, nested, i + 1)
      if (span) inner.push(span)
      nested = -1
    } else if (closes) {
      const span = makeSpan(text, open, i + 1)
      if (span) out.push(span)
      open = -1
      inner = []
    } else if (mark.canOpen) {
      // A quotation within the open one (a second opening mark while one is pending replaces it).
      nested = i
    }
  }
  if (open < 0) return out
  // A quotation that opens the block (or follows a colon) and is never closed goes on in the next paragraph.
  if (/^[\s*_]*$|:\s*$/.test(text.slice(0, open))) {
    const span = makeSpan(text, open, text.length + 1)
    if (span && span.words >= MIN_UNCLOSED_WORDS) return [...out, { ...span, close: text.length, unclosed: true }]
  }
  // Otherwise its opening mark was a stray one: the passages inside it stand on their own.
  return [...out, ...inner]
}

/**
 * A passage from its marks, trimmed; undefined when it holds no word.
 *
 * @param text Block text.
 * @param open Offset of the opening mark.
 * @param close Offset just after the closing mark.
 * @returns The passage.
 */
function makeSpan(text: string, open: number, close: number): QuoteSpan | undefined {
  let start = open + 1
  let end = close - 1
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  const body = text.slice(start, end)
  const words = body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
  return words > 0 ? { open, close, start, end, body, words } : undefined
}
