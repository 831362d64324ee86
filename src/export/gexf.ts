/**
 * `gexf`: GEXF (Gephi) via graphology-gexf's writer. Lists and objects are
 * JSON strings; the node label is the entity name, the edge label the
 * predicate's label and the edge weight its confidence.
 */
import Graph from 'graphology'
import { write } from 'graphology-gexf'
import type { GraphJSON } from '../schema.js'

/**
 * The graph as GEXF 1.2 (graphology-gexf's default version, read by every Gephi; node ids are node keys, edge ids edge keys).
 *
 * @param graph Graph JSON.
 * @returns GEXF text.
 */
export function toGexf(graph: GraphJSON): string {
  const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true })
  for (const [k, v] of Object.entries(graph.attributes)) if (v !== undefined) g.setAttribute(k, Array.isArray(v) ? JSON.stringify(v) : v)
  for (const node of graph.nodes) g.addNode(node.key, flatten(node.attributes as Record<string, unknown>))
  for (const edge of graph.edges) g.addEdgeWithKey(edge.key, edge.source, edge.target, flatten(edge.attributes as Record<string, unknown>))
  return write(g, {
    formatNode: (_key, attributes) => ({ label: String(attributes.name), attributes }),
    formatEdge: (_key, attributes) => ({ label: String(attributes.label), weight: Number(attributes.confidence), attributes })
  })
}

/**
 * A copy of attributes with lists and objects as JSON strings.
 *
 * @param attributes Attributes.
 * @returns Flat attributes (strings and numbers).
 */
function flatten(attributes: Record<string, unknown>): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [k, v] of Object.entries(attributes)) {
    if (v === undefined) continue
    out[k] = typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v)
  }
  return out
}
