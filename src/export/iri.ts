/**
 * The IRIs markgraph's RDF and JSON-LD exports use.
 */
import { MarkgraphError } from '../errors.js'

/** markgraph's vocabulary (classes, predicates, evidence properties). */
export const VOCAB = 'https://markgraph.dev/vocab#'
/** schema.org. */
export const SCHEMA = 'https://schema.org/'
/** XML Schema datatypes. */
export const XSD = 'http://www.w3.org/2001/XMLSchema#'
/** RDF. */
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
/**
 * Default base of the IRIs markgraph mints for entities and relation
 * statements. A URN, so nothing pretends to be served on the web; set your
 * own (`baseIri`, `--base-iri`) to publish the graph.
 */
export const DEFAULT_BASE_IRI = 'urn:markgraph:'

/** Entity types that map to schema.org classes; the others are `mg:` classes. */
export const SCHEMA_ORG_TYPES: Readonly<Record<string, string>> = { Person: 'Person', Organization: 'Organization', Place: 'Place' }

/**
 * Whether a string can serve as a base IRI: a scheme, a colon, then no
 * character an IRI forbids (spaces, `<>"{}|\\^` and backtick).
 *
 * @param iri Candidate.
 * @returns Whether it is an absolute IRI.
 */
export function isAbsoluteIri(iri: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`\u0000-\u001f]*$/u.test(iri)
}

/**
 * Check a base IRI given as an option.
 *
 * @param base Base IRI (default: {@link DEFAULT_BASE_IRI}).
 * @returns The base to use.
 * @throws MarkgraphError `INVALID_OPTIONS` when it is not an absolute IRI.
 */
export function baseIriOption(base: string | undefined): string {
  if (base === undefined) return DEFAULT_BASE_IRI
  if (typeof base !== 'string' || !isAbsoluteIri(base)) throw new MarkgraphError('INVALID_OPTIONS', `markgraph/toFormat: baseIri must be an absolute IRI such as "https://example.org/kg/" or "urn:example:", got ${JSON.stringify(base)}`)
  return base
}

/**
 * IRI of an entity: the base, then its node key percent-encoded.
 *
 * @param key Node key.
 * @param base Base IRI (default: {@link DEFAULT_BASE_IRI}).
 * @returns `urn:markgraph:<key>` by default.
 */
export function entityIri(key: string, base: string = DEFAULT_BASE_IRI): string {
  return base + encodeURIComponent(key)
}

/**
 * IRI of a relation's statement node: the base, then its edge key
 * percent-encoded. Edge keys hold `|` (`%7C`), node keys never do (they
 * are slugs), so statements and entities share a base without clashing.
 *
 * @param key Edge key (`subject|predicate|object`).
 * @param base Base IRI (default: {@link DEFAULT_BASE_IRI}).
 * @returns `urn:markgraph:<subject>%7C<predicate>%7C<object>` by default.
 */
export function relationIri(key: string, base: string = DEFAULT_BASE_IRI): string {
  return base + encodeURIComponent(key)
}

/**
 * IRI of a predicate or vocabulary term.
 *
 * @param name Predicate or term (`plansParachainOn`, `confidence`).
 * @returns `https://markgraph.dev/vocab#<name>`.
 */
export function vocabIri(name: string): string {
  return VOCAB + encodeURIComponent(name)
}

/**
 * IRI of an entity type's class: schema.org for Person, Organization and
 * Place, the markgraph vocabulary for the rest.
 *
 * @param type Entity type.
 * @returns Class IRI.
 */
export function classIri(type: string): string {
  const schemaType = Object.hasOwn(SCHEMA_ORG_TYPES, type) ? SCHEMA_ORG_TYPES[type] : undefined
  return schemaType ? SCHEMA + schemaType : vocabIri(type)
}
