import { describe, expect, it } from 'vitest'
import { Parser } from 'n3'
import jsonld from 'jsonld'
import oxigraph from 'oxigraph'
import { DEFAULT_BASE_IRI, JSONLD_CONTEXT, toFormat } from '../../src/index.js'
import { fixtureGraph, hostileGraph } from './fixture-graph.js'

const MG = 'https://markgraph.dev/vocab#'
const ENTITY = 'urn:markgraph:'
const CONTEXT_URL = 'https://example.org/markgraph/context.jsonld'
const graph = fixtureGraph()
const predicates = new Set(graph.edges.map((e) => MG + e.attributes.predicate))
const expected = new Set(graph.edges.map((e) => `${ENTITY}${e.source} ${MG}${e.attributes.predicate} ${ENTITY}${e.target}`))

/**
 * The relation triples among parsed quads, as "s p o" strings.
 *
 * @param quads Quads with termType/value terms.
 * @returns Set of relation triples.
 */
function relationTriples(quads: Array<{ subject: { value: string }; predicate: { value: string }; object: { value: string } }>): Set<string> {
  return new Set(quads.filter((q) => predicates.has(q.predicate.value)).map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`))
}

describe('turtle and ntriples', () => {
  it('should parse the Turtle to exactly the graph relations', () => {
    const quads = new Parser({ format: 'Turtle' }).parse(toFormat(graph, 'turtle'))
    expect(relationTriples(quads)).toEqual(expected)
    expect(expected.size).toBe(graph.edges.length)
  })
  it('should parse the N-Triples to exactly the graph relations', () => {
    const text = toFormat(graph, 'ntriples')
    const quads = new Parser({ format: 'N-Triples' }).parse(text)
    expect(relationTriples(quads)).toEqual(expected)
    expect(text.trim().split('\n').length).toBe(quads.length)
  })
  it('should describe each relation as an mg:Statement with its evidence', () => {
    const quads = new Parser({ format: 'Turtle' }).parse(toFormat(graph, 'turtle'))
    const statement = ENTITY + encodeURIComponent('acala-network|plansParachainOn|kusama')
    const about = quads.filter((q) => q.subject.value === statement)
    const value = (p: string): string[] => about.filter((q) => q.predicate.value === MG + p).map((q) => q.object.value)
    expect(value('subject')).toEqual([`${ENTITY}acala-network`])
    expect(value('predicate')).toEqual([`${MG}plansParachainOn`])
    expect(value('object')).toEqual([`${ENTITY}kusama`])
    expect(value('confidence')).toEqual(['0.85'])
    const evidence = value('evidence')
    expect(evidence.length).toBe(1)
    const sentence = quads.find((q) => q.subject.value === evidence[0] && q.predicate.value === `${MG}sentence`)
    expect(sentence?.object.value).toMatch(/deploy their parachain on Kusama/)
  })
  it('should answer "who plans a parachain on Kusama?" in oxigraph', () => {
    const store = new oxigraph.Store()
    store.load(toFormat(graph, 'turtle'), { format: 'text/turtle' })
    const rows = store.query(`PREFIX mg: <${MG}> PREFIX schema: <https://schema.org/>
      SELECT ?who WHERE { ?kusama schema:name "Kusama" . ?who mg:plansParachainOn ?kusama }`) as Array<Map<string, { value: string }>>
    expect(rows.map((r) => r.get('who')!.value)).toEqual([`${ENTITY}acala-network`])
  })
  it('should run the evidence query of docs/formats.md', () => {
    const store = new oxigraph.Store()
    store.load(toFormat(graph, 'turtle'), { format: 'text/turtle' })
    const rows = store.query(`PREFIX mg: <${MG}>
      PREFIX schema: <https://schema.org/>
      SELECT ?who ?sentence WHERE {
        ?kusama schema:name "Kusama" .
        ?who mg:plansParachainOn ?kusama .
        ?st mg:subject ?who ; mg:predicate mg:plansParachainOn ; mg:object ?kusama ;
            mg:evidence/mg:sentence ?sentence .
      }`) as Array<Map<string, { value: string }>>
    expect(rows.length).toBe(1)
    expect(rows[0]!.get('sentence')!.value).toMatch(/Acala Network, a DeFi protocol/)
  })
  it('should type dates, positions and the section path', () => {
    const name = 'A "quoted" \\ back\nslash'
    const quads = new Parser({ format: 'Turtle' }).parse(toFormat(hostileGraph([name, 'B']), 'turtle'))
    const object = (p: string): { value: string; datatype?: { value: string } } => quads.find((q) => q.predicate.value === MG + p)!.object as never
    expect(object('dateStart').value).toBe('2019-11-01')
    expect(object('dateStart').datatype!.value).toBe('http://www.w3.org/2001/XMLSchema#date')
    expect(object('date').value).toBe('2019-11')
    expect(object('startLine').datatype!.value).toBe('http://www.w3.org/2001/XMLSchema#integer')
    const firsts = quads.filter((q) => q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#first').map((q) => q.object.value)
    expect(firsts).toEqual(['Top', 'Sub'])
    expect(quads.find((q) => q.predicate.value === 'https://schema.org/name')!.object.value).toBe(name)
  })
  it('should be deterministic', () => {
    expect(toFormat(graph, 'turtle')).toBe(toFormat(fixtureGraph(), 'turtle'))
  })
})

describe('jsonld', () => {
  /** A loader that refuses the network, as an offline processor does. */
  const offline = async (url: string): Promise<never> => {
    throw new Error(`no network in tests: ${url}`)
  }
  const documentLoader = async (url: string): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> => {
    if (url === CONTEXT_URL) return { contextUrl: null, documentUrl: url, document: structuredClone(JSONLD_CONTEXT) }
    return offline(url)
  }
  it('should embed the context, so a processor expands it offline to the relation triples', async () => {
    const doc = JSON.parse(toFormat(graph, 'jsonld'))
    expect(doc['@context']).toEqual(JSONLD_CONTEXT['@context'])
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader: offline } as never)) as unknown as string
    expect(relationTriples(new Parser({ format: 'N-Quads' }).parse(nquads))).toEqual(expected)
  })
  it('should refer to the context by contextUrl when asked', async () => {
    const doc = JSON.parse(toFormat(graph, 'jsonld', { contextUrl: CONTEXT_URL }))
    expect(doc['@context']).toBe(CONTEXT_URL)
    await expect(jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader: offline } as never)).rejects.toThrow()
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader } as never)) as unknown as string
    expect(relationTriples(new Parser({ format: 'N-Quads' }).parse(nquads))).toEqual(expected)
  })
  it('should give the same triples as the Turtle export', async () => {
    const doc = JSON.parse(toFormat(graph, 'jsonld'))
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader: offline } as never)) as unknown as string
    const canon = (quads: Array<{ subject: { termType: string; value: string }; predicate: { value: string }; object: { termType: string; value: string } }>): Set<string> =>
      new Set(quads.filter((q) => q.subject.termType === 'NamedNode' && q.object.termType !== 'BlankNode').map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`))
    expect(canon(new Parser({ format: 'N-Quads' }).parse(nquads))).toEqual(canon(new Parser({ format: 'Turtle' }).parse(toFormat(graph, 'turtle'))))
  })
  it('should map Person, Organization and Place to schema.org and the rest to mg:', () => {
    const terms = JSONLD_CONTEXT['@context'] as Record<string, unknown>
    expect(terms.Person).toBe('schema:Person')
    expect(terms.Organization).toBe('schema:Organization')
    expect(terms.Place).toBe('schema:Place')
    expect(terms.Network).toBe('mg:Network')
    expect(terms.name).toBe('schema:name')
    expect(terms.plansParachainOn).toEqual({ '@id': 'mg:plansParachainOn', '@type': '@id' })
  })
})

