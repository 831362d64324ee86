import { describe, expect, it } from 'vitest'
import { isCodeIdentifier } from '../../../src/entities/mentions/code-identifiers.js'
import { names } from './support.js'

describe('code identifiers in READMEs', () => {
  it('should drop camel-case identifiers, snake case and code punctuation', () => {
    expect(names('Set reconnectOnError to retry. Call Client() or Options.timeout with max_retries in Zetara.')).toEqual(['Zetara'])
  })
  it('should keep brands written in lower camel case', () => {
    expect(isCodeIdentifier('reconnectOnError')).toBe(true)
    for (const brand of ['xcZET', 'zkQuill', 'iOrbit', 'dYdZ']) expect(isCodeIdentifier(brand)).toBe(false)
  })
})

describe('code in changelogs and option lists', () => {
  it('should drop a run holding a member path, and read words after a dash, a numbering or an option type as sentence-initial', () => {
    const md = [
      '- #12 abc123 Thanks @dev! - Renamed Frame.gas in Zetara.',
      '- #13 abc124 Thanks @dev! - Added a marker to Zetara.',
      '- retries: (number) Specifies how often Zetara retries.',
      '',
      '#3) Making a bot with Zetara'
    ].join('\n')
    expect(names(md)).toEqual(['Zetara'])
  })
  it('should drop a common word capitalised as a type name when the document also writes it in lower case', () => {
    expect(names('Pass a Request instance to Zetara. The request is sent once.')).toEqual(['Zetara'])
  })
})
