/**
 * Offsets → line:column in the original markdown.
 */
import type { Point } from '../schema.js'

/**
 * Offsets at which each line starts. Lines end at `\n`, `\r\n` or a lone `\r`.
 *
 * @param source Markdown source.
 * @returns Start offset of every line (line 1 at index 0).
 */
export function lineStarts(source: string): number[] {
  const starts = [0]
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (c === 10) starts.push(i + 1)
    else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++
      starts.push(i + 1)
    }
  }
  return starts
}

/**
 * The 1-based line and column of an offset.
 *
 * @param starts Result of {@link lineStarts}.
 * @param offset UTF-16 offset into the source.
 * @returns Point with offset, line and column.
 */
export function pointAt(starts: number[], offset: number): Point {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return { offset, line: lo + 1, column: offset - starts[lo]! + 1 }
}
