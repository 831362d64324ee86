/**
 * The date of a document: frontmatter `date`, else a date in the title, else
 * a date in the first block ("Zeta News - November 2019" → `2019-11`).
 */
import { isoDate } from './iso-date.js'
import { ANY_MONTH, monthNumber } from './months.js'

/** A rule reading a full date (with a year) out of a text. */
interface DateRule {
  /** Rule id, for debugging. */
  id: string
  /** Global regex; case-insensitive, since titles are often in capitals. */
  pattern: RegExp
  /** Build the ISO date from a match, or undefined when the date does not exist. */
  build: (m: RegExpExecArray) => string | undefined
}

/** Rules for dates that carry their year. All patterns run in linear time. */
const RULES: DateRule[] = [
  {
    id: 'iso',
    pattern: /(?<![\d-])(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/g,
    build: (m) => isoDate(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]))
  },
  {
    id: 'month-day-year',
    pattern: new RegExp(`\\b(${ANY_MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gi'),
    build: (m) => isoDate(Number(m[3]), monthNumber(m[1]!), Number(m[2]))
  },
  {
    id: 'day-month-year',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${ANY_MONTH}),?\\s+(\\d{4})(?!\\d)`, 'gi'),
    build: (m) => isoDate(Number(m[3]), monthNumber(m[2]!), Number(m[1]))
  },
  {
    id: 'month-year',
    pattern: new RegExp(`\\b(${ANY_MONTH}),?\\s+(\\d{4})(?!\\d)`, 'gi'),
    build: (m) => isoDate(Number(m[2]), monthNumber(m[1]!))
  }
]

/**
 * The date of a document, as ISO `YYYY-MM-DD` or `YYYY-MM`.
 *
 * Frontmatter `date` (a string in any format below, or a `Date`) wins; else
 * the first dated phrase of the title; else the first of `firstText`.
 * Accepted phrases: ISO dates (`2019-11-04`, `2019-11`), "November 4, 2019",
 * "4 November 2019", "November 2019". A bare year is not a document date.
 *
 * @param title Title of the document (its first level-1 heading), if any.
 * @param frontmatter Parsed frontmatter, if any.
 * @param firstText Text of the first block after the title, if any.
 * @returns The ISO date, or undefined when none is found.
 */
export function documentDate(title?: string, frontmatter?: Record<string, unknown>, firstText?: string): string | undefined {
  const fm = frontmatter?.date
  if (fm instanceof Date && !Number.isNaN(fm.getTime())) return fm.toISOString().slice(0, 10)
  if (typeof fm === 'string') {
    const found = dateInText(fm)
    if (found) return found
  }
  return (title ? dateInText(title) : undefined) ?? (firstText ? dateInText(firstText) : undefined)
}

/**
 * The first full date (one with a year) in a text. When two rules match at
 * the same place the longer match wins ("November 4, 2019" over "November").
 *
 * @param text Text to search.
 * @returns ISO `YYYY-MM-DD` or `YYYY-MM`, or undefined.
 */
function dateInText(text: string): string | undefined {
  let best: { index: number; length: number; value: string } | undefined
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const value = rule.build(m as RegExpExecArray)
      if (value === undefined) continue
      const better = !best || m.index < best.index || (m.index === best.index && m[0].length > best.length)
      if (better) best = { index: m.index, length: m[0].length, value }
      break
    }
  }
  return best?.value
}
