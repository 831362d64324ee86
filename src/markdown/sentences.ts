/**
 * Rule-based sentence splitting: deterministic, linear time.
 */

/** Words that end in a dot without ending the sentence ("Dr. Lopez", "e.g. this"). Lower case, without the last dot. */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'mt', 'ft', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'vs', 'etc', 'approx',
  'e.g', 'i.e', 'cf', 'fig', 'dept', 'est', 'gen', 'gov', 'sen', 'rep', 'rev', 'hon', 'capt', 'col', 'lt', 'sgt'
])
/** Words that are abbreviations only before a number ("No. 5", "Nov. 4"); elsewhere their dot can end a sentence ("Say no."). */
const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'vol', 'p', 'pp', 'art', 'ch', 'sec',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])
/** Sentence-final punctuation. */
const TERMINATORS = new Set(['.', '!', '?', '…'])
/** Closing quotes and brackets that belong to the sentence they follow (`strategy."`). */
const CLOSERS = new Set(['"', '”', "'", '’', ')', ']', '»'])
/**
 * What may start the next sentence: an upper-case letter, a digit, an
 * opening quote or bracket, or a currency sign.
 */
const OPENERS = /["“'‘(\[«$€£\p{Lu}\p{N}]/u
/** White space. */
const SPACE = /\s/
/** What a word before a dot is made of (letters, inner dots as in "e.g"). */
const WORD_CHAR = /[\p{L}.]/u

/**
 * Split a text into sentences.
 *
 * A sentence ends after `.`, `!`, `?` or `…` (and any closing quotes or
 * brackets right after, so `strategy."` ends one) when white space and then
 * an upper-case letter, a digit, an opening quote or bracket, or a currency
 * sign follow. A single dot does not end a sentence after an abbreviation
 * or title ("Dr.", "Inc.", "e.g."), a single capital initial ("J. R. R."),
 * or before a number after "No." or a month abbreviation. Dots inside
 * numbers ("$509.62") are never followed by white space, so never split.
 *
 * @param text Text of one block.
 * @returns Sentence spans in order, trimmed of white space, never empty.
 */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  const length = text.length
  let start = 0
  let i = 0
  while (i < length) {
    if (!TERMINATORS.has(text[i]!)) {
      i++
      continue
    }
    // The run of terminators and closers after the first terminator.
    let end = i + 1
    let dots = text[i] === '.' ? 1 : 0
    let other = text[i] !== '.'
    while (end < length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) {
      if (text[end] === '.') dots++
      else if (TERMINATORS.has(text[end]!)) other = true
      end++
    }
    let next = end
    while (next < length && SPACE.test(text[next]!)) next++
    const ends =
      next > end && next < length && OPENERS.test(text[next]!) && (other || dots > 1 || !abbreviated(text, i, text[next]!))
    if (ends) {
      push(out, text, start, end)
      start = next
    }
    i = Math.max(next, i + 1)
  }
  push(out, text, start, length)
  return out
}

/**
 * Whether the single dot at `dot` belongs to an abbreviation or an initial
 * rather than ending the sentence.
 *
 * @param text Text.
 * @param dot Index of the dot.
 * @param following First character after the white space that follows the dot.
 * @returns Whether the dot is part of an abbreviation or initial.
 */
function abbreviated(text: string, dot: number, following: string): boolean {
  let j = dot
  while (j > 0 && WORD_CHAR.test(text[j - 1]!)) j--
  const word = text.slice(j, dot)
  // "on September 1st." ends a sentence: after a number, "st" is an ordinal, not "St.".
  if (j > 0 && /\p{N}/u.test(text[j - 1]!)) return false
  const lower = word.toLowerCase()
  if (ABBREVIATIONS.has(lower)) return true
  if (NUMBER_ABBREVIATIONS.has(lower) && /\p{N}/u.test(following)) return true
  // Initials: "J.", "J.R.R.", "U.S."
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)
}

/**
 * Add a span, trimmed of white space, unless it is empty.
 *
 * @param out Spans so far.
 * @param text Text.
 * @param start Start of the span.
 * @param end End of the span (exclusive).
 */
function push(out: Array<{ start: number; end: number }>, text: string, start: number, end: number): void {
  let s = start
  let e = end
  while (s < e && SPACE.test(text[s]!)) s++
  while (e > s && SPACE.test(text[e - 1]!)) e--
  if (e > s) out.push({ start: s, end: e })
}