describe('baseIri', () => {
  const base = 'https://example.org/kg/'
  it('should mint entity and statement IRIs under the base in JSON-LD, Turtle and N-Triples', async () => {
    const mine = new Set(graph.edges.map((e) => `${base}${e.source} ${MG}${e.attributes.predicate} ${base}${e.target}`))
    const turtle = new Parser({ format: 'Turtle' }).parse(toFormat(graph, 'turtle', { baseIri: base }))
    expect(relationTriples(turtle)).toEqual(mine)
    expect(relationTriples(new Parser({ format: 'N-Triples' }).parse(toFormat(graph, 'ntriples', { baseIri: base })))).toEqual(mine)
    const doc = JSON.parse(toFormat(graph, 'jsonld', { baseIri: base }))
    const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads' } as never)) as unknown as string
    expect(relationTriples(new Parser({ format: 'N-Quads' }).parse(nquads))).toEqual(mine)
    const statement = `${base}${encodeURIComponent('acala-network|plansParachainOn|kusama')}`
    expect(turtle.some((q) => q.subject.value === statement && q.object.value === `${MG}Statement`)).toBe(true)
    expect(turtle.every((q) => !q.subject.value.startsWith(ENTITY))).toBe(true)
  })
  it('should default to urn:markgraph:', () => {
    expect(DEFAULT_BASE_IRI).toBe('urn:markgraph:')
    expect(toFormat(graph, 'ntriples')).toContain('<urn:markgraph:acala-network> <https://markgraph.dev/vocab#plansParachainOn> <urn:markgraph:kusama> .')
  })
  it('should reject a base that is not an absolute IRI', () => {
    for (const bad of ['kg/', 'https://example.org/a b/', 'urn:x:<y>']) {
      expect(() => toFormat(graph, 'turtle', { baseIri: bad })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }))
    }
    expect(() => toFormat(graph, 'jsonld', { contextUrl: 'context.jsonld' })).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS' }))
  })
})
