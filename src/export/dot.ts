/**
 * `dot`: Graphviz DOT, node shapes and colours by type.
 */
import type { GraphJSON } from '../schema.js'
import { typeColour, typeShape } from './palette.js'

/**
 * The graph as a Graphviz digraph. Every ID and label is a double-quoted
 * string with `"` and `\` escaped and line breaks as `\n`.
 *
 * @param graph Graph JSON.
 * @returns DOT text.
 */
export function toDot(graph: GraphJSON): string {
  const lines = ['digraph "markgraph" {', '  rankdir="LR";', '  node [style="filled", fontname="Helvetica"];', '  edge [fontname="Helvetica", fontsize="10"];']
  for (const node of graph.nodes) {
    const a = node.attributes
    lines.push(`  ${dotString(node.key)} [label=${dotString(a.name)}, tooltip=${dotString(a.type)}, shape=${dotString(typeShape(a.type))}, fillcolor=${dotString(typeColour(a.type))}];`)
  }
  for (const edge of graph.edges) {
    lines.push(`  ${dotString(edge.source)} -> ${dotString(edge.target)} [label=${dotString(edge.attributes.label)}, penwidth=${dotString(String(0.5 + 2 * edge.attributes.confidence))}];`)
  }
  lines.push('}')
  return `${lines.join('\n')}\n`
}

/**
 * A DOT double-quoted string.
 *
 * @param text Text.
 * @returns Quoted string.
 */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|[\r\n\u2028\u2029]/g, '\\n')}"`
}
