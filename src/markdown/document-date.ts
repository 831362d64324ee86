/**
 * The date of a document: frontmatter `date`, else a date in the title or
 * the first lines ("Kusama News - November 2019" → `2019-11`).
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?'

/**
 * Number (1–12) of a month name or abbreviation.
 *
 * @param name Month name.
 * @returns Month number, or 0.
 */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '')
  const i = MONTHS.findIndex((m) => m === lower || m.slice(0, 3) === lower || (lower === 'sept' && m === 'september'))
  return i + 1
}

/** Two-digit padding. */
const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * Find the first date in a text as ISO `YYYY-MM-DD` or `YYYY-MM`.
 *
 * @param text Text.
 * @returns ISO date or undefined.
 */
export function dateInText(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(text)
  const dmy = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(text)
  if (dmy) return `${dmy[3]}-${pad(monthNumber(dmy[1]!))}-${pad(Number(dmy[2]))}`
  const my = new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'i').exec(text)
  if (my) return `${my[2]}-${pad(monthNumber(my[1]!))}`
  if (iso) return iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`
  return undefined
}

/**
 * The document date.
 *
 * @param title Title (first H1), if any.
 * @param frontmatter Parsed frontmatter, if any.
 * @param firstText Text of the first block, if any.
 * @returns ISO `YYYY-MM-DD` / `YYYY-MM`, or undefined.
 */
export function documentDate(title?: string, frontmatter?: Record<string, unknown>, firstText?: string): string | undefined {
  const fm = frontmatter?.date
  if (fm instanceof Date && !Number.isNaN(fm.getTime())) return fm.toISOString().slice(0, 10)
  if (typeof fm === 'string') {
    const d = dateInText(fm)
    if (d) return d
  }
  return (title ? dateInText(title) : undefined) ?? (firstText ? dateInText(firstText) : undefined)
}
