/**
 * The RDF model of a graph, shared by the Turtle and N-Triples exports
 * (the JSON-LD export describes the same triples). See docs/formats.md.
 */
import { DataFactory, type Quad, type Quad_Object, type Quad_Subject } from 'n3'
import type { GraphJSON } from '../schema.js'
import { expandEvidence, type ExpandedEvidence } from './evidence.js'
import { classIri, DEFAULT_BASE_IRI, entityIri, RDF, relationIri, SCHEMA, vocabIri, XSD } from './iri.js'

const { namedNode, literal, blankNode, quad } = DataFactory

/**
 * Every triple of a graph: for each entity its `rdf:type`, `schema:name`
 * and `schema:alternateName`s; for each relation the triple itself
 * (`<subject> mg:<predicate> <object>`) and an `mg:Statement` node
 * carrying its confidence, rules and evidence. Blank node labels are
 * derived from positions, so the output is deterministic.
 *
 * @param graph Graph JSON.
 * @param base Base of entity and statement IRIs (default: `urn:markgraph:`; see {@link entityIri}).
 * @returns Quads (default graph), in a stable order.
 */
export function toQuads(graph: GraphJSON, base: string = DEFAULT_BASE_IRI): Quad[] {
  const out: Quad[] = []
  const add = (s: Quad_Subject, p: string, o: Quad_Object): void => {
    out.push(quad(s, namedNode(p), o))
  }
  for (const node of graph.nodes) {
    const s = namedNode(entityIri(node.key, base))
    add(s, `${RDF}type`, namedNode(classIri(node.attributes.type)))
    add(s, `${SCHEMA}name`, literal(node.attributes.name))
    for (const alias of node.attributes.aliases) add(s, `${SCHEMA}alternateName`, literal(alias))
  }
  graph.edges.forEach((edge, i) => {
    const a = edge.attributes
    add(namedNode(entityIri(edge.source, base)), vocabIri(a.predicate), namedNode(entityIri(edge.target, base)))
    const st = namedNode(relationIri(edge.key, base))
    add(st, `${RDF}type`, namedNode(vocabIri('Statement')))
    add(st, vocabIri('subject'), namedNode(entityIri(edge.source, base)))
    add(st, vocabIri('predicate'), namedNode(vocabIri(a.predicate)))
    add(st, vocabIri('object'), namedNode(entityIri(edge.target, base)))
    add(st, vocabIri('label'), literal(a.label))
    add(st, vocabIri('confidence'), literal(decimal(a.confidence), namedNode(`${XSD}decimal`)))
    for (const rule of a.rules) add(st, vocabIri('rule'), literal(rule))
    a.evidence.forEach((e, j) => {
      const ev = blankNode(`e${i}_${j}`)
      add(st, vocabIri('evidence'), ev)
      evidenceQuads(ev, expandEvidence(graph, e), `e${i}_${j}`, add)
    })
  })
  return out
}

/**
 * Triples describing one piece of evidence.
 *
 * @param ev Its blank node.
 * @param e The evidence.
 * @param label Blank node label prefix for its section list.
 * @param add Adds a triple.
 */
function evidenceQuads(ev: Quad_Subject, e: ExpandedEvidence, label: string, add: (s: Quad_Subject, p: string, o: Quad_Object) => void): void {
  const int = (n: number): Quad_Object => literal(String(n), namedNode(`${XSD}integer`))
  add(ev, vocabIri('sentence'), literal(e.sentence))
  add(ev, vocabIri('text'), literal(e.text))
  add(ev, vocabIri('section'), list(e.section.map((s) => literal(s)), `${label}_s`, add))
  add(ev, vocabIri('startLine'), int(e.start.line))
  add(ev, vocabIri('startColumn'), int(e.start.column))
  add(ev, vocabIri('startOffset'), int(e.start.offset))
  add(ev, vocabIri('endOffset'), int(e.end.offset))
  add(ev, vocabIri('rule'), literal(e.rule))
  if (e.source !== undefined) add(ev, vocabIri('source'), literal(e.source))
  if (e.date !== undefined) {
    add(ev, vocabIri('date'), literal(e.date.value))
    add(ev, vocabIri('dateText'), literal(e.date.text))
    add(ev, vocabIri('dateStart'), literal(e.date.start, namedNode(`${XSD}date`)))
    add(ev, vocabIri('dateEnd'), literal(e.date.end, namedNode(`${XSD}date`)))
  }
}

/**
 * An RDF collection (`rdf:first`/`rdf:rest`), so the heading path keeps
 * its order.
 *
 * @param items Members.
 * @param label Blank node label prefix.
 * @param add Adds a triple.
 * @returns The list head (`rdf:nil` when empty).
 */
function list(items: Quad_Object[], label: string, add: (s: Quad_Subject, p: string, o: Quad_Object) => void): Quad_Object {
  if (items.length === 0) return namedNode(`${RDF}nil`)
  const heads = items.map((_, k) => blankNode(`${label}${k}`))
  items.forEach((item, k) => {
    add(heads[k]!, `${RDF}first`, item)
    add(heads[k]!, `${RDF}rest`, k + 1 < items.length ? heads[k + 1]! : namedNode(`${RDF}nil`))
  })
  return heads[0]!
}

/**
 * A number as an `xsd:decimal` lexical form (never exponent notation).
 *
 * @param n Number.
 * @returns Decimal text (`0.85`, `1`).
 */
export function decimal(n: number): string {
  const s = String(n)
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s
}
