/**
 * Binary search over a sorted range: the first index whose item no longer
 * satisfies `isBefore` (every item before it does, none from it on).
 *
 * @param length Number of items.
 * @param isBefore Whether the item at an index comes before the point sought; monotone (true, …, true, false, …).
 * @returns The first index for which `isBefore` is false (`length` when none is).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (isBefore(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
