/**
 * Length of a calendar month.
 */

/**
 * Number of days in a month (leap years included).
 *
 * @param year Year.
 * @param month Month 1–12.
 * @returns 28–31.
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}
