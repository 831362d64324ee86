/**
 * Dates stated by a sentence ("On the 4th of November", "in early March",
 * "Q1 2020"), normalised against the document date.
 */
import type { FactDate } from '../schema.js'
import { daysInMonth } from './days-in-month.js'
import { isoDate } from './iso-date.js'
import { ANY_MONTH, FULL_MONTH, monthNumber } from './months.js'
import type { MarkdownDocument } from './types.js'

/** A date found in a text. */
export interface FoundDate {
  /** Offset of the date phrase in the text. */
  index: number
  /** Length of the phrase: `date.text === text.slice(index, index + length)`. */
  length: number
  /** The normalised date. */
  date: FactDate
  /** Id of the rule that read the phrase (`'month-day'`, `'quarter'`, …). */
  rule: string
}

/** The date fields a rule computes; `text` is added from the match. */
type Fields = Omit<FactDate, 'text'>

/** A date rule: a pattern and a builder from its named groups. */
interface FactDateRule {
  /** Stable id, copied to {@link FoundDate.rule}. */
  id: string
  /** Global, linear-time regex with named groups (`year`, `month`, `day`, `part`, `quarter`). */
  pattern: RegExp
  /**
   * Build the date from the match's groups.
   *
   * @param groups Named groups of the match.
   * @param year Year of the document date, for phrases without one.
   * @returns The date fields, or undefined when the date does not exist or has no year.
   */
  build: (groups: Record<string, string | undefined>, year: number | undefined) => Fields | undefined
}

/**
 * A word whose first letter may be either case ("In" at sentence start, "in"
 * elsewhere). Month names themselves stay case-sensitive.
 *
 * @param word Lower-case word.
 * @returns Regex source.
 */
