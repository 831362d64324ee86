import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract, extractCorpus, mergeGraphs, type GraphJSON } from '../src/index.js'
import { BYTES_PER_WORKER, automaticJobs } from '../src/corpus/extract-corpus.js'

const fixture = readFileSync(new URL('../fixtures/kusama-2019-11.md', import.meta.url), 'utf8')

// Small articles built from a pool of sentences that share names, so merges really join nodes.
const SENTENCES = [
  'Zeta founder Maria Lopez opened the conference.',
  'Dr. Maria Lopez said the Zeta network is growing.',
  "Zeta, Omicron's canary network, grew fast.",
  'Orion Network and Vega Network announced their plans to integrate with Zeta.',
  'Meanwhile, Orion secured a parachain slot on Zeta.',
  'The Zeta Treasury funded various community initiatives.',
  "The Orbit Foundation's Peter Novak welcomed the news.",
  "Zeta's native ZET token rose after the upgrade.",
  'Orbit Labs acquired Quanta Finance last week.',
  '"The upgrade gives holders real power over the network," said Maria Lopez.'
]
const article = fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 5 }).map((s) => s.join(' '))
const graphOf = (md: string, i: number): GraphJSON => extract(md, { source: `doc-${i}.md` }).toJSON()
const json = (g: { toJSON(): GraphJSON }): string => JSON.stringify(g.toJSON())

describe('mergeGraphs', () => {
  it('should be commutative on the serialised result', () => {
    fc.assert(
      fc.property(article, article, (a, b) => {
        const ga = graphOf(a, 1)
        const gb = graphOf(b, 2)
        expect(json(mergeGraphs(ga, gb))).toBe(json(mergeGraphs(gb, ga)))
      }),
      { numRuns: 40 }
    )
  })
  it('should be associative on the serialised result', () => {
    fc.assert(
      fc.property(article, article, article, (a, b, c) => {
        const [ga, gb, gc] = [graphOf(a, 1), graphOf(b, 2), graphOf(c, 3)]
        expect(json(mergeGraphs(mergeGraphs(ga, gb), gc))).toBe(json(mergeGraphs(ga, mergeGraphs(gb, gc))))
      }),
      { numRuns: 40 }
    )
  })
  it('should be idempotent: a graph merged with itself is itself, normalised', () => {
    fc.assert(
      fc.property(article, (a) => {
        const g = graphOf(a, 1)
        expect(json(mergeGraphs(g, g))).toBe(json(mergeGraphs(g)))
      }),
      { numRuns: 20 }
    )
  })
  it('should order entities whose keys collide by content, whatever the input order', () => {
    // "Vega-Net" and "Vega Net" normalise apart but slug alike; a Concept never joins a name.
    const evidence = (source: string, text: string) => ({
      text,
      sentence: 0,
      start: { offset: 0, line: 1, column: 1 },
      end: { offset: text.length, line: 1, column: text.length + 1 },
      rule: 'test'
    })
    const graph = (source: string, name: string, type: string): GraphJSON => ({
      attributes: { generator: 'markgraph', source, sentences: [{ text: `${name} grew.`, section: [], offset: 0, source }], headings: [] },
      options: { type: 'directed', multi: true, allowSelfLoops: false },
      nodes: [{ key: name, attributes: { name, type, aliases: [], mentions: [evidence(source, name)], quotes: [] } }],
      edges: []
    })
    const inputs = [graph('a.md', 'Vega-Net', 'Project'), graph('b.md', 'Vega Net', 'Network'), graph('c.md', 'vega net', 'Concept')]
    fc.assert(
      fc.property(fc.shuffledSubarray(inputs, { minLength: 3, maxLength: 3 }), (order) => {
        const merged = mergeGraphs(...order)
        expect(json(merged)).toBe(json(mergeGraphs(...inputs)))
        expect(merged.entities().map((e) => e.key)).toEqual(['vega-net', 'vega-net-2', 'vega-net-3'])
      }),
      { numRuns: 12 }
    )
  })
  it('should join one person across documents and keep every source', () => {
    const merged = mergeGraphs(graphOf('Zeta founder Maria Lopez opened the conference.', 1), graphOf('Dr. Maria Lopez spoke about Zeta, a relay chain.', 2))
    const maria = merged.entity('Maria Lopez')!
    expect(merged.entities({ type: 'Person' })).toHaveLength(1)
    expect(maria.documents).toEqual(['doc-1.md', 'doc-2.md'])
    expect(new Set(maria.mentions.map((m) => merged.sentence(m).source))).toEqual(new Set(['doc-1.md', 'doc-2.md']))
  })
  it('should make a triple stated in two documents one edge with both pieces of evidence', () => {
    const md = 'Zeta founder Maria Lopez opened the conference.'
    const merged = mergeGraphs(graphOf(md, 1), graphOf(md, 2))
    const [edge] = merged.relations({ predicate: 'foundedBy' })
    expect(edge!.evidence.map((e) => merged.sentence(e).source)).toEqual(['doc-1.md', 'doc-2.md'])
    expect(edge!.documents).toEqual(['doc-1.md', 'doc-2.md'])
  })
})

describe('extractCorpus', () => {
  it('should merge documents and report failures without stopping', async () => {
    const progress: number[] = []
    const result = await extractCorpus(
      [
        { source: 'a.md', markdown: fixture },
        { source: 'b.md', markdown: 'Zeta founder Maria Lopez opened the conference.' },
        { source: 'c.md', markdown: 'x'.repeat(50) }
      ],
      { extract: { maxBytes: 40_000 }, onProgress: (p) => progress.push(p.done) }
    )
    expect(progress).toEqual([1, 2, 3])
    expect(result.failures).toEqual([])
    expect(result.graph.entity('Gavin Wood')?.documents).toEqual(['a.md'])
    expect(result.graph.attributes.sources).toEqual(['a.md', 'b.md', 'c.md'])
  })
  it('should keep going when one document fails', async () => {
    const result = await extractCorpus([{ source: 'big.md', markdown: 'x'.repeat(9000) }, { source: 'ok.md', markdown: fixture }], { extract: { maxBytes: 8000 } })
    expect(result.failures.map((f) => [f.source, (f.error as { code?: string }).code])).toEqual([['big.md', 'INPUT_TOO_LARGE']])
    expect(result.graph.entity('Gavin Wood')?.documents).toEqual(['ok.md'])
  })
  it('should start no more workers automatically than the corpus repays', () => {
    expect(automaticJobs(90_000, 2)).toBe(1)
    expect(automaticJobs(2 * BYTES_PER_WORKER - 1, 8)).toBe(1)
    expect(automaticJobs(2 * BYTES_PER_WORKER, 8)).toBe(2)
    expect(automaticJobs(100 * BYTES_PER_WORKER, 4)).toBe(4)
    expect(automaticJobs(0, 1)).toBe(1)
  })
  it('should give byte-identical output with 1 and 2 worker threads', async () => {
    const docs = [fixture, ...SENTENCES].map((markdown, i) => ({ source: `d${i}.md`, markdown }))
    const one = await extractCorpus(docs, { jobs: 1 })
    const two = await extractCorpus(docs, { jobs: 2 })
    expect(json(two.graph)).toBe(json(one.graph))
  })
})
