import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LiteralIndex, requirementMask } from '../../src/relations/literal-index.js'
import { compileRule } from '../../src/relations/compile.js'
import { ruleGates } from '../../src/relations/rule-gates.js'
import { DEFAULT_RULES } from '../../src/relations/rules/index.js'

/** The literals of `literals` a text contains, as `includes` finds them. */
const contained = (literals: string[], text: string): string[] => [...new Set(literals)].filter((l) => text.includes(l)).sort()

/** The literals an index marks in a text. */
function marked(literals: string[], text: string): string[] {
  const index = new LiteralIndex(literals)
  const found = new Uint16Array(index.size)
  index.mark(text, found, 4)
  return [...new Set(literals)].filter((l) => found[index.id(l)] === 4).sort()
}

describe('LiteralIndex', () => {
  it('should mark overlapping and nested literals, each once', () => {
    const literals = ['orbit labs', 'labs', 'bit', 'or', 'zeta council', 'council of']
    expect(marked(literals, 'the orbit labs joined the zeta council')).toEqual(['bit', 'labs', 'or', 'orbit labs', 'zeta council'])
  })

  it('should find a literal after a character no literal holds, and across mask characters', () => {
    expect(marked(['quanta', 'ta q'], 'ïquanta\uE000ta q')).toEqual(['quanta', 'ta q'])
  })

  it('should agree with includes on any text', () => {
    const word = fc.stringMatching(/^[a-c ]{2,5}$/)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.stringMatching(/^[a-cé \uE000]{0,40}$/), (literals, text) => {
        expect(marked(literals, text)).toEqual(contained(literals, text))
      })
    )
  })

  it('should keep one bit per text of a batch', () => {
    const index = new LiteralIndex(['orbit', 'zeta'])
    const found = new Uint16Array(index.size)
    index.mark('orbit grew', found, 1)
    index.mark('zeta and orbit', found, 2)
    expect([found[index.id('orbit')], found[index.id('zeta')]]).toEqual([3, 2])
    // A requirement of "orbit" and one of "zeta" or "quanta": only the second text holds both.
    const clauses = [Int32Array.of(index.id('orbit')), Int32Array.of(index.id('zeta'))]
    expect(requirementMask(clauses, found, 3)).toBe(2)
    expect(requirementMask([], found, 3)).toBe(3)
  })
})

describe('ruleGates', () => {
  it('should gate every default rule by its own literals and, unless it may look in the context, its trigger', () => {
    const triggers = new Map<string, RegExp>()
    const rules = DEFAULT_RULES.map((rule) => compileRule(rule, triggers, { lazy: true }))
    const gates = ruleGates(rules)
    expect(gates.clauses).toHaveLength(rules.length)
    rules.forEach((compiled, r) => {
      // Every literal of the rule's own requirement is among the gate's clauses.
      const ids = new Set(gates.clauses[r]!.map((clause) => [...clause].join()))
      for (const clause of compiled.required) expect(ids.has(clause.map((l) => gates.index.id(l)).join())).toBe(true)
    })
    // The same list gives the same gates.
    expect(ruleGates(rules)).toBe(gates)
  })

  it('should add a trigger\'s literals to the gate', () => {
    const rule = compileRule({ id: 'x', predicate: 'partnersWith', pattern: '{S} teamed up with {O}', trigger: '(?:Alliance|Pact)' }, new Map(), { lazy: true })
    const gates = ruleGates([rule])
    const found = new Uint16Array(gates.index.size)
    gates.index.mark('\uE0000\uE001 teamed up with \uE0001\uE001 in an alliance', found, 1)
    gates.index.mark('\uE0000\uE001 teamed up with \uE0001\uE001', found, 2)
    gates.index.mark('\uE0000\uE001 signed a pact', found, 4)
    expect(requirementMask(gates.clauses[0]!, found, 7)).toBe(1)
  })
})
