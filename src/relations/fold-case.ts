/**
 * Case folding for rule matching. Rule patterns are case-insensitive, but V8
 * compiles a case-insensitive Unicode expression (flags `iu`) about ten
 * times slower than a case-sensitive one: it closes every character class
 * under case mapping, and rules hold hundreds of large classes. So a rule
 * is compiled without `i`, its letters folded ({@link foldPattern}), and run
 * on the folded sentence ({@link foldText}), which has the same length and
 * positions as the sentence. The result is the same as matching with `i`.
 */
import { partitionPoint } from '../util/partition-point.js'
import { LOWER_CASE } from './lower-case-data.js'

/**
 * Folds where lower case differs from Unicode simple case folding, which
 * is what `i` compares by (final sigma, long s, Greek symbol variants).
 */
const SPECIAL: Record<string, string> = {
  'ς': 'σ',
  'ſ': 's',
  'ϐ': 'β',
  'ϑ': 'θ',
  'ϕ': 'φ',
  'ϖ': 'π',
  'ϰ': 'κ',
  'ϱ': 'ρ',
  'ϵ': 'ε',
  'ẛ': 'ṡ',
  '\u1FBE': 'ι'
}
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL).join('')}]`, 'g')

/**
 * Property escapes whose meaning depends on case (`\p{Lu}` under `i` matches
 * every cased letter): a pattern with one is not folded, but compiled with `i`.
 */
const CASED_PROPERTY = /\\[pP]\{(?:[^}]*=)?(?:Lu|Ll|Lt|LC|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Uppercase|Lowercase|Upper|Lower|Cased|Changes_When_\w+|CW\w*)\}/

/**
 * Fold one character (a code point as a string).
 *
 * @param c Character.
 * @returns Its fold, or itself when lower case would change the length.
 */
function foldChar(c: string): string {
  const lower = c.toLowerCase()
  if (lower.length !== c.length) return c
  return SPECIAL[lower] ?? lower
}

/**
 * Fold a text for matching with folded patterns: lower case (position for
 * position: a character whose lower case is longer, such as "İ", stays),
 * then the few simple case folds lower case lacks.
 *
 * @param text Text.
 * @returns Folded text of the same length.
 */
export function foldText(text: string): string {
  let lower = text.toLowerCase()
  if (lower.length !== text.length) {
    lower = ''
    for (const c of text) lower += foldChar(c)
  }
  return lower.replace(SPECIAL_RE, (c) => SPECIAL[c]!)
}

/**
 * Whether a pattern can be folded (see {@link foldPattern}).
 *
 * @param source Regular expression source (Unicode mode).
 * @returns `false` when it uses a case-dependent property escape.
 */
export function canFold(source: string): boolean {
  return !CASED_PROPERTY.test(source)
}

/**
 * Fold a case-insensitive Unicode pattern so that, compiled without `i`, it
 * matches folded text exactly where the original matches the text: literal
 * letters are folded, and each character class gains the folds of its
 * members. Group names and escapes such as `\W` or `\k<S>` are kept.
 *
 * @param source A valid regular expression source for flags `u` (see {@link canFold}).
 * @returns Folded source.
 */
export function foldPattern(source: string): string {
  let out = ''
  let i = 0
  while (i < source.length) {
    const c = source[i]!
    if (c === '\\') {
      const atom = readEscape(source, i)
      out += atom.value === undefined ? atom.text : escapeFolded(atom.value, atom.text)
      i = atom.end
    } else if (c === '[') {
      const end = classEnd(source, i)
      out += foldClass(source.slice(i, end))
      i = end
    } else if (source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // A group name is case-sensitive.
      const end = source.indexOf('>', i) + 1
      out += source.slice(i, end)
      i = end
    } else {
      const char = String.fromCodePoint(source.codePointAt(i)!)
      out += foldChar(char)
      i += char.length
    }
  }
  return out
}

/** An escape sequence: its text, end, and the code point it stands for (none for `\w`, `\p{…}`, `\b`, …). */
export interface Escape {
  text: string
  end: number
  value?: number
}

const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 }

/**
 * Read the escape at `i` (which holds a backslash).
 *
 * @param source Pattern.
 * @param i Position of the backslash.
 * @returns The escape.
 */
export function readEscape(source: string, i: number): Escape {
  const next = source[i + 1] ?? ''
  const braced = (from: number): number => source.indexOf('}', from) + 1
  if (next === 'u' && source[i + 2] === '{') {
    const end = braced(i + 3)
    return { text: source.slice(i, end), end, value: parseInt(source.slice(i + 3, end - 1), 16) }
  }
  if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
    const high = parseInt(source.slice(i + 2, i + 6), 16)
    // A surrogate pair written as two escapes is one code point in Unicode mode.
    if (high >= 0xd800 && high <= 0xdbff && source.startsWith('\\u', i + 6) && /^[dD][c-fC-F][0-9a-fA-F]{2}$/.test(source.slice(i + 8, i + 12))) {
      const low = parseInt(source.slice(i + 8, i + 12), 16)
      return { text: source.slice(i, i + 12), end: i + 12, value: (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 }
    }
    return { text: source.slice(i, i + 6), end: i + 6, value: high }
  }
  if (next === 'x') return { text: source.slice(i, i + 4), end: i + 4, value: parseInt(source.slice(i + 2, i + 4), 16) }
  if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
    const end = braced(i + 3)
    return { text: source.slice(i, end), end }
  }
  if (next === 'k' && source[i + 2] === '<') {
    const end = source.indexOf('>', i) + 1
    return { text: source.slice(i, end), end }
  }
  if (next === 'c') return { text: source.slice(i, i + 3), end: i + 3 }
  if (next in CONTROL) return { text: source.slice(i, i + 2), end: i + 2, value: CONTROL[next] }
  if (/[dDwWsSbB1-9]/.test(next)) {
    let end = i + 2
    if (/[1-9]/.test(next)) while (/[0-9]/.test(source[end] ?? '')) end++
    return { text: source.slice(i, end), end }
  }
  // An identity escape (\. \( \- …): the character itself.
  const char = String.fromCodePoint(source.codePointAt(i + 1)!)
  return { text: `\\${char}`, end: i + 1 + char.length, value: char.codePointAt(0)! }
}

/**
 * An escape for a code point's fold, or the original text when it folds to itself.
 *
 * @param value Code point.
 * @param text Original escape.
 * @returns Escape text.
 */
function escapeFolded(value: number, text: string): string {
  const folded = foldChar(String.fromCodePoint(value)).codePointAt(0)!
  return folded === value ? text : `\\u{${folded.toString(16)}}`
}

/**
 * End of the character class that starts at `i`.
 *
 * @param source Pattern.
 * @param i Position of `[`.
 * @returns Position after its `]`.
 */
export function classEnd(source: string, i: number): number {
  let j = i + 1
  if (source[j] === '^') j++
  // In Unicode mode a class cannot be empty of its closing bracket: "[]" is empty, "[^]" is anything.
  while (j < source.length && source[j] !== ']') j = source[j] === '\\' ? readEscape(source, j).end : j + 1
  return j + 1
}

/** Folds to add to a range, by range: classes repeat across rules. */
const rangeFolds = new Map<string, Array<[number, number]>>()

/**
 * A character class with the folds of its members added.
 *
 * @param text The class, brackets included.
 * @returns The folded class.
 */
function foldClass(text: string): string {
  let folded = foldedClasses.get(text)
  if (folded === undefined) foldedClasses.set(text, (folded = addFolds(text)))
  return folded
}

/** Folded classes by source: the same classes recur in every rule. */
const foldedClasses = new Map<string, string>()

/**
 * See {@link foldClass}.
 *
 * @param text The class, brackets included.
 * @returns The folded class.
 */
function addFolds(text: string): string {
  const negated = text[1] === '^'
  const body = text.slice(negated ? 2 : 1, -1)
  // Members with a code point: single characters and ranges; \w, \d, \p{…} need nothing (see canFold).
  const ranges: Array<[number, number]> = []
  let i = 0
  const atom = (at: number): { value?: number; end: number } => {
    if (body[at] === '\\') return readEscape(body, at)
    const value = body.codePointAt(at)!
    return { value, end: at + String.fromCodePoint(value).length }
  }
  while (i < body.length) {
    const from = atom(i)
    if (from.value !== undefined && body[from.end] === '-' && from.end + 1 < body.length) {
      const to = atom(from.end + 1)
      if (to.value !== undefined) {
        ranges.push([from.value, to.value])
        i = to.end
        continue
      }
    }
    if (from.value !== undefined) ranges.push([from.value, from.value])
    i = from.end
  }
  const added: number[] = []
  const inClass = (cp: number): boolean => ranges.some(([lo, hi]) => cp >= lo && cp <= hi)
  for (const [lo, hi] of ranges) {
    for (const [a, b] of foldsOfRange(lo, hi)) for (let cp = a; cp <= b; cp++) if (!inClass(cp)) added.push(cp)
  }
  if (added.length === 0) return text
  const extra = compress([...new Set(added)].sort((a, b) => a - b))
    .map(([a, b]) => (a === b ? `\\u{${a.toString(16)}}` : `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`))
    .join('')
  return `[${negated ? '^' : ''}${body}${extra}]`
}

/**
 * Folds of a range's members that differ from them, as ranges.
 *
 * @param lo First code point.
 * @param hi Last code point.
 * @returns Ranges of folds.
 */
function foldsOfRange(lo: number, hi: number): Array<[number, number]> {
  const key = `${lo}-${hi}`
  let folds = rangeFolds.get(key)
  if (!folds) {
    const found: number[] = []
    const table = lowerCaseTable()
    if (table) {
      // Only code points that lower case changes, or that SPECIAL folds, can fold.
      for (let i = partitionPoint(table.length, (at) => table[at]! < lo); i < table.length && table[i]! <= hi; i++) addFold(found, table[i]!)
      for (const cp of SPECIAL_POINTS) if (cp >= lo && cp <= hi) addFold(found, cp)
    } else {
      // Most of a large range (CJK, Hangul, astral scripts) has no case: skip it a block at a time.
      for (let block = lo; block <= hi; block += 1024) {
        const last = Math.min(hi, block + 1023)
        const points: number[] = []
        for (let cp = block; cp <= last; cp++) if (cp < 0xd800 || cp > 0xdfff) points.push(cp)
        const chars = String.fromCodePoint(...points)
        if (foldText(chars) === chars) continue
        for (const cp of points) addFold(found, cp)
      }
    }
    folds = compress([...new Set(found)].sort((a, b) => a - b))
    rangeFolds.set(key, folds)
  }
  return folds
}

/**
 * Add a code point's fold to a list when it differs from it.
 *
 * @param found Folds found so far (appended to).
 * @param cp Code point.
 */
function addFold(found: number[], cp: number): void {
  const f = foldChar(String.fromCodePoint(cp)).codePointAt(0)!
  if (f !== cp) found.push(f)
}

/** Code points SPECIAL folds that lower case leaves alone ("ς", "ſ"). */
const SPECIAL_POINTS = Object.keys(SPECIAL).map((c) => c.codePointAt(0)!)

/** Sorted code points whose lower case differs (see {@link lowerCaseTable}); `null` when the generated table does not apply. */
let lowerCasePoints: number[] | null | undefined

/**
 * The code points whose lower case is another single code point, from the
 * table generated at build time (scripts/build-lower-case.mjs), when it was
 * made with this runtime's Unicode version; otherwise `null`, and ranges are
 * scanned (slower, same result).
 *
 * @returns Ascending code points, or `null`.
 */
function lowerCaseTable(): number[] | null {
  if (lowerCasePoints === undefined) {
    lowerCasePoints = null
    if (LOWER_CASE.unicode === process.versions.unicode) {
      const points: number[] = []
      for (let i = 0; i < LOWER_CASE.pairs.length; i += 2) points.push(LOWER_CASE.pairs[i]!)
      lowerCasePoints = points
    }
  }
  return lowerCasePoints
}

/**
 * Sorted distinct code points as ranges.
 *
 * @param points Ascending code points.
 * @returns Ranges.
 */
function compress(points: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const p of points) {
    const last = out[out.length - 1]
    if (last && p === last[1] + 1) last[1] = p
    else out.push([p, p])
  }
  return out
}
