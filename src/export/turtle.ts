/**
 * `turtle`: the RDF model (see {@link toQuads}) as Turtle, with prefixes.
 */
import { Writer } from 'n3'
import type { GraphJSON } from '../schema.js'
import { DEFAULT_BASE_IRI, RDF, SCHEMA, VOCAB, XSD } from './iri.js'
import { toQuads } from './rdf-quads.js'

/**
 * The graph as Turtle.
 *
 * @param graph Graph JSON.
 * @param base Base of entity and statement IRIs, written as the `kg:` prefix (default: `urn:markgraph:`).
 * @returns Turtle text.
 */
export function toTurtle(graph: GraphJSON, base: string = DEFAULT_BASE_IRI): string {
  const writer = new Writer({ format: 'Turtle', prefixes: { mg: VOCAB, schema: SCHEMA, xsd: XSD, rdf: RDF, kg: base } })
  writer.addQuads(toQuads(graph, base))
  let text = ''
  writer.end((error, result: string) => {
    if (error) throw error
    text = result
  })
  return text
}
