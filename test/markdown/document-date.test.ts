import { describe, expect, it } from 'vitest'
import { documentDate } from '../../src/markdown/index.js'

describe('documentDate', () => {
  it('should read a month and year from the title', () => {
    expect(documentDate('Kusama News - November 2019')).toBe('2019-11')
    expect(documentDate('KUSAMA NEWS - NOV. 2019')).toBe('2019-11')
  })
  it('should read full dates from the title', () => {
    expect(documentDate('Update: November 4th, 2019')).toBe('2019-11-04')
    expect(documentDate('Update of 4 November 2019')).toBe('2019-11-04')
    expect(documentDate('Weekly 2021-03-04 digest')).toBe('2021-03-04')
  })
  it('should take the first date when a title holds two', () => {
    expect(documentDate('2020-01-02 recap of December 2019')).toBe('2020-01-02')
  })
  it('should prefer frontmatter, as a string or a Date', () => {
    expect(documentDate('News - November 2019', { date: '2021-03-04' })).toBe('2021-03-04')
    expect(documentDate('News - November 2019', { date: '2021-03-04T10:00:00Z' })).toBe('2021-03-04')
    expect(documentDate('News - November 2019', { date: new Date(Date.UTC(2020, 4, 6)) })).toBe('2020-05-06')
    expect(documentDate('News - November 2019', { date: 'March 2020' })).toBe('2020-03')
  })
  it('should fall back when the frontmatter date is unusable', () => {
    expect(documentDate('News - November 2019', { date: 'soon' })).toBe('2019-11')
    expect(documentDate('News - November 2019', { date: new Date(Number.NaN) })).toBe('2019-11')
    expect(documentDate('News - November 2019', { date: 2020 })).toBe('2019-11')
  })
  it('should fall back to the first block', () => {
    expect(documentDate('Kusama News', undefined, 'Published March 3, 2020 by the team.')).toBe('2020-03-03')
    expect(documentDate(undefined, undefined, 'As of June 2021, things grew.')).toBe('2021-06')
  })
  it('should ignore dates that do not exist and bare years', () => {
    expect(documentDate('Report 2019-13-45')).toBeUndefined()
    expect(documentDate('February 30, 2021 edition')).toBeUndefined()
    expect(documentDate('Kusama in 2021')).toBeUndefined()
    expect(documentDate()).toBeUndefined()
  })
})
