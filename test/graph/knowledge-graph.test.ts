import { DirectedGraph, MultiDirectedGraph } from 'graphology'
import { describe, expect, it } from 'vitest'
import { KnowledgeGraph } from '../../src/graph/knowledge-graph.js'
import { normalizeName } from '../../src/names/index.js'
import { slugify } from '../../src/graph/slug.js'
import { MarkgraphError } from '../../src/errors.js'
import { GraphJSONSchema, type EntityAttributes, type Evidence, type GraphAttributes, type GraphJSON, type RelationAttributes } from '../../src/schema.js'

/**
 * A valid piece of evidence for a span of one line.
 *
 * @param text Matched text.
 * @param rule Rule id.
 * @param offset Offset of the span in the (imaginary) source.
 * @returns Evidence.
 */
function evidence(text: string, rule: string, offset = 0): Evidence {
  return {
    sentence: 0,
    start: { offset, line: 3, column: offset + 1 },
    end: { offset: offset + text.length, line: 3, column: offset + text.length + 1 },
    text,
    rule
  }
}

/**
 * Entity attributes.
 *
 * @param name Canonical name.
 * @param type Entity type.
 * @param aliases Aliases.
 * @param quotes Quotations.
 * @returns Attributes.
 */
function node<T extends string>(name: string, type: T, aliases: string[] = [], quotes: EntityAttributes['quotes'] = []): EntityAttributes & { type: T } {
  return { name, type, aliases, mentions: [{ ...evidence(name, 'name-finder'), type }], quotes }
}

/**
 * Relation attributes.
 *
 * @param predicate Predicate.
 * @param label Label.
 * @param confidence Confidence.
 * @returns Attributes.
 */
function edge(predicate: string, label: string, confidence: number): RelationAttributes {
  return { predicate, label, evidence: [evidence(label, `rule-${predicate}`, 10)], rules: [`rule-${predicate}`], confidence }
}

const NODES: Array<[string, EntityAttributes]> = [
  ['kusama', node('Kusama', 'Network', ['Kusama Network'])],
  ['polkadot', node('Polkadot', 'Network')],
  ['gavin-wood', node('Gavin Wood', 'Person', ['Dr. Gavin Wood', 'Gav'], [{ text: 'Kusama is exceeding expectations', evidence: evidence('"Kusama is exceeding expectations"', 'quote-said', 40) }])],
  ['acala-network', node('Acala Network', 'Project', ['Acala'])],
  ['web3-foundation', node('Web3 Foundation', 'Organization', ['W3F'])]
]

const EDGES: Array<[string, string, RelationAttributes]> = [
  ['kusama', 'polkadot', edge('testnetOf', 'testnet of', 0.9)],
  ['polkadot', 'gavin-wood', edge('foundedBy', 'founded by', 0.8)],
  ['kusama', 'gavin-wood', edge('foundedBy', 'founded by', 0.7)],
  ['acala-network', 'kusama', edge('plansParachainOn', 'plans parachain on', 0.6)],
  ['acala-network', 'polkadot', edge('plansParachainOn', 'plans parachain on', 0.5)],
  // A second predicate between the same pair: the graph must be multi.
  ['acala-network', 'polkadot', edge('builtOn', 'built on', 0.4)],
  ['web3-foundation', 'gavin-wood', edge('foundedBy', 'founded by', 0.9)]
]

/**
 * Copy an object with its keys in reverse order (deeply), so the serialiser
 * cannot rely on the order attributes were written in.
 *
 * @param value Any JSON value.
 * @returns The same value with reversed key orders.
 */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T
  return value
}

/**
 * Build the test graph by hand.
 *
 * @param reversed Insert nodes, edges and attribute keys in reverse order.
 * @returns The knowledge graph.
 */
function build(reversed = false): KnowledgeGraph {
  const graph = new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>({ allowSelfLoops: false })
  const attributes: GraphAttributes = { title: 'Kusama news', date: '2019-11-04', source: 'news.md', generator: 'markgraph', headings: ['News'], sentences: [{ text: 'It happened.', section: [0], offset: 0, source: 'news.md' }] }
  graph.replaceAttributes(reversed ? reverseKeys(attributes) : attributes)
  const nodes = reversed ? [...NODES].reverse() : NODES
  const edges = reversed ? [...EDGES].reverse() : EDGES
  for (const [key, a] of nodes) graph.addNode(key, reversed ? reverseKeys(a) : structuredClone(a))
  for (const [s, o, a] of edges) graph.addDirectedEdgeWithKey(`${s}|${a.predicate}|${o}`, s, o, reversed ? reverseKeys(a) : structuredClone(a))
  return new KnowledgeGraph(graph)
}

