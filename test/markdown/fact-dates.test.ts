import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findDates, parseMarkdown } from '../../src/markdown/index.js'

const fixture = readFileSync(new URL('../../fixtures/kusama-2019-11.md', import.meta.url), 'utf8')

/**
 * Assert that a text states exactly one date, at the given phrase.
 *
 * @param text Sentence.
 * @param documentDate Document date, if any.
 * @param phrase Expected date phrase (found in `text` to get its index).
 * @param expected Expected `value`, `start` and `end`.
 */
function single(text: string, documentDate: string | undefined, phrase: string, expected: { value: string; start: string; end: string }): void {
  const found = findDates(text, documentDate)
  expect(found, JSON.stringify(found)).toHaveLength(1)
  const [date] = found
  expect(date!.index).toBe(text.indexOf(phrase))
  expect(date!.length).toBe(phrase.length)
  expect(date!.date).toEqual({ text: phrase, ...expected })
}

/**
 * The values found in a text.
 *
 * @param text Sentence.
 * @param documentDate Document date, if any.
 * @returns The `value` of every date found.
 */
function values(text: string, documentDate?: string): string[] {
  return findDates(text, documentDate).map((f) => f.date.value)
}

describe('findDates', () => {
  it('should read "On the 4th of November" with the document year', () => {
    single('On the 4th of November, Kusama reached a milestone.', '2019-11', 'the 4th of November', { value: '2019-11-04', start: '2019-11-04', end: '2019-11-04' })
  })
  it('should read "November 4" and "June 2nd" with the document year', () => {
    single('It went live November 4 at noon.', '2019-11-20', 'November 4', { value: '2019-11-04', start: '2019-11-04', end: '2019-11-04' })
    single("Kusama's council passed a vote on June 2nd.", '2021-06', 'June 2nd', { value: '2021-06-02', start: '2021-06-02', end: '2021-06-02' })
  })
  it('should keep the document year for a month after the document month', () => {
    single('The upgrade is due on December 12th.', '2019-11', 'December 12th', { value: '2019-12-12', start: '2019-12-12', end: '2019-12-12' })
    single('Auctions open in January.', '2019-11', 'January', { value: '2019-01', start: '2019-01-01', end: '2019-01-31' })
  })
  it('should read "November 4th, 2019" and "4 November 2019" with their own year', () => {
    single('Since November 4th, 2019, it runs.', '2021-06', 'November 4th, 2019', { value: '2019-11-04', start: '2019-11-04', end: '2019-11-04' })
    single('It ran on 4 November 2019.', undefined, '4 November 2019', { value: '2019-11-04', start: '2019-11-04', end: '2019-11-04' })
    single('It ran on Nov. 4, 2019.', undefined, 'Nov. 4, 2019', { value: '2019-11-04', start: '2019-11-04', end: '2019-11-04' })
  })
  it('should read "in early March", "mid-March" and "late March" as the month narrowed', () => {
    single('Things improved in early March.', '2020-03', 'early March', { value: '2020-03', start: '2020-03-01', end: '2020-03-10' })
    single('Things improved by mid-March.', '2020-03', 'mid-March', { value: '2020-03', start: '2020-03-11', end: '2020-03-20' })
    single('Late February saw growth.', '2020-03', 'Late February', { value: '2020-02', start: '2020-02-21', end: '2020-02-29' })
  })
  it('should read "in June 2021" and "early March 2020"', () => {
    single('Kusama grew in June 2021.', '2019-11', 'June 2021', { value: '2021-06', start: '2021-06-01', end: '2021-06-30' })
    single('It starts early March 2020.', undefined, 'early March 2020', { value: '2020-03', start: '2020-03-01', end: '2020-03-10' })
  })
  it('should read a bare month after a preposition', () => {
    single('In May, the chain forked.', '2020-06', 'May', { value: '2020-05', start: '2020-05-01', end: '2020-05-31' })
    single('It has grown since March.', '2020-06', 'March', { value: '2020-03', start: '2020-03-01', end: '2020-03-31' })
  })
  it('should read quarters', () => {
    single('Auctions could unfold as early as Q1 2020.', '2019-11', 'Q1 2020', { value: '2020-Q1', start: '2020-01-01', end: '2020-03-31' })
    single('Revenue rose in the first quarter of 2020.', undefined, 'the first quarter of 2020', { value: '2020-Q1', start: '2020-01-01', end: '2020-03-31' })
    single('The Fourth quarter of 2019 was slow.', undefined, 'The Fourth quarter of 2019', { value: '2019-Q4', start: '2019-10-01', end: '2019-12-31' })
    single('Work ends in the third quarter.', '2021-02', 'the third quarter', { value: '2021-Q3', start: '2021-07-01', end: '2021-09-30' })
    single('Targets for Q2 are set.', '2021-02', 'Q2', { value: '2021-Q2', start: '2021-04-01', end: '2021-06-30' })
  })
  it('should read a bare year only after in, since, by or during', () => {
    single('The chain grew in 2021.', undefined, '2021', { value: '2021', start: '2021-01-01', end: '2021-12-31' })
    single('Since 2019 it has grown.', undefined, '2019', { value: '2019', start: '2019-01-01', end: '2019-12-31' })
    single('It is done by 2022.', undefined, '2022', { value: '2022', start: '2022-01-01', end: '2022-12-31' })
    expect(values('Growth during 2021 was steady.')).toEqual(['2021'])
    expect(values('About 2021 validators joined.')).toEqual([])
    expect(values('It ran in 2021-22.')).toEqual([])
  })
  it('should read "mid-2021" as the year narrowed', () => {
    single('The upgrade lands mid-2021.', undefined, 'mid-2021', { value: '2021', start: '2021-05-01', end: '2021-08-31' })
  })
  it('should read ISO dates', () => {
    single('Released 2019-11-04T10:00Z.', undefined, '2019-11-04', { value: '2019-11-04', start: '2019-11-04', end: '2019-11-04' })
    expect(values('Released 2019-02-30.')).toEqual([])
  })
  it('should not take month names used as other words for dates', () => {
    expect(values('May the network grow.', '2020-05')).toEqual([])
    expect(values('Protesters march on. The Mayor spoke. We may see more.', '2020-05')).toEqual([])
    expect(values('Jan joined the team in Berlin.', '2020-05')).toEqual([])
  })
  it('should skip phrases without a year when there is no document date', () => {
    expect(values('On the 4th of November and in early March.')).toEqual([])
  })
  it('should resolve overlapping phrases to the longest and list dates in text order', () => {
    const found = findDates('In March 2020 and on June 2nd, then in Q3 2021.', '2020-01')
    expect(found.map((f) => [f.date.text, f.rule])).toEqual([
      ['March 2020', 'month-year'],
      ['June 2nd', 'month-day'],
      ['Q3 2021', 'quarter']
    ])
    expect(values('In March 40 validators joined.', '2020-01')).toEqual(['2020-03'])
  })
  it('should run in linear time on long input', () => {
    const texts = [
      'in '.repeat(50_000) + 'March 4th of the '.repeat(20_000) + '2020-'.repeat(20_000),
      'in' + ' '.repeat(100_000) + 'March',
      'the 4th' + ' '.repeat(100_000) + 'early' + ' '.repeat(100_000) + 'first' + ' '.repeat(100_000)
    ]
    const started = Date.now()
    for (const text of texts) findDates(text, '2020-01')
    expect(Date.now() - started).toBeLessThan(3000)
  })
  it('should date the sentences of the fixture against its document date', () => {
    const doc = parseMarkdown(fixture)
    const dated = doc.sentences
      .filter((sentence) => sentence.kind !== 'heading')
      .flatMap((sentence) => findDates(sentence.text, doc.date).map((f) => `${f.date.text} → ${f.date.value}`))
    // "As November rolled on" has no preposition before the month: no date.
    expect(dated).toEqual(['the 4th of November → 2019-11-04', 'November → 2019-11', 'Q1 2020 → 2020-Q1'])
  })
})
