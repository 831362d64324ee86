/**
 * Evidence as the flat exports print it: the graph JSON stores each
 * sentence once (evidence points to it by index); formats without such a
 * table (RDF, JSON-LD, Cypher, CSV, the viewer) print the sentence and its
 * heading path with each relation's evidence.
 */
import type { Evidence, GraphJSON } from '../schema.js'

/** Evidence with its sentence text and section path written out. */
export type ExpandedEvidence = Omit<Evidence, 'sentence'> & { sentence: string; section: string[]; source?: string }

/**
 * The sentence text and heading path of an evidence item, looked up in the
 * graph's sentence table.
 *
 * @param graph Graph JSON holding the evidence.
 * @param e Evidence.
 * @returns The evidence with `sentence` as text, `section` as heading
 *   texts and `source` from its sentence, keys in the order of the graph JSON; an index missing from the
 *   table gives an empty sentence.
 */
export function expandEvidence(graph: GraphJSON, e: Evidence): ExpandedEvidence {
  const entry = graph.attributes.sentences?.[e.sentence]
  const headings = graph.attributes.headings ?? []
  const { text, sentence: _index, start, end, rule, ...rest } = e
  const out: ExpandedEvidence = { text, sentence: entry?.text ?? '', section: (entry?.section ?? []).map((h) => headings[h] ?? ''), start, end, rule }
  if (entry?.source !== undefined) out.source = entry.source
  return Object.assign(out, rest)
}
