import { describe, expect, it } from 'vitest'
import { extract, KnowledgeGraph, MarkgraphError, graphJsonSchema } from '../../src/index.js'

const md = `# Zeta News

Zeta, Omicron's canary network, grew fast. Zeta founder Maria Lopez spoke. Orion Network and Vega Network announced their plans to integrate with Zeta.`

describe('KnowledgeGraph', () => {
  const kg = extract(md)

  it('should find entities by name, alias or key, ignoring case, "the" and titles', () => {
    expect(kg.entity('zeta')?.name).toBe('Zeta')
    expect(kg.entity('Dr. Maria Lopez')?.name).toBe('Maria Lopez')
    expect(kg.entity(kg.entity('Zeta')!.key)?.name).toBe('Zeta')
    expect(kg.entity('nobody')).toBeUndefined()
  })
  it('should filter entities by type', () => {
    expect(kg.entities({ type: 'Person' }).map((e) => e.name)).toEqual(['Maria Lopez'])
  })
  it('should filter relations by subject, predicate and object', () => {
    expect(kg.relations({ object: 'Zeta', predicate: 'plansIntegrationWith' }).map((r) => kg.entity(r.subject)?.name)).toEqual(['Orion Network', 'Vega Network'])
    expect(kg.relations({ subject: 'Zeta', predicate: ['testnetOf', 'foundedBy'] })).toHaveLength(2)
    expect(kg.relations({ subject: 'nobody' })).toEqual([])
    expect(kg.relations({ minConfidence: 1.01 })).toEqual([])
  })
  it('should list neighbours in either direction', () => {
    expect(kg.neighbours('Zeta', { direction: 'out' }).map((e) => e.name)).toEqual(['Maria Lopez', 'Omicron'])
    expect(kg.neighbours('Zeta', { direction: 'in' }).map((e) => e.name)).toEqual(['Orion Network', 'Vega Network'])
  })
  it('should round-trip through JSON', () => {
    const json = kg.toJSON()
    const again = KnowledgeGraph.fromJSON(JSON.parse(JSON.stringify(json)))
    expect(JSON.stringify(again.toJSON())).toBe(JSON.stringify(json))
  })
  it('should serialise deterministically whatever the insertion order', () => {
    const json = kg.toJSON()
    const reversed = { ...json, nodes: [...json.nodes].reverse(), edges: [...json.edges].reverse() }
    expect(JSON.stringify(KnowledgeGraph.fromJSON(reversed).toJSON())).toBe(JSON.stringify(json))
  })
  it('should reject invalid graph JSON with the path of what is wrong', () => {
    const json = kg.toJSON()
    const broken = { ...json, nodes: json.nodes.map((n, i) => (i === 0 ? { key: n.key, attributes: { ...n.attributes, name: 42 } } : n)) }
    expect(() => KnowledgeGraph.fromJSON(broken)).toThrow(MarkgraphError)
    try {
      KnowledgeGraph.fromJSON(broken)
    } catch (error) {
      expect((error as MarkgraphError).code).toBe('INVALID_GRAPH_JSON')
      expect((error as MarkgraphError).message).toMatch(/nodes\[0\]\.attributes\.name/)
    }
    const dangling = { ...json, edges: [{ ...json.edges[0]!, target: 'nowhere' }] }
    expect(() => KnowledgeGraph.fromJSON(dangling)).toThrow(/edge target "nowhere" is not a node/)
    expect(() => KnowledgeGraph.fromJSON('{not json')).toThrow(/not JSON/)
  })
  it('should emit a JSON Schema of the graph JSON', () => {
    const schema = graphJsonSchema() as { properties: Record<string, { type: string }> }
    expect(schema.properties.nodes!.type).toBe('array')
    expect(schema.properties.edges!.type).toBe('array')
  })
})
