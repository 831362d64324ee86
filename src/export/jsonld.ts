/**
 * `jsonld`: JSON-LD with markgraph's context embedded (or referred to by a
 * URL the user serves). It describes the same triples as the Turtle export.
 */
import { PREDICATES } from '../schema.js'
import type { GraphJSON } from '../schema.js'
import { expandEvidence, type ExpandedEvidence } from './evidence.js'
import { DEFAULT_BASE_IRI, entityIri, relationIri, SCHEMA, SCHEMA_ORG_TYPES, VOCAB, XSD } from './iri.js'
import { decimal } from './rdf-quads.js'

/** Classes of the markgraph vocabulary (the other default types are schema.org's). */
const MG_CLASSES = ['Network', 'Project', 'Token', 'Concept', 'Statement'] as const

/**
 * The JSON-LD context document of the `jsonld` export (embedded in it by
 * default; serve this document yourself to refer to it with `contextUrl`):
 * schema.org classes for Person,
 * Organization and Place, `mg:` (`https://markgraph.dev/vocab#`) for the
 * other types, every default predicate and the evidence properties;
 * `name` is `schema:name`, `aliases` `schema:alternateName`.
 */
export const JSONLD_CONTEXT = {
  '@context': {
    '@version': 1.1,
    mg: VOCAB,
    schema: SCHEMA,
    xsd: XSD,
    ...Object.fromEntries(Object.keys(SCHEMA_ORG_TYPES).map((t) => [t, `schema:${SCHEMA_ORG_TYPES[t]}`])),
    ...Object.fromEntries(MG_CLASSES.map((c) => [c, `mg:${c}`])),
    name: 'schema:name',
    aliases: { '@id': 'schema:alternateName', '@container': '@set' },
    ...Object.fromEntries(PREDICATES.map((p) => [p, { '@id': `mg:${p}`, '@type': '@id' }])),
    subject: { '@id': 'mg:subject', '@type': '@id' },
    predicate: { '@id': 'mg:predicate', '@type': '@id' },
    object: { '@id': 'mg:object', '@type': '@id' },
    label: 'mg:label',
    confidence: { '@id': 'mg:confidence', '@type': 'xsd:decimal' },
    rule: { '@id': 'mg:rule', '@container': '@set' },
    evidence: { '@id': 'mg:evidence', '@container': '@set' },
    sentence: 'mg:sentence',
    text: 'mg:text',
    section: { '@id': 'mg:section', '@container': '@list' },
    startLine: { '@id': 'mg:startLine', '@type': 'xsd:integer' },
    startColumn: { '@id': 'mg:startColumn', '@type': 'xsd:integer' },
    startOffset: { '@id': 'mg:startOffset', '@type': 'xsd:integer' },
    endOffset: { '@id': 'mg:endOffset', '@type': 'xsd:integer' },
    source: 'mg:source',
    date: 'mg:date',
    dateText: 'mg:dateText',
    dateStart: { '@id': 'mg:dateStart', '@type': 'xsd:date' },
    dateEnd: { '@id': 'mg:dateEnd', '@type': 'xsd:date' }
  }
} as const

/** Options of {@link toJsonLd}. */
export interface JsonLdOptions {
  /**
   * Refer to the context by this URL instead of embedding it (default: none,
   * embedded, so any JSON-LD processor reads the document offline). The URL
   * must serve {@link JSONLD_CONTEXT}.
   */
  contextUrl?: string
  /** Base of entity and statement IRIs (default: `urn:markgraph:`). */
  baseIri?: string
  /** Indent with two spaces (default: `false`). */
  pretty?: boolean
}

/**
 * The graph as a JSON-LD document: one node per entity (with its outgoing
 * relations as properties) and one `Statement` node per relation with its
 * confidence, rules and evidence.
 *
 * @param graph Graph JSON.
 * @param options `contextUrl` (default: embed the context), `baseIri` (default `urn:markgraph:`), `pretty` (default `false`).
 * @returns JSON-LD text.
 */
export function toJsonLd(graph: GraphJSON, options: JsonLdOptions = {}): string {
  const base = options.baseIri ?? DEFAULT_BASE_IRI
  const terms = JSONLD_CONTEXT['@context'] as Record<string, unknown>
  const term = (name: string): string => (Object.hasOwn(terms, name) && (terms[name] as { '@type'?: string })['@type'] === '@id' ? name : `mg:${encodeURIComponent(name)}`)
  const type = (t: string): string => (Object.hasOwn(SCHEMA_ORG_TYPES, t) || (MG_CLASSES as readonly string[]).includes(t) ? t : `mg:${encodeURIComponent(t)}`)
  const entities = graph.nodes.map((node) => {
    const out: Record<string, unknown> = { '@id': entityIri(node.key, base), '@type': type(node.attributes.type), name: node.attributes.name, aliases: node.attributes.aliases }
    for (const edge of graph.edges) {
      if (edge.source !== node.key) continue
      const p = term(edge.attributes.predicate)
      const value = { '@id': entityIri(edge.target, base) }
      out[p] = [...((out[p] as unknown[] | undefined) ?? []), value]
    }
    return out
  })
  const statements = graph.edges.map((edge) => ({
    '@id': relationIri(edge.key, base),
    '@type': 'Statement',
    subject: entityIri(edge.source, base),
    predicate: VOCAB + encodeURIComponent(edge.attributes.predicate),
    object: entityIri(edge.target, base),
    label: edge.attributes.label,
    confidence: decimal(edge.attributes.confidence),
    rule: edge.attributes.rules,
    evidence: edge.attributes.evidence.map((e) => evidenceNode(expandEvidence(graph, e)))
  }))
  const doc = { '@context': options.contextUrl ?? JSONLD_CONTEXT['@context'], '@graph': [...entities, ...statements] }
  return `${JSON.stringify(doc, null, options.pretty ? 2 : undefined)}\n`
}

/**
 * One piece of evidence as a JSON-LD node (a blank node).
 *
 * @param e Evidence.
 * @returns Node object.
 */
function evidenceNode(e: ExpandedEvidence): Record<string, unknown> {
  const out: Record<string, unknown> = {
    sentence: e.sentence,
    text: e.text,
    section: e.section,
    startLine: String(e.start.line),
    startColumn: String(e.start.column),
    startOffset: String(e.start.offset),
    endOffset: String(e.end.offset),
    rule: [e.rule]
  }
  if (e.source !== undefined) out.source = e.source
  if (e.date !== undefined) Object.assign(out, { date: e.date.value, dateText: e.date.text, dateStart: e.date.start, dateEnd: e.date.end })
  return out
}
