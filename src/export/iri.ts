/**
 * The IRIs markgraph's RDF and JSON-LD exports use.
 */

/** markgraph's vocabulary (classes, predicates, evidence properties). */
export const VOCAB = 'https://markgraph.dev/vocab#'
/** schema.org. */
export const SCHEMA = 'https://schema.org/'
/** XML Schema datatypes. */
export const XSD = 'http://www.w3.org/2001/XMLSchema#'
/** RDF. */
export const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#'
/** Base of entity IRIs. */
export const ENTITY_BASE = 'https://markgraph.dev/entity/'
/** Base of relation (statement) IRIs. */
export const RELATION_BASE = 'https://markgraph.dev/relation/'
/** Where the published JSON-LD context lives. */
export const JSONLD_CONTEXT_URL = 'https://markgraph.dev/context.jsonld'

/** Entity types that map to schema.org classes; the others are `mg:` classes. */
export const SCHEMA_ORG_TYPES: Readonly<Record<string, string>> = { Person: 'Person', Organization: 'Organization', Place: 'Place' }

/**
 * IRI of an entity (its node key, percent-encoded).
 *
 * @param key Node key.
 * @returns `https://markgraph.dev/entity/<key>`.
 */
export function entityIri(key: string): string {
  return ENTITY_BASE + encodeURIComponent(key)
}

/**
 * IRI of a relation's statement node (its edge key, percent-encoded).
 *
 * @param key Edge key (`subject|predicate|object`).
 * @returns `https://markgraph.dev/relation/<key>`.
 */
export function relationIri(key: string): string {
  return RELATION_BASE + encodeURIComponent(key)
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
