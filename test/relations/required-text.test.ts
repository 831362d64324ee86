import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MASK_CLOSE, MASK_OPEN } from '../../src/entities/schema.js'
import { compileRule, plainSpaces } from '../../src/relations/compile.js'
import { foldText } from '../../src/relations/fold-case.js'
import { canMatchEmpty, hasRequiredText, requiredText, slotSegments, withoutLookarounds } from '../../src/relations/required-text.js'
import { DEFAULT_RULES } from '../../src/relations/rules/index.js'

const name = (i: number): string => `${MASK_OPEN}${i}${MASK_CLOSE}`

describe('requiredText', () => {
  it('should require the literal runs of a sequence', () => {
    expect(requiredText('zeta joined the (?:orbit )?council')).toEqual([['zeta joined the '], ['council']])
  })

  it('should require one of the alternatives of an alternation', () => {
    expect(requiredText('(?:founder|creator) of')).toEqual([['founder', 'creator'], [' of']])
    expect(requiredText('quanta|orbit labs')).toEqual([['quanta', 'orbit labs']])
  })

  it('should require nothing of optional parts, classes, escapes or negative lookarounds', () => {
    expect(requiredText('(?:backed by)?[a-z]+\\d(?!orbit)')).toEqual([])
    expect(requiredText('x*(?:zeta)*(?:zeta){0,2}')).toEqual([])
  })

  it('should require what a group repeated at least once and a positive lookahead hold', () => {
    expect(requiredText('(?:orbit ){1,3}labs(?= grew)')).toEqual([['orbit '], ['labs'], [' grew']])
  })

  it('should know nothing of an alternation with an alternative that requires nothing', () => {
    expect(requiredText('(?:orbit|\\d+) labs')).toEqual([[' labs']])
  })

  it('should end a run at a character that is not printable ASCII, and take escaped punctuation as itself', () => {
    expect(requiredText('zeta’s orbit')).toEqual([['zeta'], ['s orbit']])
    expect(requiredText('orbit\\.io\\u0020labs')).toEqual([['orbit.io labs']])
  })

  it('should take the given requirement for a macro atom', () => {
    expect(requiredText('orbit \\j0; labs', [[['quanta', 'zeta']]])).toEqual([['orbit '], ['zeta', 'quanta'], [' labs']])
    expect(requiredText('orbit (?:\\j0;)? labs', [[['quanta']]])).toEqual([['orbit '], [' labs']])
  })

  it('should tell when a text lacks what is required', () => {
    const required = requiredText('(?:founder|creator) of')
    expect(hasRequiredText('the creator of zeta', required)).toBe(true)
    expect(hasRequiredText('the founder and zeta', required)).toBe(false)
    expect(hasRequiredText('anything', [])).toBe(true)
  })

  it('should be a necessary condition: no text lacking it matches (random patterns and texts)', () => {
    const piece = fc.constantFrom('ab', 'c', ' ', 'b', '(?:ab|c)', '(?:a|)', 'a?', 'b+', '(?:ca){1,2}', '[ab]', '.', '(?=a)', '(?!b)', '(?<=c)', '\\.', 'ab|c')
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.stringMatching(/^[abc. ]{0,12}$/), (pieces, text) => {
        const source = pieces.join('')
        const re = new RegExp(source, 'u')
        if (re.test(text)) expect(hasRequiredText(text, requiredText(source))).toBe(true)
      }),
      { numRuns: 3000 }
    )
  })
})

describe('slotSegments', () => {
  const macros: Record<string, string> = { GAP: '[^.]{0,20}?' }
  it('should split a pattern at its top-level slots and write macros out', () => {
    expect(slotSegments('{S} joined{GAP} the {O!} council', (m) => macros[m])).toEqual([' joined[^.]{0,20}? the ', ' council'])
  })

  it('should give up on a slot in a group, a quantified slot, an alternation or a back reference', () => {
    expect(slotSegments('(?:{S} joined|{O} hired) zeta', (m) => macros[m])).toBeUndefined()
    expect(slotSegments('{S}? joined {O}', (m) => macros[m])).toBeUndefined()
    expect(slotSegments('{S} joined {O}|{O} hired {S}', (m) => macros[m])).toBeUndefined()
    expect(slotSegments('{S} joined \\k<S> {O}', (m) => macros[m])).toBeUndefined()
  })
})

describe('withoutLookarounds and canMatchEmpty', () => {
  it('should leave lookarounds out, nested groups and classes included', () => {
    expect(withoutLookarounds('a(?<!b(?:c|d)[)])e(?=f)(?:g)')).toBe('ae(?:g)')
  })

  it('should tell patterns that can match empty', () => {
    expect(canMatchEmpty('(?:a|b)?\\b(?=c)')).toBe(true)
    expect(canMatchEmpty('x*|y')).toBe(true)
    expect(canMatchEmpty('(?:a|b)c?')).toBe(false)
    expect(canMatchEmpty('[ab]{1,3}')).toBe(false)
  })
})

describe('rule pre-checks on the default rules', () => {
  // Invented sentences, masked as the matcher sees them, folded.
  const sentences = [
    `${name(0)} was founded by ${name(1)} and ${name(2)} in 2019.`,
    `${name(0)}, the founder of ${name(1)}, said it would launch on ${name(2)}.`,
    `${name(0)} raised $5 million in a seed round led by ${name(1)}.`,
    `${name(0)} is a parachain on ${name(1)}, and its native token is ${name(2)}.`,
    `${name(0)} has partnered with ${name(1)} to integrate ${name(2)}.`,
    `${name(0)} CEO ${name(1)} joined the board of ${name(2)}.`,
    `${name(0)} acquired ${name(1)}, a wallet developed by ${name(2)}.`,
    `the testnet of ${name(0)}, ${name(1)}, launched its mainnet built on ${name(2)}.`,
    `${name(0)} plans to bid for a parachain slot on ${name(1)}.`,
    `${name(0)} is headquartered in ${name(1)} and backed by ${name(2)}.`
  ].map(foldText)

  it('should never rule out a sentence a rule matches', () => {
    const triggers = new Map<string, RegExp>()
    let matched = 0
    for (const rule of DEFAULT_RULES) {
      const compiled = compileRule(rule, triggers, { lazy: true })
      if (!compiled.folded) continue
      for (const text of sentences) {
        const re = compiled.regex
        re.lastIndex = 0
        if (!re.test(text)) continue
        matched++
        expect([rule.id, hasRequiredText(text, compiled.required)]).toEqual([rule.id, true])
        for (const part of compiled.segments) expect([rule.id, part.source, part.test(text)]).toEqual([rule.id, part.source, true])
      }
    }
    expect(matched).toBeGreaterThan(10)
  })

  it('should find a requirement for most default rules', () => {
    const triggers = new Map<string, RegExp>()
    const compiled = DEFAULT_RULES.map((rule) => compileRule(rule, triggers, { lazy: true }))
    expect(compiled.filter((c) => c.required.length > 0).length).toBeGreaterThan(DEFAULT_RULES.length * 0.8)
    expect(compiled.filter((c) => c.segments.length > 0).length).toBeGreaterThan(DEFAULT_RULES.length * 0.5)
    // Spaces are plain in what the rules run on: the requirement is read after plainSpaces.
    expect(plainSpaces('a\\sb')).toBe('a b')
  })
})
