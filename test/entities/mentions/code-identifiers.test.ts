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