function anyCase(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`
}

/** A month name or abbreviation, not followed by more letters ("Mayor"). */
const MONTH = `(?<month>${ANY_MONTH})(?![A-Za-z])`
/** A full month name only: bare months need the full name. */
const BARE_MONTH = `(?<month>${FULL_MONTH})(?![A-Za-z])`
/** A day of the month with an optional ordinal suffix ("4", "4th", "22nd"). */
const DAY = '(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b'
/** A year 1900–2099, not part of a longer number or a range ("2021-22"). */
const YEAR = '(?<year>(?:19|20)\\d{2})(?!-?\\d)'
/** An optional ", 2019" / " 2019" after a day. */
const OPT_YEAR = `(?:,?\\s+${YEAR})?`
/** "early", "mid" or "late", narrowing a month or a year. */
const PART = `(?<part>${['early', 'mid', 'late'].map(anyCase).join('|')})[-\\s]+`
/**
 * Words that make a bare month name a date ("in June", "since March"). The
 * look-behinds allow at most 3 white-space characters between the word and
 * the month or year: an unbounded `\s+` there would rescan long runs of
 * white space at every position (quadratic time).
 */
const PREPOSITIONS = ['in', 'on', 'by', 'since', 'during', 'until', 'till', 'from', 'throughout', 'through', 'before', 'after', 'of']
/** Words that make a bare year a date ("in 2021"). */
const YEAR_PREPOSITIONS = ['in', 'since', 'by', 'during']
/** Ordinal words of quarters. */
const QUARTER_WORDS = ['first', 'second', 'third', 'fourth']

/**
 * The rules, most specific first (the order breaks ties between overlapping
 * matches of equal length; otherwise the longest match wins).
 */
const RULES: FactDateRule[] = [
  {
    id: 'iso',
    pattern: /(?<![\d-])(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?!\d)/g,
    build: (g) => dayFields(Number(g.year), Number(g.month), Number(g.day))
  },
  {
    // "the 4th of November", "4th of November, 2019"
    id: 'day-of-month',
    pattern: new RegExp(`\\b(?:${anyCase('the')}\\s+)?${DAY}\\s+of\\s+${MONTH}${OPT_YEAR}`, 'g'),
    build: (g, year) => dayFields(yearOf(g, year), monthNumber(g.month!), Number(g.day))
  },
  {
    // "November 4", "November 4th, 2019", "June 2nd", "Nov. 4"
    id: 'month-day',
    pattern: new RegExp(`\\b${MONTH}\\s+${DAY}${OPT_YEAR}`, 'g'),
    build: (g, year) => dayFields(yearOf(g, year), monthNumber(g.month!), Number(g.day))
  },
  {
    // "4 November 2019", "4th November"
    id: 'day-month',
    pattern: new RegExp(`\\b${DAY}\\s+${MONTH}${OPT_YEAR}`, 'g'),
    build: (g, year) => dayFields(yearOf(g, year), monthNumber(g.month!), Number(g.day))
  },
  {
    // "Q1 2020", "Q1, 2020", "Q1" (document year)
    id: 'quarter',
    pattern: new RegExp(`\\bQ(?<quarter>[1-4])\\b${OPT_YEAR}`, 'g'),
    build: (g, year) => quarterFields(yearOf(g, year), Number(g.quarter))
  },
  {
    // "the first quarter of 2020", "the third quarter" (document year)
    id: 'quarter-words',
    pattern: new RegExp(`\\b(?:(?<the>${anyCase('the')})\\s+)?(?<quarter>${QUARTER_WORDS.map(anyCase).join('|')})\\s+quarter\\b(?:\\s+of\\s+${YEAR})?`, 'g'),
    build: (g, year) => (g.year || g.the ? quarterFields(yearOf(g, year), QUARTER_WORDS.indexOf(g.quarter!.toLowerCase()) + 1) : undefined)
  },
  {
    // "June 2021", "early March 2020", "mid-May 2021"
    id: 'month-year',
    pattern: new RegExp(`(?:\\b${PART})?\\b${MONTH},?\\s+${YEAR}`, 'g'),
    build: (g) => monthFields(Number(g.year), monthNumber(g.month!), g.part)
  },
  {
    // "early March", "in June", "since March" (document year)
    id: 'bare-month',
    pattern: new RegExp(`(?:\\b${PART}|(?<=\\b(?:${PREPOSITIONS.map(anyCase).join('|')})\\s{1,3}))${BARE_MONTH}`, 'g'),
    build: (g, year) => monthFields(year, monthNumber(g.month!), g.part)
  },
  {
    // "mid-2021", "late 2020"
    id: 'part-of-year',
    pattern: new RegExp(`\\b${PART}${YEAR}`, 'g'),
    build: (g) => yearFields(Number(g.year), g.part)
  },
  {
    // "in 2021", "since 2019": a bare year needs its preposition
    id: 'year',
    pattern: new RegExp(`(?<=\\b(?:${YEAR_PREPOSITIONS.map(anyCase).join('|')})\\s{1,3})${YEAR}`, 'g'),
    build: (g) => yearFields(Number(g.year))
  }
]

/**
 * Find the dates a text states, normalised against the document date.
 *
 * Phrases without a year take the year of `documentDate` (even for a month
 * after the document's month); without a document date they are skipped.
 * "early" / "mid" / "late" keep the month (or year) as `value` and narrow
 * `start`/`end` to days 1–10 / 11–20 / 21–end (or months 1–4 / 5–8 / 9–12).
 * Bare month names count only after a preposition or "early"/"mid"/"late",
 * bare years only after "in", "since", "by" or "during". Overlapping matches
 * resolve to the longest.
 *
 * @param text Text to search (usually one sentence).
 * @param documentDate Document date (`YYYY-MM` or `YYYY-MM-DD`) supplying missing years (default: none).
 * @returns Non-overlapping dates in text order.
 */
export function findDates(text: string, documentDate?: string): FoundDate[] {
  const match = documentDate ? /^(\d{4})/.exec(documentDate) : null
  const year = match ? Number(match[1]) : undefined
  const candidates: Array<FoundDate & { order: number }> = []
  RULES.forEach((rule, order) => {
    for (const m of text.matchAll(rule.pattern)) {
      const fields = rule.build(m.groups ?? {}, year)
      if (fields) candidates.push({ index: m.index, length: m[0].length, date: { text: m[0], ...fields }, rule: rule.id, order })
    }
  })
  candidates.sort((a, b) => b.length - a.length || a.index - b.index || a.order - b.order)
  const taken = new Uint8Array(text.length)
  const found: FoundDate[] = []
  // Longest first: an accepted span overlapping a later (shorter or equal)
  // one always covers one of its two ends, so checking the ends suffices.
  for (const { index, length, date, rule } of candidates) {
    if (taken[index] || taken[index + length - 1]) continue
    taken.fill(1, index, index + length)
    found.push({ index, length, date, rule })
  }
  return found.sort((a, b) => a.index - b.index)
}

/**
 * The year of a match: its own, else the document's.
 *
 * @param groups Named groups of the match.
 * @param year Document year, if any.
 * @returns The year, or undefined when neither is known.
 */
function yearOf(groups: Record<string, string | undefined>, year: number | undefined): number | undefined {
  return groups.year ? Number(groups.year) : year
}

/**
 * Fields of a single day.
 *
 * @param year Year, if known.
 * @param month Month 1–12.
 * @param day Day of the month.
 * @returns The fields (value = start = end), or undefined when the day does not exist.
 */
function dayFields(year: number | undefined, month: number, day: number): Fields | undefined {
  const iso = year === undefined ? undefined : isoDate(year, month, day)
  return iso ? { value: iso, start: iso, end: iso } : undefined
}

/**
 * Fields of a month, optionally narrowed to its early (1–10), mid (11–20)
 * or late (21–end) part.
 *
 * @param year Year, if known.
 * @param month Month 1–12.
 * @param part `early`, `mid`, `late` (any case) or undefined for the whole month.
 * @returns The fields, or undefined without a year.
 */
function monthFields(year: number | undefined, month: number, part?: string): Fields | undefined {
  const value = year === undefined ? undefined : isoDate(year, month)
  if (!value || year === undefined) return undefined
  const last = daysInMonth(year, month)
  const p = part?.toLowerCase()
  const [from, to] = p === 'early' ? [1, 10] : p === 'mid' ? [11, 20] : p === 'late' ? [21, last] : [1, last]
  return { value, start: isoDate(year, month, from)!, end: isoDate(year, month, to)! }
}

/**
 * Fields of a quarter.
 *
 * @param year Year, if known.
 * @param quarter Quarter 1–4.
 * @returns The fields (`2020-Q1`, 2020-01-01 … 2020-03-31), or undefined without a year.
 */
function quarterFields(year: number | undefined, quarter: number): Fields | undefined {
  if (year === undefined || quarter < 1 || quarter > 4) return undefined
  const first = (quarter - 1) * 3 + 1
  const start = isoDate(year, first, 1)
  const end = isoDate(year, first + 2, daysInMonth(year, first + 2))
  return start && end ? { value: `${year}-Q${quarter}`, start, end } : undefined
}

/**
 * Fields of a year, optionally narrowed to its early (January–April), mid
 * (May–August) or late (September–December) part.
 *
 * @param year Year.
 * @param part `early`, `mid`, `late` (any case) or undefined for the whole year.
 * @returns The fields (`value` is the year).
 */
function yearFields(year: number, part?: string): Fields {
  const p = part?.toLowerCase()
  const [from, to] = p === 'early' ? [1, 4] : p === 'mid' ? [5, 8] : p === 'late' ? [9, 12] : [1, 12]
  return { value: String(year), start: isoDate(year, from, 1)!, end: isoDate(year, to, daysInMonth(year, to))! }
}

/**
 * The first date each sentence states, normalised against the document date.
 *
 * @param doc Document.
 * @returns Sentence index → date.
 */
export function sentenceDates(doc: MarkdownDocument): Map<number, FactDate> {
  const out = new Map<number, FactDate>()
  for (const sentence of doc.sentences) {
    if (sentence.kind === 'heading') continue
    const found = findDates(sentence.text, doc.date)
    if (found.length > 0) out.set(sentence.index, found[0]!.date)
  }
  return out
}
