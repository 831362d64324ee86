/**
 * The knowledge graph: a graphology directed graph with markgraph's typed
 * attributes, plus the queries users need most. Everything else is a
 * function over `kg.graph`.
 */
import Graph from 'graphology'
import type { AbstractGraph } from 'graphology-types'
import { z } from 'zod'
import { MarkgraphError } from '../errors.js'
import {
  GraphJSONSchema,
  type DefaultEntityType,
  type DefaultPredicate,
  type EntityAttributes,
  type Evidence,
  type GraphAttributes,
  type GraphJSON,
  type RelationAttributes
} from '../schema.js'
import { normalizeName } from '../names/index.js'

/**
 * The graphology graph type markgraph uses: directed, and multi (two
 * entities can be linked by several predicates, one edge per
 * `subject|predicate|object` triple), which is why it is a `Graph` with
 * `{ type: 'directed', multi: true }` rather than graphology's
 * `DirectedGraph` (always simple). Declared as graphology-types'
 * `AbstractGraph`, the type graphology's own packages take: graphology's
 * default export is not a type under `moduleResolution: NodeNext` in an ES
 * module (TS2709), its named types are.
 *
 * @typeParam P Predicate names.
 * @typeParam T Entity types.
 */
export type MarkGraph<P extends string = string, T extends string = string> = AbstractGraph<EntityAttributes & { type: T }, RelationAttributes & { predicate: P }, GraphAttributes>

/** Normalised name or alias → node key, per graph (names win over aliases). */
const nameIndexes = new WeakMap<MarkGraph, Map<string, string>>()
/** Graphs whose mutation events already drop their name index. */
const watched = new WeakSet<MarkGraph>()

/**
 * An entity: its node key and attributes.
 *
 * @typeParam T Entity types (the default schema's unless a user schema adds more).
 */
export type Entity<T extends string = DefaultEntityType> = { key: string } & EntityAttributes & { type: T }

/**
 * A relation: its edge key, ends and attributes.
 *
 * @typeParam P Predicate names (the default schema's unless a user schema adds more).
 */
export type Relation<P extends string = DefaultPredicate> = { key: string; subject: string; object: string } & RelationAttributes & { predicate: P }

/** Filter of {@link KnowledgeGraph.relations}. */
export interface RelationFilter<P extends string = DefaultPredicate> {
  /** Subject key, name or alias. */
  subject?: string
  /** One predicate or several. */
  predicate?: P | P[]
  /** Object key, name or alias. */
  object?: string
  /** Lowest confidence to keep (default: `0`). */
  minConfidence?: number
}

/** Options of {@link KnowledgeGraph.neighbours}. */
export interface NeighbourOptions<P extends string = DefaultPredicate> {
  /** Follow outgoing edges, incoming edges or both (default: `'both'`). */
  direction?: 'out' | 'in' | 'both'
  /** Only edges with this predicate or one of these (default: all). */
  predicate?: P | P[]
}

/** A quotation with its speaker. */
export interface AttributedQuote {
  /** Node key of the speaker. */
  speaker: string
  /** Canonical name of the speaker. */
  speakerName: string
  /** The quoted words. */
  text: string
  /** Where the quotation is in the source. */
  evidence: Evidence
}

/** The sentence of an evidence item, as {@link KnowledgeGraph.sentence} gives it. */
export interface EvidenceSentence {
  /** The sentence text (markdown syntax removed, line breaks as spaces). */
  text: string
  /** Heading path of its section, outermost first. */
  section: string[]
  /** Source offset of its first character. */
  offset: number
  /** Source file, when known. */
  source?: string
}

/**
 * A knowledge graph extracted from one or more articles.
 *
 * @typeParam P Predicate names (the default schema's unless a user schema adds more).
 * @typeParam T Entity types (likewise).
 */
export class KnowledgeGraph<P extends string = DefaultPredicate, T extends string = DefaultEntityType> {
  /**
   * The underlying graphology graph, for graphology's ecosystem (layouts,
   * metrics, exporters). Lookups by name follow changes made through its
   * methods (`addNode`, `setNodeAttribute`, `dropNode`, …), not in-place
   * edits of attribute arrays.
   */
  readonly graph: MarkGraph<P, T>

