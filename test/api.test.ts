import { describe, expect, it } from 'vitest'
import * as markgraph from '../src/index.js'
import { createExtractor, extract, MarkgraphError } from '../src/index.js'

describe('public API', () => {
  it('should expose exactly these identifiers', () => {
    expect(Object.keys(markgraph).sort()).toEqual([
      'DEFAULT_BASE_IRI', 'DEFAULT_MAX_BYTES', 'DEFAULT_PREDICATES', 'DEFAULT_RULES', 'ENTITY_TYPES', 'EvidenceSchema', 'ExtractOptionsSchema',
      'FORMATS', 'GraphJSONSchema', 'JSONLD_CONTEXT', 'KnowledgeGraph', 'MarkgraphError', 'PREDICATES', 'RelationRuleSchema', 'SchemaSchema', 'SentenceSchema',
      'createExtractor', 'extract', 'extractCorpus', 'graphJsonSchema', 'mergeGraphs', 'parseMarkdown', 'toFormat'
    ])
  })
  it('should give every default rule a unique id and a known predicate', () => {
    const ids = markgraph.DEFAULT_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of markgraph.DEFAULT_RULES) expect(markgraph.PREDICATES).toContain(r.predicate)
    expect(new Set(markgraph.DEFAULT_RULES.map((r) => r.predicate))).toEqual(new Set(markgraph.PREDICATES))
  })
})

describe('options and errors', () => {
  it('should reject bad options with INVALID_OPTIONS naming the field', () => {
    expect(() => extract('text', { minConfidence: 3 } as never)).toThrow(/minConfidence/)
    try {
      extract('text', { maxBytes: -1 })
    } catch (error) {
      expect(error).toBeInstanceOf(MarkgraphError)
      expect((error as MarkgraphError).code).toBe('INVALID_OPTIONS')
    }
  })
  it('should reject an unknown option (a typo) instead of ignoring it', () => {
    expect(() => extract('text', { minConfidance: 0.5 } as never)).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', message: expect.stringMatching(/minConfidance/) }))
  })
  it('should reject input over maxBytes and non-string input', () => {
    expect(() => extract('x'.repeat(100), { maxBytes: 10 })).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE' }))
    expect(() => extract(42 as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }))
  })
  it('should return an empty graph for empty input', () => {
    expect(extract('').size).toEqual({ entities: 0, relations: 0 })
    expect(extract('   \n\n  ').toJSON().nodes).toEqual([])
  })
  it('should drop relations under minConfidence', () => {
    const md = 'Orbit Labs acquired Quanta Finance. Zeta founder Maria Lopez spoke.'
    expect(extract(md).relations().length).toBe(2)
    expect(extract(md, { minConfidence: 0.86 }).relations().map((r) => r.predicate)).toEqual(['foundedBy'])
  })
})

describe('user rules', () => {
  const rules = {
    predicates: [{ name: 'investedIn', label: 'invested in', domain: ['Organization'], range: ['Organization', 'Project'] }],
    relations: [{ id: 'invested-in', predicate: 'investedIn', pattern: '{S}\\s+(?:has\\s+)?invested\\s+in\\s+{O}' }],
    lexicon: [{ name: 'Orbit Capital', type: 'Organization', aliases: ['OC'] }]
  }
  it('should extract a user-defined predicate', () => {
    const kg = extract('Orbit Capital invested in Quasar Wallet last year.', { rules })
    expect(kg.relations({ predicate: 'investedIn' as never }).map((r) => `${r.subject} ${r.object}`)).toEqual(['orbit-capital quasar-wallet'])
    expect(kg.relations({ predicate: 'investedIn' })[0]!.evidence[0]!.rule).toBe('invested-in')
  })
  it('should merge lexicon aliases and types', () => {
    const kg = createExtractor(rules).extract('Orbit Capital grew. OC hired staff.')
    expect(kg.entity('OC')?.name).toBe('Orbit Capital')
    expect(kg.entity('OC')?.type).toBe('Organization')
  })
  it('should reject invalid rules with INVALID_RULES', () => {
    // The types reject an undeclared predicate too; the runtime check is for JavaScript callers.
    // @ts-expect-error 'nope' is not a declared predicate
    expect(() => createExtractor({ relations: [{ id: 'x', predicate: 'nope', pattern: '{S} {O}' }] })).toThrow(/unknown predicate "nope"/)
    expect(() => createExtractor({ relations: [{ id: 'x', predicate: 'foundedBy', pattern: '{S} founded' }] })).toThrow(/needs both \{S\} and \{O\}/)
    expect(() => createExtractor({ relations: [{ id: 'x', predicate: 'foundedBy', pattern: '{S} ( {O}' }] })).toThrow(/invalid pattern/)
    expect(() => createExtractor({ relations: [{ id: '1bad', predicate: 'foundedBy', pattern: '{S} {O}' }] } as never)).toThrow(expect.objectContaining({ code: 'INVALID_RULES' }))
  })
  it('should reject unknown keys in rules, frames, lexicon and cues (a typo would otherwise be dropped)', () => {
    const typo = (schema: unknown, key: string): void => {
      expect(() => createExtractor(schema as never)).toThrow(expect.objectContaining({ code: 'INVALID_RULES', message: expect.stringContaining(key) }))
    }
    typo({ relations: [{ id: 'x', predicate: 'foundedBy', pattern: '{S} founded {O}', subjectType: ['Person'] }] }, 'subjectType')
    typo({ relations: [{ predicate: 'foundedBy', verbs: [{ lemmas: ['start'], subject: 'object', object: 'subject' }], exmaples: [] }] }, 'exmaples')
    typo({ lexicon: [{ name: 'Orbit Capital', type: 'Organization', alias: ['OC'] }] }, 'alias')
    typo({ suffixCues: [{ id: 'x', words: ['Guild'], type: 'Organization', wieght: 2 }] }, 'wieght')
    typo({ lexicn: [] }, 'lexicn')
  })
  it('should replace the default schema when asked', () => {
    const only = createExtractor({ ...rules, entityTypes: ['Organization', 'Project'] }, { replace: true })
    expect(only.predicates.map((p) => p.name)).toEqual(['investedIn'])
    expect(only.extract('Zeta founder Maria Lopez spoke.').relations()).toEqual([])
  })
})
