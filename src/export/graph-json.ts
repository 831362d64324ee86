/**
 * The one input every exporter reads: graph JSON, whether it was given a
 * {@link KnowledgeGraph} or its JSON.
 */
import type { KnowledgeGraph } from '../graph/knowledge-graph.js'
import type { GraphJSON } from '../schema.js'

/** What every exporter accepts: a knowledge graph or its JSON. */
export type ExportInput = KnowledgeGraph<string, string> | GraphJSON

/**
 * The graph JSON of an exporter's input. A knowledge graph gives its
 * deterministic `toJSON()`; graph JSON gives a copy with nodes and edges
 * sorted by key (the input is never mutated).
 * Duck-typed, so graphs from another copy of markgraph (ESM and CJS
 * builds side by side) work too.
 *
 * @param graph Knowledge graph or graph JSON.
 * @returns Graph JSON.
 */
export function toGraphJSON(graph: ExportInput): GraphJSON {
  const maybe = graph as { toJSON?: unknown }
  if (typeof maybe.toJSON === 'function') return (graph as KnowledgeGraph<string, string>).toJSON()
  const json = graph as GraphJSON
  return { ...json, nodes: [...json.nodes].sort((a, b) => compare(a.key, b.key)), edges: [...json.edges].sort((a, b) => compare(a.key, b.key)) }
}

/**
 * Plain code-unit comparison, so order never depends on the locale.
 *
 * @param a String.
 * @param b String.
 * @returns Order.
 */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
