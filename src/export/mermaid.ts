/**
 * `mermaid`: a Mermaid flowchart (`graph LR`), nodes coloured by type.
 */
import type { GraphJSON } from '../schema.js'
import { typeColour } from './palette.js'

/**
 * The graph as a Mermaid flowchart. Node ids are sanitised keys
 * (`[A-Za-z0-9_]`, made unique); labels are quoted, with `"`, `#`, `<`, `>`
 * and friends written as Mermaid entity codes so no name breaks the syntax.
 *
 * @param graph Graph JSON.
 * @returns Mermaid text.
 */
export function toMermaid(graph: GraphJSON): string {
  const ids = new Map<string, string>()
  const used = new Set<string>()
  for (const node of graph.nodes) {
    const base = `n_${node.key.replace(/[^A-Za-z0-9_]/g, '_')}`
    let id = base
    for (let i = 2; used.has(id); i++) id = `${base}_${i}`
    used.add(id)
    ids.set(node.key, id)
  }
  const lines = ['graph LR']
  const types = new Map<string, string>()
  for (const node of graph.nodes) {
    const cls = `t_${node.attributes.type.replace(/[^A-Za-z0-9_]/g, '_')}`
    types.set(cls, node.attributes.type)
    lines.push(`  ${ids.get(node.key)}["${mermaidText(node.attributes.name)}"]:::${cls}`)
  }
  for (const edge of graph.edges) {
    lines.push(`  ${ids.get(edge.source)} -->|"${mermaidText(edge.attributes.label)}"| ${ids.get(edge.target)}`)
  }
  for (const [cls, type] of types) lines.push(`  classDef ${cls} fill:${typeColour(type)},stroke:#333,color:#000`)
  return `${lines.join('\n')}\n`
}

/**
 * Text for inside a quoted Mermaid label: characters with a meaning in
 * Mermaid or HTML become `#code;` entities, line breaks become spaces.
 *
 * @param text Text.
 * @returns Escaped text.
 */
export function mermaidText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/["#<>&|[\]{}()`\\;]/g, (ch) => `#${ch.codePointAt(0)};`)
}
