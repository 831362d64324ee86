import { describe, expect, it, vi } from 'vitest'
import { extract, KnowledgeGraph, toFormat } from '../src/index.js'
import { built, runAsync } from './support/cli.js'

const FIRST = ['Maria', 'Omar', 'Lena', 'Ivan', 'Sara', 'Karl', 'Nina', 'Paul']
const LAST = ['Lopez', 'Berg', 'Novak', 'Haddad', 'Costa', 'Weber', 'Silva', 'Moreau']
/** An invented person's name, distinct for every i. */
const person = (i: number): string => `${FIRST[i % 8]} ${LAST[(i >> 3) % 8]}${String.fromCharCode(97 + ((i >> 6) % 26))}${String.fromCharCode(97 + (Math.floor(i / 1664) % 26))}`
/** Deterministic base64-looking text. */
const base64 = (n: number): string => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  let x = 12345
  let s = ''
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff
    s += alphabet[x >> 25]
  }
  return s
}

// Inputs whose graph would otherwise be mentions × sentence length, or a few
// hundred bytes of JSON per few bytes of input. Sized to stay fast.
const FAMILIES: Record<string, string> = {
  'a base64 paragraph': base64(120_000),
  'one sentence naming 4,000 people': `The guests were ${Array.from({ length: 4000 }, (_, i) => person(i)).join(', ')}.`,
  '8,000 comma-separated names': Array.from({ length: 8000 }, (_, i) => person(i)).join(', '),
  'short sentences full of names': Array.from({ length: 2000 }, (_, i) => `${person(2 * i)} met ${person(2 * i + 1)}.`).join(' '),
  'names between control characters': Array.from({ length: 6000 }, (_, i) => `${person(i)}\u0001\u0002`).join(' '),
  'a long heading over many sentences': `# ${'Orbit Labs Quarterly '.repeat(2000)}\n\n${Array.from({ length: 3000 }, (_, i) => `${person(i)} spoke.`).join('\n\n')}`,
  'coordinations in every sentence': Array.from({ length: 150 }, (_, k) => `Zeta partnered with ${Array.from({ length: 40 }, (_, i) => `${person(k * 40 + i)} Labs`).join(', ')}.`).join('\n\n'),
  'quotations': Array.from({ length: 800 }, (_, i) => `"${'We ship it today, and tomorrow too. '.repeat(3)}" said ${person(i)}.`).join('\n\n')
}

