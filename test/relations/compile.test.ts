import { describe, expect, it } from 'vitest'
import { LETTER_CHAR, WORD_CHAR, compileRule, plainSpaces } from '../../src/relations/compile.js'
import { triples } from '../support/facts.js'
import { MASK_CLOSE, MASK_OPEN } from '../../src/entities/schema.js'

const word = new RegExp(`^[${WORD_CHAR}]$`, 'iu')
const letter = new RegExp(`^[${LETTER_CHAR}]$`, 'iu')
const exactWord = /^[\p{L}\p{N}]$/u
const exactLetter = /^\p{L}$/u

describe('WORD_CHAR and LETTER_CHAR (block approximations of \\p{L}\\p{N})', () => {
  it('should agree with \\p{L}\\p{N} on every ASCII and Latin-1 character', () => {
    for (let code = 0; code <= 0xff; code++) {
      const c = String.fromCodePoint(code)
      expect([code, word.test(c)]).toEqual([code, exactWord.test(c)])
      expect([code, letter.test(c)]).toEqual([code, exactLetter.test(c)])
    }
  })

  it('should count letters of other scripts as letters', () => {
    for (const c of ['Š', 'ł', 'ő', 'ș', 'Ω', 'ж', 'Ж', 'א', 'ع', 'क', 'ไ', '中', '한', 'ア', 'Ａ', '𝐀', '𠀀']) {
      expect([c, letter.test(c), word.test(c)]).toEqual([c, true, true])
    }
    // Digits of other scripts fall inside their script's block: they count as letters (a known approximation).
    expect(['٣', letter.test('٣'), word.test('٣')]).toEqual(['٣', true, true])
    expect(['３', letter.test('３'), word.test('３')]).toEqual(['３', false, true])
  })

  it('should not count punctuation, symbols, emoji or the mask characters', () => {
    for (const c of ['’', '‘', '“', '”', '–', '—', '…', '€', '™', '©', '•', '·', '«', '»', '×', '÷', '→', '、', '。', '😀', '🚀', MASK_OPEN, MASK_CLOSE, '\u00a0', '\u200b']) {
      expect([c, word.test(c)]).toEqual([c, false])
      expect([c, exactWord.test(c)]).toEqual([c, false])
    }
  })
})

describe('plainSpaces', () => {
  it('should turn \\s into a space inside and outside classes, and leave other escapes alone', () => {
    expect(plainSpaces('a\\s+b')).toBe('a +b')
    expect(plainSpaces('[^\\s,]+')).toBe('[^ ,]+')
    expect(plainSpaces('\\S\\d\\u00a0\\.')).toBe('\\S\\d\\u00a0\\.')
    // An escaped backslash followed by "s" is a backslash and an "s".
    expect(plainSpaces('\\\\s')).toBe('\\\\s')
  })

  it('should still match sentences with no-break and other Unicode spaces', () => {
    expect(triples('Orbit Labs\u00a0acquired\u2009Quanta Finance.')).toContain('Quanta Finance —acquiredBy→ Orbit Labs')
    expect(triples('Quanta Finance was\u00a0acquired by\u3000Orbit Labs.')).toContain('Quanta Finance —acquiredBy→ Orbit Labs')
  })
})

describe('compileRule triggers', () => {
  const rule = (id: string, trigger: string) => ({ id, predicate: 'partnersWith', pattern: '{S} teamed up with {O}', trigger })
  it('should share one RegExp between rules compiled with the same map, and keep maps apart', () => {
    const triggers = new Map<string, RegExp>()
    const a = compileRule(rule('a', 'team'), triggers)
    const b = compileRule(rule('b', 'team'), triggers)
    const c = compileRule(rule('c', 'team'))
    expect(a.trigger).toBe(b.trigger)
    expect(c.trigger).not.toBe(a.trigger)
    expect(triggers.size).toBe(1)
    expect(a.trigger?.test('They teamed up.')).toBe(true)
  })
})
