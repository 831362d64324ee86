/**
 * `cypher`: idempotent Cypher (Neo4j, Memgraph): one `MERGE` per entity
 * and per relation, so running the script twice changes nothing.
 */
import type { GraphJSON } from '../schema.js'
import { decimal } from './rdf-quads.js'
import { expandEvidence } from './evidence.js'

/**
 * The graph as Cypher statements, one per line, each ending with `;`.
 * Entities are `(:Entity:<Type> {key})` nodes with `name` and `aliases`;
 * relations are `[:<PREDICATE_IN_UPPER_SNAKE_CASE>]` relationships with
 * `key`, `predicate`, `label`, `confidence`, `rules` and `evidence` (a
 * JSON string).
 *
 * @param graph Graph JSON.
 * @returns Cypher text.
 */
export function toCypher(graph: GraphJSON): string {
  const lines: string[] = []
  for (const node of graph.nodes) {
    const a = node.attributes
    lines.push(`MERGE (n:Entity:${cypherName(a.type)} {key: ${cypherString(node.key)}}) SET n.name = ${cypherString(a.name)}, n.aliases = ${cypherList(a.aliases)};`)
  }
  for (const edge of graph.edges) {
    const a = edge.attributes
    lines.push(
      `MATCH (a:Entity {key: ${cypherString(edge.source)}}), (b:Entity {key: ${cypherString(edge.target)}}) ` +
        `MERGE (a)-[r:${relationshipType(a.predicate)}]->(b) ` +
        `SET r.key = ${cypherString(edge.key)}, r.predicate = ${cypherString(a.predicate)}, r.label = ${cypherString(a.label)}, ` +
        `r.confidence = ${decimal(a.confidence)}, r.rules = ${cypherList(a.rules)}, r.evidence = ${cypherString(JSON.stringify(a.evidence.map((e) => expandEvidence(graph, e))))};`
    )
  }
  return lines.length ? `${lines.join('\n')}\n` : ''
}

/**
 * A Cypher string literal: single-quoted, with backslashes, quotes and
 * control characters escaped.
 *
 * @param text Text.
 * @returns Literal.
 */
export function cypherString(text: string): string {
  const escaped = text.replace(/[\\'"\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\\\'
      case "'":
        return "\\'"
      case '"':
        return '\\"'
      case '\n':
        return '\\n'
      case '\r':
        return '\\r'
      case '\t':
        return '\\t'
      default:
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
    }
  })
  return `'${escaped}'`
}

/**
 * A Cypher list of string literals.
 *
 * @param items Strings.
 * @returns `['a', 'b']`.
 */
function cypherList(items: readonly string[]): string {
  return `[${items.map(cypherString).join(', ')}]`
}

/**
 * A label made safe without quoting: only `[A-Za-z0-9_]`, never starting
 * with a digit.
 *
 * @param name Type name.
 * @returns Safe label.
 */
export function cypherName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_]/g, '_')
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`
}

/**
 * A predicate as a relationship type: upper snake case
 * (`plansParachainOn` → `PLANS_PARACHAIN_ON`), only `[A-Za-z0-9_]`.
 *
 * @param predicate Predicate.
 * @returns Relationship type.
 */
export function relationshipType(predicate: string): string {
  return cypherName(predicate.replace(/([a-z0-9])([A-Z])/g, '$1_$2')).toUpperCase()
}
