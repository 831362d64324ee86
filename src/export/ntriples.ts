/**
 * `ntriples`: the RDF model (see {@link toQuads}) as N-Triples.
 */
import { Writer } from 'n3'
import type { GraphJSON } from '../schema.js'
import { DEFAULT_BASE_IRI } from './iri.js'
import { toQuads } from './rdf-quads.js'

/**
 * The graph as N-Triples, one triple per line.
 *
 * @param graph Graph JSON.
 * @param base Base of entity and statement IRIs (default: `urn:markgraph:`).
 * @returns N-Triples text.
 */
export function toNTriples(graph: GraphJSON, base: string = DEFAULT_BASE_IRI): string {
  return new Writer({ format: 'N-Triples' }).quadsToString(toQuads(graph, base))
}
