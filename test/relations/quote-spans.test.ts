import { describe, expect, it } from 'vitest'
import { findQuoteSpans } from '../../src/relations/quote-spans.js'

/** The quoted texts of a line, with `…` marking an unclosed one. */
const bodies = (text: string): string[] => findQuoteSpans(text).map((s) => (s.unclosed ? `${s.body}…` : s.body))

describe('findQuoteSpans', () => {
  it.each([
    ['straight quotes', 'Maria said "we are ready" and left.', ['we are ready']],
    ['curly quotes', 'Maria said “we are ready” and left.', ['we are ready']],
    ['single curly quotes', 'According to Maria, ‘we are ready to ship.’', ['we are ready to ship.']],
    ['a pair that mixes curly and straight marks', 'the "shards”. "The rapid one," she said.', ['shards', 'The rapid one,']],
    ['a closing mark with no space after it', '“It is a ploy,”Rossi noted.', ['It is a ploy,']],
    ['a German pair', 'Sie sagte „wir sind bereit“ gestern.', ['wir sind bereit']]
  ])('should find %s', (_case, text, expected) => {
    expect(bodies(text)).toEqual(expected)
  })

  it('should keep apostrophes inside single quotes', () => {
    expect(bodies('She said ‘it’s the team’s work, not mine.’ Then left.')).toEqual(['it’s the team’s work, not mine.'])
  })

  it('should keep a quotation within a quotation inside it', () => {
    expect(bodies('Maria says: “we help standardize the “Zeta Stack” which is emerging.” Then more.')).toEqual(['we help standardize the “Zeta Stack” which is emerging.'])
    expect(bodies('Maria says: "we help standardize the "Zeta Stack" which is emerging." Then more.')).toEqual(['we help standardize the "Zeta Stack" which is emerging.'])
    expect(bodies('"The so-called ‘canary’ is alive," said Maria.')).toEqual(['The so-called ‘canary’ is alive,'])
  })

  it('should let the passages inside a stray opening mark stand on their own', () => {
    expect(bodies('A stray “ mark. Then “the real quote,” said Maria, “and more.”')).toEqual(['the real quote,', 'and more.'])
  })

  it('should run a quotation that opens the paragraph and never closes to its end', () => {
    expect(bodies('"We shipped the upgrade in June and it worked well.')).toEqual(['We shipped the upgrade in June and it worked well.…'])
    expect(bodies('Maria said: "We shipped the upgrade in June and it worked.')).toEqual(['We shipped the upgrade in June and it worked.…'])
  })

  it('should not open a quotation on an inch mark or an apostrophe', () => {
    expect(bodies('A 12" screen and the investors’ money, rock ’n’ roll.')).toEqual([])
  })
})