  /**
   * Wrap a graphology graph.
   *
   * @param graph A directed (multi) graphology graph with markgraph attributes.
   */
  constructor(graph: MarkGraph) {
    // Its predicates and types are those of the schema that made it: trusted, not checked.
    this.graph = graph as MarkGraph<P, T>
  }

  /**
   * Graph attributes (title, date, source, …).
   *
   * @returns The graph's attributes.
   */
  get attributes(): GraphAttributes {
    return this.graph.getAttributes()
  }

  /**
   * Number of entities (nodes) and relations (edges).
   *
   * @returns The counts.
   */
  get size(): { entities: number; relations: number } {
    return { entities: this.graph.order, relations: this.graph.size }
  }

  /**
   * Find an entity by node key, name or alias (compared normalised: case,
   * "the", titles and possessives do not matter).
   *
   * @param nameOrKey Key, name or alias.
   * @returns The entity, or undefined.
   */
  entity(nameOrKey: string): Entity<T> | undefined {
    const key = this.resolveKey(nameOrKey)
    return key === undefined ? undefined : { key, ...this.graph.getNodeAttributes(key) }
  }

  /**
   * All entities, sorted by key.
   *
   * @param filter Only entities of these types (default: all).
   * @returns Entities.
   */
  entities(filter?: { type?: T | T[] } | null): Array<Entity<T>> {
    const types = filter?.type === undefined ? undefined : new Set<string>(Array.isArray(filter.type) ? filter.type : [filter.type])
    const out: Array<Entity<T>> = []
    this.graph.forEachNode((key, attributes) => {
      if (!types || types.has(attributes.type)) out.push({ key, ...attributes })
    })
    return out.sort((a, b) => compare(a.key, b.key))
  }

  /**
   * Relations matching a filter, sorted by key.
   *
   * @param filter Subject, predicate(s), object, minimum confidence (all optional).
   * @returns Relations (empty when a named subject or object does not exist).
   */
  relations(filter?: RelationFilter<P> | null): Array<Relation<P>> {
    const subject = filter?.subject === undefined ? undefined : this.resolveKey(filter.subject)
    const object = filter?.object === undefined ? undefined : this.resolveKey(filter.object)
    if ((filter?.subject !== undefined && subject === undefined) || (filter?.object !== undefined && object === undefined)) return []
    const predicates = filter?.predicate === undefined ? undefined : new Set<string>(Array.isArray(filter.predicate) ? filter.predicate : [filter.predicate])
    const minConfidence = filter?.minConfidence ?? 0
    const out: Array<Relation<P>> = []
    this.graph.forEachEdge((key, attributes, source, target) => {
      if (subject !== undefined && source !== subject) return
      if (object !== undefined && target !== object) return
      if (predicates && !predicates.has(attributes.predicate)) return
      if (attributes.confidence < minConfidence) return
      out.push({ key, subject: source, object: target, ...attributes } as Relation<P>)
    })
    return out.sort((a, b) => compare(a.key, b.key))
  }

  /**
   * Entities linked to an entity.
   *
   * @param nameOrKey Key, name or alias.
   * @param options `direction` (`'out'`, `'in'` or `'both'`, default `'both'`) and `predicate` filter (default: all).
   * @returns Neighbouring entities, sorted by key (empty when the entity does not exist).
   */
  neighbours(nameOrKey: string, options?: NeighbourOptions<P> | null): Array<Entity<T>> {
    const key = this.resolveKey(nameOrKey)
    if (key === undefined) return []
    const direction = options?.direction ?? 'both'
    const predicates = options?.predicate === undefined ? undefined : new Set<string>(Array.isArray(options.predicate) ? options.predicate : [options.predicate])
    const keys = new Set<string>()
    const take = (_edge: string, attributes: RelationAttributes, source: string, target: string): void => {
      if (predicates && !predicates.has(attributes.predicate)) return
      keys.add(source === key ? target : source)
    }
    if (direction !== 'in') this.graph.forEachOutEdge(key, take)
    if (direction !== 'out') this.graph.forEachInEdge(key, take)
    return [...keys].sort(compare).map((k) => ({ key: k, ...this.graph.getNodeAttributes(k) }))
  }

