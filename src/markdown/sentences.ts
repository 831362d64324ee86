/**
 * Rule-based sentence splitting, linear time and deterministic.
 */

/** Words that end in a dot without ending a sentence. */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'vs', 'etc', 'no', 'approx',
  'e.g', 'i.e', 'u.s', 'u.k', 'fig', 'vol', 'est', 'dept', 'gen', 'gov', 'sen', 'rep', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft'
])
const CLOSERS = new Set(['"', '”', "'", '’', ')', ']', '»'])
const OPENERS = /["“'‘(\[«\p{Lu}\p{N}$]/u

/**
 * Split text into sentences.
 *
 * @param text Block text.
 * @returns Sentence spans (trimmed, non-empty).
 */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c !== '.' && c !== '!' && c !== '?') continue
    let end = i + 1
    while (end < text.length && (CLOSERS.has(text[end]!) || text[end] === '.' || text[end] === '!' || text[end] === '?')) end++
    if (end < text.length && !/\s/.test(text[end]!)) continue
    let next = end
    while (next < text.length && /\s/.test(text[next]!)) next++
    if (next < text.length && !OPENERS.test(text[next]!)) continue
    if (c === '.' && !endsSentence(text, i)) continue
    push(out, text, start, end)
    start = next
    i = next - 1
  }
  push(out, text, start, text.length)
  return out
}

/**
 * Whether the dot at `i` ends a sentence (not an abbreviation or an initial).
 *
 * @param text Text.
 * @param i Index of the dot.
 * @returns Whether it ends a sentence.
 */
function endsSentence(text: string, i: number): boolean {
  let j = i
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1]!)) j--
  const word = text.slice(j, i).toLowerCase()
  // "September 1st." ends a sentence: an ordinal is not the abbreviation "St.".
  if (j > 0 && /\p{N}/u.test(text[j - 1]!)) return true
  if (ABBREVIATIONS.has(word)) return false
  if (/^\p{Lu}$/u.test(text.slice(j, i))) return false
  return true
}

/**
 * Add a trimmed span when it holds text.
 *
 * @param out Spans.
 * @param text Text.
 * @param start Start.
 * @param end End.
 */
function push(out: Array<{ start: number; end: number }>, text: string, start: number, end: number): void {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s]!)) s++
  while (e > s && /\s/.test(text[e - 1]!)) e--
  if (e > s) out.push({ start: s, end: e })
}
