import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/markdown/index.js'

/**
 * Split a text and return the sentence strings.
 *
 * @param text Text.
 * @returns Sentences.
 */
function split(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end))
}

describe('splitSentences', () => {
  it('should split after . ! ? before a capital, a digit or an opening quote', () => {
    expect(split('It works. Does it? Yes! 130 validators joined. "Great," he said.')).toEqual([
      'It works.', 'Does it?', 'Yes!', '130 validators joined.', '"Great," he said.'
    ])
  })
  it('should not split before a lower-case word', () => {
    expect(split('It works. and more, see fig. 2 and ok.')).toEqual(['It works. and more, see fig. 2 and ok.'])
  })
  it('should keep closing quotes and brackets with the sentence they end', () => {
    expect(split('He said "It works." Then he left.')).toEqual(['He said "It works."', 'Then he left.'])
    expect(split('It ships (soon.) Next one.')).toEqual(['It ships (soon.)', 'Next one.'])
    expect(split('launch strategy." The end.')).toEqual(['launch strategy."', 'The end.'])
  })
  it('should not split after titles and abbreviations', () => {
    expect(split('Dr. Wood spoke. Mr. Smith and Prof. Jones met at St. Mary with Acme Inc. staff vs. Beta Corp. Ltd. people.')).toEqual([
      'Dr. Wood spoke.',
      'Mr. Smith and Prof. Jones met at St. Mary with Acme Inc. staff vs. Beta Corp. Ltd. people.'
    ])
    expect(split('Tools, e.g. Substrate, i.e. Rust, etc. All ship approx. 5 times.')).toEqual(['Tools, e.g. Substrate, i.e. Rust, etc. All ship approx. 5 times.'])
  })
  it('should not split after single capital initials', () => {
    expect(split('J. R. R. Tolkien wrote it. Then U.S. Steel bought it.')).toEqual(['J. R. R. Tolkien wrote it.', 'Then U.S. Steel bought it.'])
  })
  it('should not split inside numbers', () => {
    expect(split('KSM reached $509.62 on day 1.5 of the sale. It fell.')).toEqual(['KSM reached $509.62 on day 1.5 of the sale.', 'It fell.'])
  })
  it('should read "No." and month abbreviations as abbreviations only before a number', () => {
    expect(split('Proposal No. 5 passed on Nov. 4 at noon. Say no. They did.')).toEqual(['Proposal No. 5 passed on Nov. 4 at noon.', 'Say no.', 'They did.'])
  })
  it('should end a sentence after an ordinal and after an ellipsis', () => {
    expect(split('It launched on September 1st. Then it grew... Then it paused.')).toEqual(['It launched on September 1st.', 'Then it grew...', 'Then it paused.'])
  })
  it('should trim white space and drop empty sentences', () => {
    expect(splitSentences('  One.   Two.  ')).toEqual([{ start: 2, end: 6 }, { start: 9, end: 13 }])
    expect(splitSentences('   ')).toEqual([])
  })
  it('should run in linear time on adversarial input', () => {
    const inputs = ['.'.repeat(200_000), 'a.'.repeat(100_000) + ' X', '. A'.repeat(100_000), '?)"'.repeat(100_000) + ' B']
    const started = Date.now()
    for (const text of inputs) splitSentences(text)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