describe('output size', () => {
  for (const [name, md] of Object.entries(FAMILIES)) {
    it(`should keep the graph JSON within 3× the input on ${name}`, () => {
      const kg = extract(md)
      const input = Buffer.byteLength(md)
      const output = Buffer.byteLength(toFormat(kg, 'json'))
      console.log(`${name}: ${input} B in, ${output} B of graph JSON, ratio ${(output / input).toFixed(2)}`)
      expect(input).toBeGreaterThan(22_000)
      expect(output).toBeLessThanOrEqual(3 * input)
      // What was cut is said, and the rest is still exact and loads back.
      const json = kg.toJSON()
      for (const n of json.nodes) for (const m of n.attributes.mentions) expect(md.slice(m.start.offset, m.end.offset)).toBe(m.text)
      expect(KnowledgeGraph.fromJSON(json).size).toEqual(kg.size)
    })
  }

  it('should cut nothing from an article whose graph fits in 64 KB', () => {
    const md = Array.from({ length: 20 }, (_, i) => `${person(i)}, the founder of Orbit Labs, said the Zeta network grew. Orbit Labs plans to deploy its parachain on Zeta.`).join('\n\n')
    const kg = extract(md)
    expect(kg.attributes.truncated).toBeUndefined()
    expect(kg.entity('Orbit Labs')!.mentions).toHaveLength(40)
  })

  describe('maxOutputRatio', () => {
    // About 30 KB of ordinary sentences, two relations in each paragraph: unbounded
    // its graph JSON is some 15× the input, so the default budget cuts it.
    const article = Array.from({ length: 250 }, (_, i) => `${person(i)}, the founder of Orbit Labs, said the Zeta network grew. Orbit Labs plans to deploy its parachain on Zeta.`).join('\n\n')

    it('should cut a long, dense article by default, and keep everything with false', () => {
      const cut = extract(article)
      expect(cut.attributes.truncated![0]!.mentions).toBeGreaterThan(0)
      const whole = extract(article, { maxOutputRatio: false })
      expect(whole.attributes.truncated).toBeUndefined()
      expect(whole.size.entities).toBeGreaterThan(cut.size.entities)
      expect(whole.entities().every((e) => e.mentions.length > 0)).toBe(true)
      expect(Buffer.byteLength(toFormat(whole, 'json'))).toBeGreaterThan(3 * Buffer.byteLength(article))
    })

    it('should set the budget as a multiple of the input', () => {
      const input = Buffer.byteLength(article)
      const tight = extract(article, { maxOutputRatio: 2.5 })
      const loose = extract(article, { maxOutputRatio: 6 })
      expect(Buffer.byteLength(toFormat(tight, 'json'))).toBeLessThanOrEqual(2.5 * input)
      expect(Buffer.byteLength(toFormat(loose, 'json'))).toBeLessThanOrEqual(6 * input)
      // Relations come first: a looser budget keeps more of them.
      const cut = (kg: KnowledgeGraph): number => kg.attributes.truncated![0]!.relations
      expect(cut(loose)).toBeLessThan(cut(tight))
      expect(loose.size.relations).toBeGreaterThan(tight.size.relations)
    })

    it('should reject a ratio that is not a positive number or false', () => {
      for (const maxOutputRatio of [0, -1, true, 'none', Number.NaN]) {
        expect(() => extract(article, { maxOutputRatio } as never)).toThrow(expect.objectContaining({ name: 'MarkgraphError', code: 'INVALID_OPTIONS' }))
      }
    })

    it.skipIf(!built)('should lift or set the budget from the built CLI with --max-output-ratio', async () => {
      const none = await runAsync({ input: article }, 'extract', '-', '--max-output-ratio', 'none')
      expect(none.status).toBe(0)
      const kg = KnowledgeGraph.fromJSON(none.stdout)
      expect(kg.attributes.truncated).toBeUndefined()
      expect(kg.size).toEqual(extract(article, { maxOutputRatio: false }).size)
      const byDefault = await runAsync({ input: article }, 'extract', '-')
      expect(KnowledgeGraph.fromJSON(byDefault.stdout).attributes.truncated).toHaveLength(1)
      for (const bad of ['0', '-2', 'all', '']) {
        const r = await runAsync({ input: article }, 'extract', '-', '--max-output-ratio', bad)
        expect(r.status).toBe(2)
        expect(r.stderr).toContain('--max-output-ratio')
      }
    })
  })

  it('should count what it leaves out, first mentions before repeats', () => {
    const kg = extract(FAMILIES['8,000 comma-separated names']!)
    const [cut] = kg.attributes.truncated!
    expect(cut!.entities).toBeGreaterThan(0)
    expect(cut!.entities + kg.size.entities).toBeGreaterThanOrEqual(8000 - 64)
    expect(kg.entities().every((e) => e.mentions.length >= 1)).toBe(true)
  })

  it.skipIf(!built)('should write bounded graph JSON from the built CLI, read from standard input', async () => {
    const md = FAMILIES['a base64 paragraph']!
    const { status, stdout } = await runAsync({ input: md }, 'extract', '-')
    expect(status).toBe(0)
    expect(Buffer.byteLength(stdout)).toBeLessThanOrEqual(3 * Buffer.byteLength(md))
    expect(KnowledgeGraph.fromJSON(stdout).attributes.truncated).toHaveLength(1)
  })

  it('should store a sentence once however many facts it gives', () => {
    const kg = extract(`The guests were ${Array.from({ length: 50 }, (_, i) => person(i)).join(', ')}.`)
    const sentences = kg.attributes.sentences!
    expect(sentences).toHaveLength(1)
    expect(kg.entities().every((e) => e.mentions.every((m) => kg.sentence(m).text === sentences[0]!.text))).toBe(true)
  })

  it('should turn an output too large for a string into a MarkgraphError', () => {
    // What V8 throws past its longest string, without building one.
    const kg = extract('Orbit Labs plans to deploy its parachain on Zeta.')
    const spy = vi.spyOn(JSON, 'stringify').mockImplementation(() => {
      throw new RangeError('Invalid string length')
    })
    try {
      for (const format of ['json', 'jsonld', 'graphml', 'gexf', 'csv'] as const) expect(() => toFormat(kg, format)).toThrow(expect.objectContaining({ name: 'MarkgraphError', code: 'OUTPUT_TOO_LARGE' }))
    } finally {
      spy.mockRestore()
    }
    expect(toFormat(kg, 'json')).toContain('orbit-labs')
  })
})
