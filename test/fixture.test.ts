import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.js'
import { scoreGraph, type ExpectedGraph } from './support/score.js'

const markdown = readFileSync(new URL('../fixtures/kusama-2019-11.md', import.meta.url), 'utf8')
const expected = JSON.parse(readFileSync(new URL('../fixtures/kusama-2019-11.expected.json', import.meta.url), 'utf8')) as ExpectedGraph

describe('founding fixture (kusama-2019-11.md)', () => {
  const kg = extract(markdown, { source: 'kusama-2019-11.md' })
  const score = scoreGraph(expected, kg.toJSON())

  it('should score entity F1 ≥ 0.95, relation F1 ≥ 0.90 and every quote against the expected graph', () => {
    const report = `entity F1 ${score.entity.f1.toFixed(3)}, relation F1 ${score.relation.f1.toFixed(3)}, quotes ${score.quotes.ok}/${score.quotes.n}\nmisses: ${score.misses.join('; ')}\nextras: ${score.extras.join('; ')}`
    expect(score.entity.f1, report).toBeGreaterThanOrEqual(0.95)
    expect(score.relation.f1, report).toBeGreaterThanOrEqual(0.9)
    expect(score.quotes.ok, report).toBe(score.quotes.n)
  })

  it('should record the title, date and source', () => {
    expect(kg.attributes).toMatchObject({ title: 'Kusama News - November 2019', date: '2019-11', source: 'kusama-2019-11.md' })
  })

  it('should give every relation evidence that is the exact source slice, with line:column', () => {
    for (const r of kg.relations()) {
      for (const e of r.evidence) {
        expect(markdown.slice(e.start.offset, e.end.offset)).toBe(e.text)
        const lines = markdown.slice(0, e.start.offset).split('\n')
        expect(e.start.line).toBe(lines.length)
        expect(e.start.column).toBe(lines[lines.length - 1]!.length + 1)
        expect(e.rule).toMatch(/^[a-z]/)
        expect(kg.sentence(e).section.length).toBeGreaterThan(0)
        expect(kg.sentence(e).text).toContain(e.text.replace(/\s+/g, ' ').replace(/\*\*|__/g, '').slice(0, 10))
      }
    }
  })

  it('should keep Kusama, Kusama Council and Kusama Treasury apart and merge name variants', () => {
    expect(kg.entity('Kusama')?.type).toBe('Network')
    expect(kg.entity('Kusama Council')?.type).toBe('Organization')
    expect(kg.entity('Kusama Treasury')?.type).toBe('Organization')
    expect(new Set([kg.entity('Kusama')?.key, kg.entity('Kusama Council')?.key, kg.entity('Kusama Treasury')?.key]).size).toBe(3)
    expect(kg.entity('Kusama Network')?.key).toBe(kg.entity('Kusama')?.key)
  })

  it('should resolve "the network\'s governance body" and say so in the evidence', () => {
    const [partOf] = kg.relations({ subject: 'Kusama Council', predicate: 'partOf', object: 'Kusama' })
    expect(partOf?.evidence[0]?.resolved?.[0]).toMatchObject({ text: 'the network', entity: 'Kusama' })
  })

  it('should attribute Gavin Wood\'s quote', () => {
    expect(kg.quotes().map((q) => [q.speakerName, q.text.slice(0, 36)])).toEqual([['Gavin Wood', 'Kusama is exceeding our expectations']])
  })

  it('should be deterministic', () => {
    expect(JSON.stringify(extract(markdown, { source: 'kusama-2019-11.md' }).toJSON())).toBe(JSON.stringify(kg.toJSON()))
  })
})
