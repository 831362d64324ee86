/**
 * `turtle`: the RDF model (see {@link toQuads}) as Turtle, with prefixes.
 */
import { Writer } from 'n3'
import type { GraphJSON } from '../schema.js'
import { ENTITY_BASE, RDF, RELATION_BASE, SCHEMA, VOCAB, XSD } from './iri.js'
import { toQuads } from './rdf-quads.js'

/**
 * The graph as Turtle.
 *
 * @param graph Graph JSON.
 * @returns Turtle text.
 */
export function toTurtle(graph: GraphJSON): string {
  const writer = new Writer({ format: 'Turtle', prefixes: { mg: VOCAB, schema: SCHEMA, xsd: XSD, rdf: RDF, entity: ENTITY_BASE, relation: RELATION_BASE } })
  writer.addQuads(toQuads(graph))
  let text = ''
  writer.end((error, result: string) => {
    if (error) throw error
    text = result
  })
  return text
}