  /**
   * Every attributed quotation, in node-key order then source order.
   *
   * @returns Quotes with their speakers.
   */
  quotes(): AttributedQuote[] {
    const out: AttributedQuote[] = []
    for (const entity of this.entities()) {
      for (const q of entity.quotes) out.push({ speaker: entity.key, speakerName: entity.name, text: q.text, evidence: q.evidence })
    }
    return out
  }

  /**
   * The sentence an evidence item points to, with its heading path as text.
   *
   * @param evidence A mention, quotation or relation evidence of this graph.
   * @returns The sentence's text, section (heading texts, outermost first),
   *   source offset and source file; an empty text when the index is not in
   *   the table.
   */
  sentence(evidence: Pick<Evidence, 'sentence'>): EvidenceSentence {
    const attributes = this.graph.getAttributes()
    const entry = attributes.sentences?.[evidence.sentence]
    if (!entry) return { text: '', section: [], offset: 0 }
    const headings = attributes.headings ?? []
    const out: EvidenceSentence = { text: entry.text, section: entry.section.map((h) => headings[h] ?? ''), offset: entry.offset }
    if (entry.source !== undefined) out.source = entry.source
    return out
  }

  /**
   * The graph in graphology's serialisation format, deterministic: nodes
   * and edges sorted by key, attributes in a fixed order.
   *
   * @returns Graph JSON.
   */
  toJSON(): GraphJSON {
    const nodes = this.entities().map(({ key, ...attributes }) => ({ key, attributes: orderNode(attributes) }))
    const edges = this.relations().map(({ key, subject, object, ...attributes }) => ({ key, source: subject, target: object, attributes: orderEdge(attributes) }))
    return {
      attributes: orderGraphAttributes(this.graph.getAttributes()),
      options: { type: 'directed', multi: this.graph.multi, allowSelfLoops: this.graph.allowSelfLoops },
      nodes,
      edges
    }
  }

  /**
   * Load a graph from its JSON (an object or a JSON string), validating it.
   *
   * @param json Graph JSON.
   * @returns The knowledge graph.
   * @throws MarkgraphError `INVALID_GRAPH_JSON` naming the path of what is wrong.
   */
  static fromJSON<P extends string = DefaultPredicate, T extends string = DefaultEntityType>(json: unknown): KnowledgeGraph<P, T> {
    let value = json
    if (typeof json === 'string') {
      try {
        value = JSON.parse(json)
      } catch (error) {
        throw new MarkgraphError('INVALID_GRAPH_JSON', `markgraph/fromJSON: not JSON: ${(error as Error).message}`, { cause: error })
      }
    }
    const parsed = GraphJSONSchema.safeParse(value)
    if (!parsed.success) {
      throw new MarkgraphError('INVALID_GRAPH_JSON', `markgraph/fromJSON: invalid graph JSON\n${z.prettifyError(parsed.error)}`, { details: parsed.error.issues })
    }
    const data = parsed.data
    const loop = data.options.allowSelfLoops ? -1 : data.edges.findIndex((edge) => edge.source === edge.target)
    if (loop >= 0) {
      const error = new z.ZodError([{ code: 'custom', input: data.edges[loop]!.target, message: `edge ${loop} is a self-loop on "${data.edges[loop]!.source}" but options.allowSelfLoops is false`, path: ['edges', loop, 'target'] }])
      throw new MarkgraphError('INVALID_GRAPH_JSON', `markgraph/fromJSON: invalid graph JSON\n${z.prettifyError(error)}`, { details: error.issues })
    }
    // Always multi: a graph written as simple stays valid, and parallel edges (several predicates) load.
    const graph: MarkGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: data.options.allowSelfLoops })
    try {
      graph.import(data as unknown as Parameters<MarkGraph['import']>[0] & object)
    } catch (error) {
      throw new MarkgraphError('INVALID_GRAPH_JSON', `markgraph/fromJSON: invalid graph JSON: ${(error as Error).message}`, { cause: error })
    }
    return new KnowledgeGraph<P, T>(graph)
  }

  /**
   * Node key of a key, name or alias.
   *
   * @param nameOrKey Key, name or alias.
   * @returns Node key or undefined.
   */
  private resolveKey(nameOrKey: string): string | undefined {
    if (this.graph.hasNode(nameOrKey)) return nameOrKey
    return nameIndex(this.graph).get(normalizeName(nameOrKey))
  }
}

