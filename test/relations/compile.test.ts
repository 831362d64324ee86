import { describe, expect, it } from 'vitest'
import { MASK_CLOSE, MASK_OPEN } from '../../src/entities/schema.js'
import { createExtractor } from '../../src/index.js'
import { LETTER_CHAR, WORD_CHAR, compileRule, plainSpaces } from '../../src/relations/compile.js'
import { DEFAULT_RULES } from '../../src/relations/rules/index.js'
import { triples } from '../support/facts.js'

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

  it('should differ from \\p{L}\\p{N} only where documented', () => {
    // Combining accents count (a decomposed "é" stays one word); CJK iteration marks are letters.
    expect(word.test('\u0301')).toBe(true)
    expect(letter.test('々')).toBe(true)
    // Letter-like symbols and CJK radicals are not letters here.
    for (const c of ['ℓ', 'ℕ', '⺀', '⼀']) expect([c, word.test(c)]).toEqual([c, false])
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

  it('should reject a pattern that is invalid as written, before rewriting it', () => {
    // "[\\s-x]" is an error with the u flag; rewritten it would be the valid range "[ -x]".
    expect(() => compileRule({ id: 'bad-range', predicate: 'partnersWith', pattern: '{S}[\\s-x]+{O}' })).toThrow(expect.objectContaining({ code: 'INVALID_RULES' }))
    expect(() => compileRule({ id: 'bad-trigger', predicate: 'partnersWith', pattern: '{S} with {O}', trigger: '[\\s-x]' })).toThrow(expect.objectContaining({ code: 'INVALID_RULES' }))
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

describe('matcher state across rules', () => {
  // Rules run one at a time over all sentences; a reduction rewrites its
  // sentence for the rules after it, and their triggers are tested again.
  const predicates = [
    { name: 'tagged', label: 'tagged', domain: ['Organization'], range: ['Organization'] },
    { name: 'boughtBy', label: 'bought by', domain: ['Organization'], range: ['Organization'] }
  ]
  const lexicon = [{ name: 'Orbit Labs', type: 'Organization' }, { name: 'Quanta Finance', type: 'Organization' }, { name: 'Nova Group', type: 'Organization' }]
  const probe = { id: 'probe', predicate: 'tagged', pattern: '{S} and {O!} merged', trigger: 'acquisition' }
  const reduce = { id: 'drop-appositive', predicate: 'tagged', pattern: '{S}, an acquisition firm (?:of|from) {O},', reduce: 'S' as const }
  const bought = { id: 'bought', predicate: 'boughtBy', pattern: '{O} bought {S}', trigger: 'acquisition' }

  it('should test a trigger again after a reduction removed its word', () => {
    const extractor = createExtractor({ entityTypes: ['Organization'], predicates, lexicon, relations: [probe, reduce, bought] }, { replace: true })
    const text = 'Orbit Labs, an acquisition firm of Nova Group, bought Quanta Finance. Orbit Labs and Nova Group merged after the acquisition.'
    const rules = extractor.extract(text).relations().flatMap((r) => r.evidence.map((e) => e.rule)).sort()
    // "bought" needs "acquisition": after the reduction its sentence reads "Orbit Labs bought Quanta Finance".
    expect(rules).toEqual(['drop-appositive', 'probe'])
  })
})

describe('case-insensitive rules (folded)', () => {
  const predicates = [{ name: 'joined', label: 'joined', domain: ['Organization'], range: ['Organization', 'Concept'] }]
  const lexicon = [{ name: 'Orbit Labs', type: 'Organization' }, { name: 'Quanta Finance', type: 'Organization' }]
  const run = (pattern: string, text: string, extra: object = {}) =>
    createExtractor({ entityTypes: ['Organization'], predicates, lexicon, relations: [{ id: 'r', predicate: 'joined', pattern, ...extra }] }, { replace: true })
      .extract(text)
      .relations()
      .map((r) => `${r.subject} —${r.predicate}→ ${r.object}`)

  it('should match whatever the case of the pattern', () => {
    expect(compileRule({ id: 'r', predicate: 'joined', pattern: '{S} TEAMED UP with {O}' }).folded).toBe(true)
    expect(run('{S} TEAMED UP with {O}', 'Orbit Labs teamed up with Quanta Finance.')).toEqual(['orbit-labs —joined→ quanta-finance'])
  })
  it('should keep the case of a slot as written in the article', () => {
    const graph = createExtractor({ entityTypes: ['Organization'], predicates, lexicon, relations: [{ id: 'r', predicate: 'joined', pattern: '{S} joined {O}' }] }, { replace: true }).extract(
      'Orbit Labs grew fast. It joined Quanta Finance.'
    )
    const [relation] = graph.relations()
    expect(relation?.evidence[0]?.resolved?.map((r) => r.text)).toEqual(['It'])
  })
  it('should not take a lone determiner for a Concept', () => {
    const extractor = createExtractor({ entityTypes: ['Organization'], predicates, lexicon, relations: [{ id: 'r', predicate: 'joined', pattern: '{S} joined {O}', objectConcept: true }] }, { replace: true })
    // "the Web3 ⟦Quanta Finance⟧": no noun phrase ends before the name, and "the" alone is no Concept.
    expect(extractor.extract('Orbit Labs joined the Web3 Quanta Finance.').entities({ type: 'Concept' })).toEqual([])
    expect(extractor.extract('Orbit Labs joined various community initiatives.').entities({ type: 'Concept' }).map((e) => e.name)).toEqual(['community initiatives'])
  })
  it('should compile a pattern with a case-dependent property escape with the i flag, unfolded', () => {
    const compiled = compileRule({ id: 'r', predicate: 'joined', pattern: '{S} \\p{Lu}\\w+ {O}' })
    expect(compiled.folded).toBe(false)
    expect(compiled.regex.flags).toContain('i')
    expect(run('{S} \\p{Lu}\\w+ {O}', 'Orbit Labs partnered Quanta Finance.')).toEqual(['orbit-labs —joined→ quanta-finance'])
  })
})

describe('compileRule lazy', () => {
  it('should build a lazy rule on first use, and only then report a bad pattern', () => {
    const bad = compileRule({ id: 'bad-group', predicate: 'partnersWith', pattern: '{S} ( {O}' }, new Map(), { lazy: true })
    expect(() => bad.regex).toThrow(expect.objectContaining({ code: 'INVALID_RULES' }))
    const good = compileRule({ id: 'good', predicate: 'partnersWith', pattern: '{S} teamed up with {O}' }, new Map(), { lazy: true })
    expect(good.regex).toBe(good.regex)
    expect(good.sticky).toBeInstanceOf(RegExp)
  })

  it('should build every default rule (they are compiled lazily, unchecked, by extractors)', () => {
    const triggers = new Map<string, RegExp>()
    for (const rule of DEFAULT_RULES) {
      const lazy = compileRule(rule, triggers, { lazy: true })
      const eager = compileRule(rule)
      expect(lazy.regex.source, rule.id).toBe(eager.regex.source)
      expect(lazy.regex.flags, rule.id).toBe(eager.regex.flags)
      expect(lazy.sticky?.source, rule.id).toBe(eager.sticky?.source)
      expect(lazy.folded, rule.id).toBe(eager.folded)
    }
  })

  it('should still reject a bad user rule when the extractor is made', () => {
    expect(() => createExtractor({ relations: [{ id: 'bad', predicate: 'partnersWith', pattern: '{S} ( {O}' }] })).toThrow(expect.objectContaining({ code: 'INVALID_RULES' }))
  })
})
