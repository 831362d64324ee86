import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lineStarts, pointAt } from '../../src/markdown/index.js'

const fixture = readFileSync(new URL('../../fixtures/kusama-2019-11.md', import.meta.url), 'utf8')

describe('lineStarts', () => {
  it('should end lines at \\n, \\r\\n and a lone \\r', () => {
    expect(lineStarts('a\nb\r\nc\rd')).toEqual([0, 2, 5, 7])
  })
  it('should count a trailing line ending as the start of an empty last line', () => {
    expect(lineStarts('a\n')).toEqual([0, 2])
    expect(lineStarts('')).toEqual([0])
  })
})

describe('pointAt', () => {
  it('should give 1-based line and column', () => {
    const starts = lineStarts('ab\r\ncd\ref')
    expect(pointAt(starts, 0)).toEqual({ offset: 0, line: 1, column: 1 })
    expect(pointAt(starts, 2)).toEqual({ offset: 2, line: 1, column: 3 })
    expect(pointAt(starts, 4)).toEqual({ offset: 4, line: 2, column: 1 })
    expect(pointAt(starts, 7)).toEqual({ offset: 7, line: 3, column: 1 })
    expect(pointAt(starts, 9)).toEqual({ offset: 9, line: 3, column: 3 })
  })
  it('should find "Gavin" and "Wood" of the fixture on lines 7 and 8', () => {
    const starts = lineStarts(fixture)
    const gavin = fixture.indexOf('Gavin')
    expect(pointAt(starts, gavin)).toEqual({ offset: gavin, line: 7, column: 75 })
    const wood = fixture.indexOf('Wood, Kusama')
    expect(pointAt(starts, wood)).toEqual({ offset: wood, line: 8, column: 1 })
  })
  it('should agree with a line scan for every offset of the fixture', () => {
    const starts = lineStarts(fixture)
    let line = 1
    let column = 1
    for (let offset = 0; offset < fixture.length; offset++) {
      expect(pointAt(starts, offset)).toEqual({ offset, line, column })
      if (fixture[offset] === '\n') {
        line++
        column = 1
      } else column++
    }
  })
})
