/**
 * The knowledge graph: a graphology directed graph with markgraph's typed
 * attributes, plus the queries users need most. Everything else is a
 * function over `kg.graph`.
 */
import Graph from 'graphology'
import { z } from 'zod'
import { MarkgraphError } from '../errors.js'
import {
  GraphJSONSchema,
  type DefaultPredicate,
  type EntityAttributes,
  type Evidence,
  type GraphAttributes,
  type GraphJSON,
  type RelationAttributes
} from '../schema.js'
import { normalizeName } from './normalize-name.js'

/** The graphology graph type markgraph uses. */
export type MarkGraph = Graph<EntityAttributes, RelationAttributes, GraphAttributes>

/** An entity: its node key and attributes. */
export type Entity = { key: string } & EntityAttributes

/** A relation: its edge key, ends and attributes. */
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

/** A quotation with its speaker. */
export interface AttributedQuote {
  /** Node key of the speaker. */
  speaker: string
  speakerName: string
  text: string
  evidence: Evidence
}

/**
 * A knowledge graph extracted from one or more articles.
 *
 * @typeParam P Predicate names (the default schema's unless a user schema adds more).
 */
export class KnowledgeGraph<P extends string = DefaultPredicate> {
  /** The underlying graphology graph. */
  readonly graph: MarkGraph
  /** Normalised name/alias → node key, built lazily. */
  private index: Map<string, string> | undefined

  /**
   * @param graph A directed graphology graph with markgraph attributes.
   */
  constructor(graph: MarkGraph) {
    this.graph = graph
  }

  /** Graph attributes (title, date, source). */
  get attributes(): GraphAttributes {
    return this.graph.getAttributes()
  }

  /** Number of entities (nodes) and relations (edges). */
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
  entity(nameOrKey: string): Entity | undefined {
    const key = this.resolveKey(nameOrKey)
    return key === undefined ? undefined : { key, ...this.graph.getNodeAttributes(key) }
  }

  /**
   * All entities, sorted by key.
   *
   * @param filter Only entities of these types (default: all).
   * @returns Entities.
   */
  entities(filter?: { type?: string | string[] } | null): Entity[] {
    const types = filter?.type === undefined ? undefined : new Set(Array.isArray(filter.type) ? filter.type : [filter.type])
    const out: Entity[] = []
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
   * @param options `direction` (`'out'`, `'in'` or `'both'`, default `'both'`) and `predicate` filter.
   * @returns Neighbouring entities, sorted by key.
   */
  neighbours(nameOrKey: string, options?: { direction?: 'out' | 'in' | 'both'; predicate?: P | P[] } | null): Entity[] {
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
      // Multi: two entities can be linked by several predicates (one edge per triple).
      options: { type: 'directed', multi: true, allowSelfLoops: false },
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
  static fromJSON<P extends string = DefaultPredicate>(json: unknown): KnowledgeGraph<P> {
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
    const graph: MarkGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: parsed.data.options.allowSelfLoops })
    graph.import(parsed.data as unknown as Parameters<MarkGraph['import']>[0] & object)
    return new KnowledgeGraph<P>(graph)
  }

  /**
   * Node key of a key, name or alias.
   *
   * @param nameOrKey Key, name or alias.
   * @returns Node key or undefined.
   */
  private resolveKey(nameOrKey: string): string | undefined {
    if (this.graph.hasNode(nameOrKey)) return nameOrKey
    if (!this.index || this.index.size === 0) {
      this.index = new Map()
      for (const entity of this.entities()) {
        for (const n of [entity.name, ...entity.aliases]) {
          const k = normalizeName(n)
          if (!this.index.has(k)) this.index.set(k, entity.key)
        }
      }
    }
    return this.index.get(normalizeName(nameOrKey))
  }
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
  const out: Evidence = { text: e.text, sentence: e.sentence, section: e.section, start: { offset: e.start.offset, line: e.start.line, column: e.start.column }, end: { offset: e.end.offset, line: e.end.line, column: e.end.column }, rule: e.rule }
  if (e.source !== undefined) out.source = e.source
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
  for (const k of ['title', 'date', 'source', 'sources', 'generator'] as const) if (a[k] !== undefined) (out as Record<string, unknown>)[k] = a[k]
  return out
}
