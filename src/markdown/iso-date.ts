/**
 * Checked formatting of ISO calendar dates.
 */
import { daysInMonth } from './days-in-month.js'

/**
 * Format a year, month and optional day as an ISO date, after checking that
 * the date exists.
 *
 * @param year Year (1000–9999).
 * @param month Month 1–12.
 * @param day Day of the month; omit it for a month (`YYYY-MM`).
 * @returns `YYYY-MM-DD`, or `YYYY-MM` without a day; undefined when the date does not exist.
 */
export function isoDate(year: number, month: number, day?: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return undefined
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined
  const ym = `${year}-${pad(month)}`
  if (day === undefined) return ym
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined
  return `${ym}-${pad(day)}`
}

/**
 * Pad a number to two digits.
 *
 * @param n Number 0–99.
 * @returns Two-digit string.
 */
function pad(n: number): string {
  return String(n).padStart(2, '0')
}