/**
 * Run a function that must throw a MarkgraphError and return the error.
 *
 * @param fn Function.
 * @returns The error.
 */
function thrown(fn: () => unknown): MarkgraphError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(MarkgraphError)
    return error as MarkgraphError
  }
  throw new Error('expected a MarkgraphError')
}

describe('normalizeName', () => {
  it('should ignore case, width, quotes, "the", titles, possessives and spacing', () => {
    expect(normalizeName('  The   Kusama Network ')).toBe('kusama network')
    expect(normalizeName('Ｋｕｓａｍａ')).toBe('kusama')
    expect(normalizeName('Kusama\u2019s')).toBe('kusama')
    expect(normalizeName("Gavin Wood's")).toBe('gavin wood')
    for (const title of ['Dr', 'Dr.', 'Mr', 'Mrs.', 'Ms', 'Prof.']) expect(normalizeName(`${title} Gavin Wood`)).toBe('gavin wood')
    expect(normalizeName('\u201cKusama\u201d')).toBe('kusama')
    expect(normalizeName('Theta Labs')).toBe('theta labs')
  })
})

describe('slugify', () => {
  it('should make lower-case, dash-separated keys without diacritics', () => {
    expect(slugify('Gavin Wood')).toBe('gavin-wood')
    expect(slugify('  Web3 Foundation!! ')).toBe('web3-foundation')
    expect(slugify('Zürich Café')).toBe('zurich-cafe')
    expect(slugify('Ｗｅｂ３')).toBe('web3')
    expect(slugify('波卡')).toBe('波卡')
  })
  it('should never be empty', () => {
    expect(slugify('')).toBe('entity')
    expect(slugify('—!?')).toBe('entity')
  })
})