/**
 * The name index of a graph, built on first use and dropped whenever the
 * graph's nodes or node attributes change through graphology's methods.
 * Canonical names win over aliases, aliases over keys; among equals the
 * smaller key wins.
 *
 * @param graph Graph.
 * @returns Normalised name or alias → node key.
 */
function nameIndex(graph: MarkGraph): Map<string, string> {
  let index = nameIndexes.get(graph)
  if (index) return index
  if (!watched.has(graph)) {
    watched.add(graph)
    const drop = (): void => {
      nameIndexes.delete(graph)
    }
    for (const event of ['nodeAdded', 'nodeDropped', 'nodeAttributesUpdated', 'eachNodeAttributesUpdated', 'cleared'] as const) graph.on(event, drop)
  }
  index = new Map()
  const keys = graph.nodes().sort(compare)
  for (const key of keys) addName(index, graph.getNodeAttribute(key, 'name'), key)
  for (const key of keys) for (const alias of graph.getNodeAttribute(key, 'aliases') ?? []) addName(index, alias, key)
  // Keys typed loosely ("Maria-Lopez") last.
  for (const key of keys) addName(index, key, key)
  nameIndexes.set(graph, index)
  return index
}

/**
 * Index one name under its normalised form unless it is taken.
 *
 * @param index Index to add to.
 * @param name Name or alias (ignored unless a non-empty string).
 * @param key Node key.
 */
function addName(index: Map<string, string>, name: unknown, key: string): void {
  if (typeof name !== 'string') return
  const normal = normalizeName(name)
  if (normal && !index.has(normal)) index.set(normal, key)
}

/**
 * Plain code-unit comparison, so sorting never depends on the locale.
 *
 * @param a String.
 * @param b String.
 * @returns Order.
 */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Node attributes in a fixed key order.
 *
 * @param a Attributes.
 * @returns Ordered copy.
 */
function orderNode(a: EntityAttributes): EntityAttributes {
  const out: EntityAttributes = { name: a.name, type: a.type, aliases: a.aliases, mentions: a.mentions.map(orderEvidence), quotes: a.quotes.map((q) => ({ text: q.text, evidence: orderEvidence(q.evidence) })) }
  if (a.documents) out.documents = a.documents
  if (a.typeCues) out.typeCues = a.typeCues.map((c) => ({ type: c.type, rule: c.rule, weight: c.weight, ...(c.kb ? { kb: true } : {}) }))
  if (a.ids) out.ids = a.ids
  return out
}

/**
 * Edge attributes in a fixed key order.
 *
 * @param a Attributes.
 * @returns Ordered copy.
 */
function orderEdge(a: RelationAttributes): RelationAttributes {
  const out: RelationAttributes = { predicate: a.predicate, label: a.label, confidence: a.confidence, rules: a.rules, evidence: a.evidence.map(orderEvidence) }
  if (a.documents) out.documents = a.documents
  return out
}

/**
 * Evidence in a fixed key order.
 *
 * @param e Evidence.
 * @returns Ordered copy.
 */
function orderEvidence(e: Evidence): Evidence {
  const out: Evidence = { text: e.text, sentence: e.sentence, start: { offset: e.start.offset, line: e.start.line, column: e.start.column }, end: { offset: e.end.offset, line: e.end.line, column: e.end.column }, rule: e.rule }
  if (e.date !== undefined) out.date = { text: e.date.text, value: e.date.value, start: e.date.start, end: e.date.end }
  if (e.resolved !== undefined) out.resolved = e.resolved.map((r) => ({ text: r.text, entity: r.entity, how: r.how }))
  if (e.type !== undefined) out.type = e.type
  return out
}

/**
 * Graph attributes in a fixed key order.
 *
 * @param a Attributes.
 * @returns Ordered copy.
 */
function orderGraphAttributes(a: GraphAttributes): GraphAttributes {
  const out: GraphAttributes = {}
  for (const k of ['title', 'date', 'source', 'sources', 'generator', 'truncated'] as const) if (a[k] !== undefined) (out as Record<string, unknown>)[k] = a[k]
  out.headings = a.headings ?? []
  out.sentences = (a.sentences ?? []).map((s) => (s.source === undefined ? { text: s.text, section: s.section, offset: s.offset } : { text: s.text, section: s.section, offset: s.offset, source: s.source }))
  return out
}
