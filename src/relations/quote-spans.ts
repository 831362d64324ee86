/**
 * Quoted passages in a block of text: curly (“…”, „…“) and straight ("…")
 * double quotes, paired by which side of a word each mark stands on, so one
 * stray mark does not shift every later pair.
 */

/** A double-quoted passage in a text. */
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

const OPENERS = new Set(['“', '„'])
const CLOSERS = new Set(['”'])
/** Characters after which a straight quote opens ("(", "—", ":"…). */
const BEFORE_OPENING = /[\s([{—–:;,/-]/u
/** Characters before which a straight quote closes. */
const AFTER_CLOSING = /[\s)\]}.,;:!?—–*_-]/u

/**
 * Find double-quoted passages. A straight quote opens when it stands before
 * a word (after white space, an opening bracket or a dash) and closes when it
 * stands after one; a curly pair may be closed by a straight mark and the
 * other way round, as converted pages mix them. An opening mark met inside an
 * open passage restarts it (the first was never closed). A passage that
 * opens the block and is never closed runs to its end (`unclosed`).
 *
 * @param text Block text.
 * @returns Passages in text order, each with at least one word.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = []
  let open = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c !== '"' && !OPENERS.has(c) && !CLOSERS.has(c)) continue
    const prev = i > 0 ? text[i - 1]! : ' '
    const next = i + 1 < text.length ? text[i + 1]! : ' '
    const canOpen = OPENERS.has(c) || (c === '"' && BEFORE_OPENING.test(prev) && !/\s/.test(next))
    const canClose = CLOSERS.has(c) || (c === '"' && !/\s/.test(prev) && AFTER_CLOSING.test(next))
    if (open >= 0 && canClose) {
      const span = makeSpan(text, open, i + 1)
      if (span) out.push(span)
      open = -1
    } else if (canOpen) {
      open = i
    }
  }
  // A quotation that opens the block (or follows a colon) and is never closed goes on in the next paragraph.
  if (open >= 0 && /^[\s*_]*$|:\s*$/.test(text.slice(0, open))) {
    const span = makeSpan(text, open, text.length + 1)
    if (span && span.words >= MIN_UNCLOSED_WORDS) out.push({ ...span, close: text.length, unclosed: true })
  }
  return out
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