describe('KnowledgeGraph', () => {
  const kg = build()

  it('should expose the graphology graph, its size and attributes', () => {
    expect(kg.graph.order).toBe(5)
    expect(kg.size).toEqual({ entities: 5, relations: 7 })
    expect(kg.attributes).toMatchObject({ title: 'Kusama news', date: '2019-11-04', source: 'news.md', generator: 'markgraph' })
  })

  it('should give the sentence and heading path of an evidence item from the sentence table', () => {
    const mention = kg.entity('Kusama')!.mentions[0]!
    expect(mention.sentence).toBe(0)
    expect(kg.sentence(mention)).toEqual({ text: 'It happened.', section: ['News'], offset: 0, source: 'news.md' })
    expect(kg.sentence({ sentence: 99 })).toEqual({ text: '', section: [], offset: 0 })
  })

  it('should reject evidence that points outside the sentence table', () => {
    const json = kg.toJSON()
    const bad = { ...json, attributes: { ...json.attributes, sentences: [] } }
    expect(() => KnowledgeGraph.fromJSON(bad)).toThrow(/sentence 0 is not in attributes.sentences/)
  })

  it('should find an entity by key, name or alias, normalised', () => {
    expect(kg.entity('gavin-wood')).toEqual({ key: 'gavin-wood', ...NODES[2]![1] })
    for (const query of ['Gavin Wood', 'GAVIN WOOD', 'Prof. Gavin Wood', 'Dr Gavin Wood', "Gavin Wood's", 'gav', ' gavin   wood ', 'Gavin-Wood']) {
      expect(kg.entity(query)?.key, query).toBe('gavin-wood')
    }
    expect(kg.entity('the Kusama Network')?.key).toBe('kusama')
    expect(kg.entity('Kusama\u2019s')?.key).toBe('kusama')
    expect(kg.entity('w3f')?.name).toBe('Web3 Foundation')
    expect(kg.entity('nobody')).toBeUndefined()
    expect(kg.entity('')).toBeUndefined()
  })

  it('should prefer a canonical name over another entity\'s alias', () => {
    const graph = new DirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>()
    graph.addNode('a-polkadot-fan', node('A Polkadot Fan', 'Person', ['Polkadot']))
    graph.addNode('polkadot', node('Polkadot', 'Network'))
    expect(new KnowledgeGraph(graph).entity('polkadot network')).toBeUndefined()
    expect(new KnowledgeGraph(graph).entity('Polkadot')?.key).toBe('polkadot')
  })

  it('should follow changes made through graphology after a lookup', () => {
    const local = build()
    expect(local.entity('Moonbeam')).toBeUndefined()
    local.graph.addNode('moonbeam', node('Moonbeam', 'Project'))
    expect(local.entity('moonbeam network')).toBeUndefined()
    local.graph.setNodeAttribute('moonbeam', 'aliases', ['Moonbeam Network'])
    expect(local.entity('moonbeam network')?.key).toBe('moonbeam')
    local.graph.dropNode('moonbeam')
    expect(local.entity('Moonbeam')).toBeUndefined()
  })

  it('should list entities sorted by key, filtered by type', () => {
    expect(kg.entities().map((e) => e.key)).toEqual(['acala-network', 'gavin-wood', 'kusama', 'polkadot', 'web3-foundation'])
    expect(kg.entities({ type: 'Network' }).map((e) => e.name)).toEqual(['Kusama', 'Polkadot'])
    expect(kg.entities({ type: ['Person', 'Organization'] }).map((e) => e.key)).toEqual(['gavin-wood', 'web3-foundation'])
    expect(kg.entities({ type: 'Token' })).toEqual([])
    expect(kg.entities({})).toHaveLength(5)
  })

  it('should list relations sorted by key with subject, object and attributes', () => {
    const all = kg.relations()
    expect(all.map((r) => r.key)).toEqual([...all.map((r) => r.key)].sort())
    expect(all).toHaveLength(7)
    expect(all[0]).toEqual({ key: 'acala-network|builtOn|polkadot', subject: 'acala-network', object: 'polkadot', ...EDGES[5]![2] })
  })

  it('should filter relations by subject, predicate, object (key, name or alias) and confidence', () => {
    const keys = (filter: Parameters<typeof kg.relations>[0]): string[] => kg.relations(filter).map((r) => r.key)
    expect(keys({ subject: 'Acala' })).toEqual(['acala-network|builtOn|polkadot', 'acala-network|plansParachainOn|kusama', 'acala-network|plansParachainOn|polkadot'])
    expect(keys({ predicate: 'plansParachainOn' })).toEqual(['acala-network|plansParachainOn|kusama', 'acala-network|plansParachainOn|polkadot'])
    expect(keys({ predicate: ['testnetOf', 'builtOn'] })).toEqual(['acala-network|builtOn|polkadot', 'kusama|testnetOf|polkadot'])
    expect(keys({ object: 'Dr. Gavin Wood', predicate: 'foundedBy' })).toEqual(['kusama|foundedBy|gavin-wood', 'polkadot|foundedBy|gavin-wood', 'web3-foundation|foundedBy|gavin-wood'])
    expect(keys({ subject: 'acala-network', object: 'the Polkadot' })).toEqual(['acala-network|builtOn|polkadot', 'acala-network|plansParachainOn|polkadot'])
    expect(keys({ object: 'Gavin Wood', minConfidence: 0.8 })).toEqual(['polkadot|foundedBy|gavin-wood', 'web3-foundation|foundedBy|gavin-wood'])
    expect(keys({ minConfidence: 0.95 })).toEqual([])
    expect(keys({ subject: 'nobody' })).toEqual([])
    expect(keys({ object: 'nobody' })).toEqual([])
    // @ts-expect-error: predicates are typed with the default schema
    expect(keys({ predicate: 'notAPredicate' })).toEqual([])
    // A user schema's predicates: KnowledgeGraph<string>.
    expect(new KnowledgeGraph<string>(kg.graph).relations({ predicate: 'notAPredicate' })).toEqual([])
  })

  it('should list neighbours in either direction, optionally by predicate', () => {
    const keys = (name: string, options?: Parameters<typeof kg.neighbours>[1]): string[] => kg.neighbours(name, options).map((e) => e.key)
    expect(keys('Kusama')).toEqual(['acala-network', 'gavin-wood', 'polkadot'])
    expect(keys('Kusama', { direction: 'both' })).toEqual(['acala-network', 'gavin-wood', 'polkadot'])
    expect(keys('Kusama', { direction: 'out' })).toEqual(['gavin-wood', 'polkadot'])
    expect(keys('Kusama', { direction: 'in' })).toEqual(['acala-network'])
    expect(keys('Polkadot', { direction: 'in', predicate: 'plansParachainOn' })).toEqual(['acala-network'])
    expect(keys('Polkadot', { predicate: ['testnetOf', 'foundedBy'] })).toEqual(['gavin-wood', 'kusama'])
    expect(keys('Gav', { direction: 'out' })).toEqual([])
    expect(keys('nobody')).toEqual([])
    expect(kg.neighbours('gavin-wood')[0]).toEqual({ key: 'kusama', ...NODES[0]![1] })
  })

  it('should list quotes with their speakers', () => {
    expect(kg.quotes()).toEqual([
      { speaker: 'gavin-wood', speakerName: 'Gavin Wood', text: 'Kusama is exceeding expectations', evidence: NODES[2]![1].quotes[0]!.evidence }
    ])
  })

  it('should serialise to valid graph JSON, nodes and edges sorted by key', () => {
    const json = kg.toJSON()
    expect(GraphJSONSchema.safeParse(json).success).toBe(true)
    expect(json.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false })
    expect(json.nodes.map((n) => n.key)).toEqual(['acala-network', 'gavin-wood', 'kusama', 'polkadot', 'web3-foundation'])
    expect(json.edges.map((e) => e.key)).toEqual(kg.relations().map((r) => r.key))
    expect(json.edges[0]).toMatchObject({ key: 'acala-network|builtOn|polkadot', source: 'acala-network', target: 'polkadot' })
  })

  it('should serialise byte-identically whatever the insertion and attribute-key order', () => {
    const forward = JSON.stringify(build().toJSON())
    const reversed = build(true)
    expect(reversed.graph.nodes()[0]).toBe('web3-foundation')
    expect(JSON.stringify(reversed.toJSON())).toBe(forward)
    expect(JSON.stringify(build(true).toJSON(), null, 2)).toBe(JSON.stringify(build().toJSON(), null, 2))
  })

  it('should round-trip through fromJSON, from an object or a JSON string', () => {
    const json = kg.toJSON()
    const text = JSON.stringify(json)
    const fromObject = KnowledgeGraph.fromJSON(JSON.parse(text))
    const fromString = KnowledgeGraph.fromJSON(text)
    expect(JSON.stringify(fromObject.toJSON())).toBe(text)
    expect(JSON.stringify(fromString.toJSON())).toBe(text)
    expect(fromString.size).toEqual(kg.size)
    expect(fromString.entity('Gav')?.key).toBe('gavin-wood')
    expect(fromString.relations({ subject: 'Acala', object: 'Polkadot' })).toEqual(kg.relations({ subject: 'Acala', object: 'Polkadot' }))
  })

  it('should reject a missing field with INVALID_GRAPH_JSON and its path', () => {
    const json = structuredClone(kg.toJSON()) as GraphJSON
    delete (json.nodes[1]!.attributes as Partial<EntityAttributes>).type
    const error = thrown(() => KnowledgeGraph.fromJSON(json))
    expect(error.code).toBe('INVALID_GRAPH_JSON')
    expect(error.message).toMatch(/^markgraph\/fromJSON: invalid graph JSON\n/)
    expect(error.message).toMatch(/nodes\[1\]\.attributes\.type/)
    expect(error.details).toEqual([expect.objectContaining({ path: ['nodes', 1, 'attributes', 'type'] })])
  })

  it('should reject an edge to an unknown node with its path', () => {
    const json = structuredClone(kg.toJSON()) as GraphJSON
    json.edges[2]!.target = 'nowhere'
    const error = thrown(() => KnowledgeGraph.fromJSON(json))
    expect(error.code).toBe('INVALID_GRAPH_JSON')
    expect(error.message).toMatch(/edge target "nowhere" is not a node/)
    expect(error.message).toMatch(/edges\[2\]\.target/)
  })

  it('should reject duplicate keys, self-loops the options forbid and values that are not graphs', () => {
    const json = structuredClone(kg.toJSON()) as GraphJSON
    const duplicate = { ...json, nodes: [...json.nodes, json.nodes[0]!] }
    expect(thrown(() => KnowledgeGraph.fromJSON(duplicate)).message).toMatch(/duplicate node key "acala-network"[\s\S]*nodes\[5\]\.key/)
    const loop = { ...json, edges: [...json.edges, { key: 'kusama|partOf|kusama', source: 'kusama', target: 'kusama', attributes: edge('partOf', 'part of', 0.5) }] }
    const error = thrown(() => KnowledgeGraph.fromJSON(loop))
    expect(error.code).toBe('INVALID_GRAPH_JSON')
    expect(error.message).toMatch(/self-loop[\s\S]*edges\[7\]\.target/)
    expect(KnowledgeGraph.fromJSON({ ...loop, options: { ...loop.options, allowSelfLoops: true } }).size.relations).toBe(8)
    for (const value of [null, 42, [], {}, 'null']) expect(thrown(() => KnowledgeGraph.fromJSON(value)).code).toBe('INVALID_GRAPH_JSON')
  })

  it('should reject a string that is not JSON', () => {
    const error = thrown(() => KnowledgeGraph.fromJSON('{"nodes": ['))
    expect(error.code).toBe('INVALID_GRAPH_JSON')
    expect(error.message).toMatch(/^markgraph\/fromJSON: not JSON: /)
    expect(error.message.split('\n')).toHaveLength(1)
  })
})
