import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Graph from 'graphology'
import { parse as parseGexf } from 'graphology-gexf'
import { parse as parseGraphML } from 'graphology-graphml'
import { Parser } from 'n3'
import oxigraph from 'oxigraph'
import { describe, expect, it } from 'vitest'
import { extractCorpus, FORMATS, toFormat } from '../../src/index.js'

// The merged graph of ../shared/corpus when present, else of the fixture and short articles.
const shared = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url))
const fixture = readFileSync(new URL('../../fixtures/kusama-2019-11.md', import.meta.url), 'utf8')
const documents = existsSync(shared)
  ? readdirSync(shared).filter((f) => f.endsWith('.md')).sort().map((f) => ({ source: f, markdown: readFileSync(shared + f, 'utf8') }))
  : [fixture, 'Dr. Gavin Wood, founder of Polkadot, spoke.', 'Zeta founder Maria Lopez opened the conference.'].map((markdown, i) => ({ source: `d${i}.md`, markdown }))

describe(`exports of a merged corpus graph (${documents.length} articles)`, async () => {
  const { graph } = await extractCorpus(documents)
  const json = graph.toJSON()

  it('should write every format', () => {
    for (const format of FORMATS) expect(toFormat(graph, format)).toBeTruthy()
  })
  it('should load its Turtle into a SPARQL store with every relation', () => {
    const store = new oxigraph.Store()
    store.load(toFormat(graph, 'turtle') as string, { format: 'text/turtle' })
    const rows = [...(store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . FILTER(STRSTARTS(STR(?p), "https://markgraph.dev/vocab#")) ?s <https://schema.org/name> ?name }') as Iterable<Map<string, { value: string }>>)]
    expect(Number(rows[0]!.get('n')!.value)).toBe(json.edges.length)
    expect(new Parser({ format: 'N-Triples' }).parse(toFormat(graph, 'ntriples') as string).length).toBeGreaterThan(json.edges.length)
  })
  it('should round-trip through GraphML and GEXF', () => {
    for (const g of [parseGraphML(Graph, toFormat(graph, 'graphml') as string), parseGexf(Graph, toFormat(graph, 'gexf') as string)]) {
      expect(g.order).toBe(json.nodes.length)
      expect(g.size).toBe(json.edges.length)
    }
  })
  it('should keep one Gavin Wood across the corpus', () => {
    expect(json.nodes.filter((n) => n.attributes.name === 'Gavin Wood')).toHaveLength(1)
  })
})
