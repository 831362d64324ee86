/**
 * Dates stated by a sentence ("On the 4th of November", "in early March",
 * "Q1 2020"), normalised against the document date.
 */
import type { FactDate } from '../schema.js'
import { monthNumber } from './document-date.js'

/** A date found in a text. */
export interface FoundDate {
  index: number
  length: number
  date: FactDate
}

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)'
const ORD = '(\\d{1,2})(?:st|nd|rd|th)?'
const YEAR = '((?:19|20)\\d{2})'

// Each pattern: regex and a builder from its groups. Order: most specific first.
const PATTERNS: Array<[RegExp, (m: RegExpExecArray, year: number) => Omit<FactDate, 'text'> | undefined]> = [
  [new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})\\b`, 'giu'), (m) => day(Number(m[1]), Number(m[2]), Number(m[3]))],
  [new RegExp(`\\b(?:the\\s+)?${ORD}\\s+of\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'giu'), (m, y) => day(m[3] ? Number(m[3]) : y, monthNumber(m[2]!), Number(m[1]))],
  [new RegExp(`\\b${MONTH}\\s+${ORD}(?![\\d,]*\\d{3})(?:,?\\s+${YEAR})?\\b`, 'giu'), (m, y) => day(m[3] ? Number(m[3]) : y, monthNumber(m[1]!), Number(m[2]))],
  [new RegExp(`\\bQ([1-4])\\s+${YEAR}\\b`, 'giu'), (m) => quarter(Number(m[2]), Number(m[1]))],
  [new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth)\\s+quarter\\s+of\\s+${YEAR}\\b`, 'giu'), (m) => quarter(Number(m[2]), ['first', 'second', 'third', 'fourth'].indexOf(m[1]!.toLowerCase()) + 1)],
  [new RegExp(`\\b(?:(early|mid|late)[-\\s]+)?${MONTH}\\s+${YEAR}\\b`, 'giu'), (m) => month(Number(m[3]), monthNumber(m[2]!), m[1])],
  [new RegExp(`\\b(?:in|by|since|during|until|through|throughout|from|of)\\s+(?:(early|mid|late)[-\\s]+)?${MONTH}\\b(?!\\s+\\d)`, 'giu'), (m, y) => month(y, monthNumber(m[2]!), m[1])],
  [new RegExp(`\\b(early|mid|late)[-\\s]+${MONTH}\\b(?!\\s+\\d)`, 'giu'), (m, y) => month(y, monthNumber(m[2]!), m[1])],
  [new RegExp(`\\b(?:in|since|by|during|throughout)\\s+${YEAR}\\b`, 'giu'), (m) => ({ value: m[1]!, start: `${m[1]}-01-01`, end: `${m[1]}-12-31` })]
]

const pad = (n: number): string => String(n).padStart(2, '0')
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()

/**
 * A single day.
 *
 * @param y Year.
 * @param m Month 1–12.
 * @param d Day.
 * @returns Date fields, or undefined when invalid.
 */
function day(y: number, m: number, d: number): Omit<FactDate, 'text'> | undefined {
  if (!y || m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return undefined
  const iso = `${y}-${pad(m)}-${pad(d)}`
  return { value: iso, start: iso, end: iso }
}

/**
 * A month, optionally narrowed to its early (1–10), mid (11–20) or late (21–end) part.
 *
 * @param y Year.
 * @param m Month.
 * @param part `early`, `mid`, `late` or undefined.
 * @returns Date fields.
 */
function month(y: number, m: number, part?: string): Omit<FactDate, 'text'> | undefined {
  if (!y || m < 1 || m > 12) return undefined
  const last = lastDay(y, m)
  const p = part?.toLowerCase()
  const [from, to] = p === 'early' ? [1, 10] : p === 'mid' ? [11, 20] : p === 'late' ? [21, last] : [1, last]
  return { value: `${y}-${pad(m)}`, start: `${y}-${pad(m)}-${pad(from)}`, end: `${y}-${pad(m)}-${pad(to)}` }
}

/**
 * A quarter.
 *
 * @param y Year.
 * @param q Quarter 1–4.
 * @returns Date fields.
 */
function quarter(y: number, q: number): Omit<FactDate, 'text'> {
  const first = (q - 1) * 3 + 1
  return { value: `${y}-Q${q}`, start: `${y}-${pad(first)}-01`, end: `${y}-${pad(first + 2)}-${pad(lastDay(y, first + 2))}` }
}

/**
 * Find dates in a text.
 *
 * @param text Sentence text.
 * @param documentDate Document date (`YYYY-MM` or `YYYY-MM-DD`) supplying missing years.
 * @returns Non-overlapping dates in text order.
 */
export function findDates(text: string, documentDate?: string): FoundDate[] {
  const year = documentDate ? Number(documentDate.slice(0, 4)) : 0
  const found: FoundDate[] = []
  for (const [regex, build] of PATTERNS) {
    regex.lastIndex = 0
    for (const m of text.matchAll(regex)) {
      const index = m.index ?? 0
      const length = m[0].length
      if (found.some((f) => index < f.index + f.length && f.index < index + length)) continue
      const fields = build(m as RegExpExecArray, year)
      if (fields) found.push({ index, length, date: { text: m[0], ...fields } })
    }
  }
  return found.sort((a, b) => a.index - b.index)
}
