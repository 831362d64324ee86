/**
 * `csv`: two files for `neo4j-admin database import` — `nodes.csv` and
 * `relationships.csv` — with `;` as the array delimiter.
 */
import type { GraphJSON } from '../schema.js'
import { decimal } from './rdf-quads.js'
import { expandEvidence } from './evidence.js'
import { cypherName, relationshipType } from './cypher.js'

/** Header of nodes.csv. */
export const NODES_HEADER = ['key:ID', 'name', 'type:LABEL', 'aliases:string[]'] as const
/** Header of relationships.csv. */
export const RELATIONSHIPS_HEADER = [':START_ID', ':END_ID', ':TYPE', 'predicate', 'label', 'confidence:double', 'rules:string[]', 'evidence'] as const

/**
 * The graph as neo4j-admin import CSV. Labels are `Entity;<Type>`, array
 * cells join their items with `;`, `evidence` is a JSON string. Cells are
 * quoted as RFC 4180 says (CRLF line ends; import multi-line cells with
 * `--multiline-fields=true`) and text cells starting with `=`, `+`, `-`,
 * `@`, tab or carriage return get a leading `'` so spreadsheets do not
 * run them as formulas.
 *
 * @param graph Graph JSON.
 * @returns `{ 'nodes.csv': …, 'relationships.csv': … }`.
 */
export function toCsv(graph: GraphJSON): Record<'nodes.csv' | 'relationships.csv', string> {
  const nodes = graph.nodes.map((n) => [n.key, n.attributes.name, `Entity;${cypherName(n.attributes.type)}`, n.attributes.aliases.join(';')].map(textCell))
  const relationships = graph.edges.map((e) => {
    const a = e.attributes
    return [
      textCell(e.source),
      textCell(e.target),
      textCell(relationshipType(a.predicate)),
      textCell(a.predicate),
      textCell(a.label),
      decimal(a.confidence),
      textCell(a.rules.join(';')),
      textCell(JSON.stringify(a.evidence.map((e) => expandEvidence(graph, e))))
    ]
  })
  return { 'nodes.csv': table([[...NODES_HEADER], ...nodes]), 'relationships.csv': table([[...RELATIONSHIPS_HEADER], ...relationships]) }
}

/**
 * A text cell: formula-neutralised, then quoted when it must be.
 *
 * @param text Cell text.
 * @returns CSV cell.
 */
export function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * Rows of ready cells as CSV text with CRLF line ends.
 *
 * @param rows Rows.
 * @returns CSV text.
 */
function table(rows: string[][]): string {
  return rows.map((r) => `${r.join(',')}\r\n`).join('')
}
