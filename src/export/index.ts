/**
 * Exports of a knowledge graph to other formats: graph stores (RDF,
 * JSON-LD, Cypher, neo4j-admin CSV), graph tools (GraphML, GEXF), diagrams
 * (Mermaid, DOT) and a self-contained HTML viewer. See docs/formats.md.
 */
import { MarkgraphError } from '../errors.js'
import { toCsv } from './csv.js'
import { toCypher } from './cypher.js'
import { toDot } from './dot.js'
import { toGexf } from './gexf.js'
import { toGraphJSON, type ExportInput } from './graph-json.js'
import type { GraphJSON } from '../schema.js'
import { toGraphML } from './graphml.js'
import { toHtml } from './html.js'
import { baseIriOption, isAbsoluteIri } from './iri.js'
import { toJson } from './json.js'
import { toJsonLd } from './jsonld.js'
import { toMermaid } from './mermaid.js'
import { toNTriples } from './ntriples.js'
import { toTurtle } from './turtle.js'

export { JSONLD_CONTEXT } from './jsonld.js'
export { DEFAULT_BASE_IRI } from './iri.js'
export type { ExportInput } from './graph-json.js'

/** Every format {@link toFormat} writes. */
export const FORMATS = ['json', 'jsonld', 'turtle', 'ntriples', 'graphml', 'gexf', 'cypher', 'csv', 'mermaid', 'dot', 'html'] as const

/** A format {@link toFormat} writes. */
export type FormatName = (typeof FORMATS)[number]

/** Options of {@link toFormat}; each applies to the formats named. */
export interface FormatOptions {
  /** `json`, `jsonld`: indent with two spaces (default: `false`). */
  pretty?: boolean
  /**
   * `jsonld`: refer to the context by this URL instead of embedding it
   * (default: none, the context is embedded). The URL must serve
   * {@link JSONLD_CONTEXT}.
   */
  contextUrl?: string
  /**
   * `jsonld`, `turtle`, `ntriples`: base of the IRIs of entities
   * (`<base><node key>`) and relation statements (`<base><edge key>`),
   * keys percent-encoded (default: `'urn:markgraph:'`).
   */
  baseIri?: string
  /** `html`: page title when the graph has none (default: `'markgraph'`). */
  title?: string
}

/**
 * Write a graph in another format. Pure: the graph is never changed.
 *
 * @param graph A knowledge graph or its graph JSON.
 * @param format One of {@link FORMATS}.
 * @param options Format options (default: none).
 * @returns The text; for `csv` the two files `{ 'nodes.csv', 'relationships.csv' }`.
 * @throws MarkgraphError `UNKNOWN_FORMAT` for a format not in {@link FORMATS}; `INVALID_OPTIONS` for a `baseIri` or `contextUrl` that is not an absolute IRI; `OUTPUT_TOO_LARGE` when the result does not fit in a string.
 */
export function toFormat(graph: ExportInput, format: 'csv', options?: FormatOptions): Record<'nodes.csv' | 'relationships.csv', string>
export function toFormat(graph: ExportInput, format: Exclude<FormatName, 'csv'>, options?: FormatOptions): string
export function toFormat(graph: ExportInput, format: FormatName, options?: FormatOptions): string | Record<string, string>
export function toFormat(graph: ExportInput, format: FormatName, options: FormatOptions = {}): string | Record<string, string> {
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new MarkgraphError('UNKNOWN_FORMAT', `markgraph/toFormat: unknown format "${String(format)}" (known: ${FORMATS.join(', ')})`)
  }
  const base = baseIriOption(options.baseIri)
  if (options.contextUrl !== undefined && !isAbsoluteIri(options.contextUrl)) throw new MarkgraphError('INVALID_OPTIONS', `markgraph/toFormat: contextUrl must be an absolute URL, got ${JSON.stringify(options.contextUrl)}`)
  try {
    return write(toGraphJSON(graph), format, options, base)
  } catch (error) {
    // A result past the engine's longest string (about 512 MB) surfaces as a RangeError.
    if (error instanceof RangeError) throw new MarkgraphError('OUTPUT_TOO_LARGE', `markgraph/toFormat: the ${format} output is too large for one string (${error.message})`, { cause: error })
    throw error
  }
}

/**
 * Write graph JSON in a format.
 *
 * @param json Graph JSON.
 * @param format A known format.
 * @param options Format options.
 * @param base Base IRI of entities (validated).
 * @returns The text, or the files for `csv`.
 */
function write(json: GraphJSON, format: FormatName, options: FormatOptions, base: ReturnType<typeof baseIriOption>): string | Record<string, string> {
  switch (format) {
    case 'json':
      return toJson(json, options)
    case 'jsonld':
      return toJsonLd(json, { ...options, baseIri: base })
    case 'turtle':
      return toTurtle(json, base)
    case 'ntriples':
      return toNTriples(json, base)
    case 'graphml':
      return toGraphML(json)
    case 'gexf':
      return toGexf(json)
    case 'cypher':
      return toCypher(json)
    case 'csv':
      return toCsv(json)
    case 'mermaid':
      return toMermaid(json)
    case 'dot':
      return toDot(json)
    case 'html':
      return toHtml(json, options)
  }
}
