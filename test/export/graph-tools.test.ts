import { describe, expect, it } from 'vitest'
import Graph from 'graphology'
import { parse as parseGexf } from 'graphology-gexf'
import { parse as parseGraphML } from 'graphology-graphml'
import { FORMATS, toFormat, type GraphJSON } from '../../src/index.js'
import { fixtureGraph, hostileGraph } from './fixture-graph.js'

const graph = fixtureGraph()

/**
 * Node and edge facts of a graph JSON, for comparing with a parsed graph.
 *
 * @param json Graph JSON.
 * @returns Nodes as "key name type", edges as "key source target predicate".
 */
function facts(json: GraphJSON): { nodes: string[]; edges: string[] } {
  return {
    nodes: json.nodes.map((n) => `${n.key}\t${n.attributes.name}\t${n.attributes.type}`).sort(),
    edges: json.edges.map((e) => `${e.key}\t${e.source}\t${e.target}\t${e.attributes.predicate}`).sort()
  }
}

/**
 * The same facts read from a parsed graphology graph.
 *
 * @param g Parsed graph.
 * @returns Nodes and edges as in {@link facts}.
 */
function parsedFacts(g: Graph): { nodes: string[]; edges: string[] } {
  return {
    nodes: g.mapNodes((k, a) => `${k}\t${a.name}\t${a.type}`).sort(),
    edges: g.mapEdges((k, a, s, t) => `${k}\t${s}\t${t}\t${a.predicate}`).sort()
  }
}

describe('graphml', () => {
  it('should parse back with graphology-graphml to the same nodes and edges', () => {
    const g = parseGraphML(Graph, toFormat(graph, 'graphml'))
    expect(parsedFacts(g)).toEqual(facts(graph))
    expect(g.type).toBe('directed')
  })
  it('should declare typed keys and keep complex attributes as JSON', () => {
    const text = toFormat(graph, 'graphml')
    expect(text).toContain('attr.name="confidence" attr.type="double"')
    const g = parseGraphML(Graph, text)
    const edge = g.getEdgeAttributes('acala-network|plansParachainOn|kusama')
    expect(edge.confidence).toBe(0.85)
    expect(JSON.parse(edge.evidence as string)).toEqual(graph.edges.find((e) => e.key === 'acala-network|plansParachainOn|kusama')!.attributes.evidence)
    expect(JSON.parse(g.getNodeAttribute('kusama', 'aliases') as string)).toEqual(graph.nodes.find((n) => n.key === 'kusama')!.attributes.aliases)
  })
  it('should escape hostile names', () => {
    const hostile = hostileGraph(['A & B <x> "q" \'s\'', 'line\nbreak ]]> end'])
    expect(parsedFacts(parseGraphML(Graph, toFormat(hostile, 'graphml')))).toEqual(facts(hostile))
  })
})

describe('gexf', () => {
  it('should parse back with graphology-gexf to the same nodes and edges', () => {
    const g = parseGexf(Graph, toFormat(graph, 'gexf'))
    expect(parsedFacts(g)).toEqual(facts(graph))
  })
  it('should escape hostile names', () => {
    const hostile = hostileGraph(['A & B <x> "q" \'s\'', 'tab\tand ]]> end'])
    expect(parsedFacts(parseGexf(Graph, toFormat(hostile, 'gexf')))).toEqual(facts(hostile))
  })
})

describe('json', () => {
  it('should write the graph JSON deterministically', () => {
    expect(JSON.parse(toFormat(graph, 'json'))).toEqual(graph)
    expect(toFormat(graph, 'json', { pretty: true })).toBe(toFormat(fixtureGraph(), 'json', { pretty: true }))
  })
  it('should reject an unknown format with UNKNOWN_FORMAT', () => {
    expect(() => toFormat(graph, 'yaml' as never)).toThrow(expect.objectContaining({ code: 'UNKNOWN_FORMAT' }))
  })
  it('should write every format for an empty graph', () => {
    const empty: GraphJSON = { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes: [], edges: [] }
    for (const format of FORMATS) expect(toFormat(empty, format)).toBeDefined()
    expect(parseGraphML(Graph, toFormat(empty, 'graphml')).order).toBe(0)
    expect(parseGexf(Graph, toFormat(empty, 'gexf')).order).toBe(0)
  })
  it('should not mutate its input', () => {
    const before = JSON.stringify(graph)
    for (const format of ['json', 'jsonld', 'turtle', 'graphml', 'gexf', 'cypher', 'csv', 'mermaid', 'dot', 'html'] as const) toFormat(graph, format)
    expect(JSON.stringify(graph)).toBe(before)
  })
})
