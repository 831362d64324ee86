/**
 * English month names, shared by the document-date and fact-date readers.
 */

/** Full month names, capitalised, January first. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December'
] as const

/**
 * Regex source (no groups) matching a capitalised full month name. Month
 * names are matched case-sensitively so that "may" and "march" stay verbs.
 */
export const FULL_MONTH = MONTH_NAMES.join('|')

/**
 * Regex source (no groups) matching a capitalised full month name or its
 * abbreviation with an optional dot ("Nov.", "Sept"). Longest alternatives
 * first so the alternation never stops at a prefix.
 */
export const ANY_MONTH = `${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?`

/**
 * Number of a month from its name or abbreviation.
 *
 * @param name Month name or abbreviation, any case, trailing dot allowed ("Nov.", "sept").
 * @returns The month number 1–12, or 0 when `name` is no month.
 */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '')
  if (lower.length < 3) return 0
  const index = MONTH_NAMES.findIndex((month) => {
    const full = month.toLowerCase()
    return full === lower || (full.startsWith(lower) && (lower.length === 3 || lower === 'sept'))
  })
  return index + 1
}
