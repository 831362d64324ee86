/**
 * `ntriples`: the RDF model (see {@link toQuads}) as N-Triples.
 */
import { Writer } from 'n3'
import type { GraphJSON } from '../schema.js'
import { toQuads } from './rdf-quads.js'

/**
 * The graph as N-Triples, one triple per line.
 *
 * @param graph Graph JSON.
 * @returns N-Triples text.
 */
export function toNTriples(graph: GraphJSON): string {
  return new Writer({ format: 'N-Triples' }).quadsToString(toQuads(graph))
}
