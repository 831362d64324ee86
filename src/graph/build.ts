/**
 * Build the knowledge graph from the extraction stages' results: one node
 * per entity (and per Concept argument), one edge per distinct triple with
 * every piece of evidence for it.
 */
import Graph from 'graphology'
import type { MarkdownDocument } from '../markdown/types.js'
import { pointAt } from '../markdown/position.js'
import type { EntityDraft } from '../entities/types.js'
import { typeEvidence } from '../entities/typing.js'
import type { Argument, RelationFact } from '../relations/match.js'
import type { QuoteFact } from '../relations/quotes.js'
import type { PredicateSpec } from '../relations/predicates.js'
import type { EntityAttributes, Evidence, FactDate, GraphAttributes, Quote, RelationAttributes } from '../schema.js'
import { KnowledgeGraph } from './knowledge-graph.js'
import { slugify } from './slug.js'
import { buildSentenceTables, type SentenceText } from './sentence-table.js'

/** Everything the graph is built from. */
export interface GraphInput {
  doc: MarkdownDocument
  /** The first date each sentence states (`sentenceDates` of the markdown stage; default: none). */
  dates?: ReadonlyMap<number, FactDate>
  entities: EntityDraft[]
  facts: RelationFact[]
  quotes: QuoteFact[]
  predicates: Map<string, PredicateSpec>
  source?: string
  minConfidence: number
  /** Output budget as a multiple of the input's length, or `false` for none (default: {@link OUTPUT_BUDGET_RATIO}). */
  maxOutputRatio?: number | false
}

/** Largest graph JSON, as a multiple of the input's length, unless `maxOutputRatio` says otherwise (see {@link outputBudget}). */
export const OUTPUT_BUDGET_RATIO = 3

/** Graph JSON every input may fill whatever its length (64 KB), so short articles are never cut. */
export const MIN_OUTPUT_BUDGET = 64 * 1024

/**
 * The most graph JSON a document may give, in UTF-16 code units:
 * `ratio` times its length, at least {@link MIN_OUTPUT_BUDGET}; no limit
 * when `ratio` is `false`. A text dense with names (a list of thousands
 * of people, a base64 blob read as capitalised words) would otherwise give
 * a few hundred bytes of JSON per few bytes of input.
 *
 * @param length Input length.
 * @param ratio Multiple of the length, or `false` for no limit (default: {@link OUTPUT_BUDGET_RATIO}).
 * @returns Budget (`Infinity` without a limit).
 */
export function outputBudget(length: number, ratio: number | false = OUTPUT_BUDGET_RATIO): number {
  return ratio === false ? Infinity : Math.max(ratio * length, MIN_OUTPUT_BUDGET)
}

/**
 * Build the graph. Its JSON stays within {@link outputBudget}: relations
 * come first, then quotations, then each entity's first mention, then the
 * other mentions; what does not fit is left out and counted in the graph's
 * `truncated` attribute.
 *
 * @param input Stage results.
 * @returns The knowledge graph.
 */
export function buildGraph(input: GraphInput): KnowledgeGraph {
  const { doc, entities, facts, quotes, predicates, source } = input
  const attributes: GraphAttributes = { generator: 'markgraph' }
  if (doc.title) attributes.title = doc.title
  if (doc.date) attributes.date = doc.date
  if (source) attributes.source = source
  const dates = input.dates ?? new Map<number, FactDate>()
  // A little under the budget: the sizes counted are close estimates, not the exact JSON.
  const out = new GraphDraft(doc, source, Math.floor(outputBudget(doc.source.length, input.maxOutputRatio) * 0.97) - JSON.stringify(attributes).length - 200)

  // Entity nodes are made on first use, in whichever phase needs them.
  const keyOf = new Map<number, string>()
  const used = new Set<string>()
  const uniqueKey = (base: string): string => {
    let key = base
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`
    used.add(key)
    return key
  }
  const entityKey = (id: number): string | undefined => {
    const existing = keyOf.get(id)
    if (existing) return existing
    const entity = entities[id]!
    if (entity.mentions.length === 0) return undefined
    const key = slugify(entity.name)
    const node: EntityAttributes = { name: entity.name, type: entity.type, aliases: [...entity.aliases], mentions: [], quotes: [] }
    // Why the entity has its type, and its registry ids.
    const cues = typeEvidence(entity)
    if (cues.length) node.typeCues = cues
    if (entity.ids) node.ids = { ...entity.ids }
    if (!out.addNode(key, node, uniqueKey)) return undefined
    keyOf.set(id, out.lastKey)
    return out.lastKey
  }
  const conceptKeys = new Map<string, string>()
  const argKey = (arg: Argument): string | undefined => {
    if ('entity' in arg) return entityKey(arg.entity)
    const name = arg.concept
    const existing = conceptKeys.get(name.toLowerCase())
    if (existing) return existing
    if (!out.addNode(slugify(name), { name, type: 'Concept', aliases: [], mentions: [], quotes: [] }, uniqueKey)) return undefined
    conceptKeys.set(name.toLowerCase(), out.lastKey)
    return out.lastKey
  }

  for (const fact of facts) {
    if (fact.confidence < input.minConfidence) continue
    const evidence = out.evidence({ kind: 'sentence', index: fact.sentence }, fact.start, fact.end, fact.rule)
    if (fact.resolved.length) evidence.resolved = fact.resolved
    const date = dates.get(fact.sentence)
    if (date) evidence.date = date
    if (!out.fits(evidence)) {
      out.truncation.relations++
      continue
    }
    const s = argKey(fact.subject)
    const o = argKey(fact.object)
    if (!s || !o || s === o) {
      if (!s || !o) out.truncation.relations++
      continue
    }
    out.addFact(`${s}|${fact.predicate}|${o}`, s, o, fact, predicates.get(fact.predicate)?.label ?? fact.predicate, evidence)
  }
  for (const q of quotes) {
    if (!entities[q.speaker]) continue
    const evidence = out.evidence({ kind: 'block', index: q.block }, q.start, q.end, q.rule)
    if (q.resolved?.length) evidence.resolved = q.resolved
    if (!out.fits(evidence, q.text)) continue
    const key = entityKey(q.speaker)
    if (key) out.addQuote(key, { text: q.text, evidence })
  }
  // First mentions, so every entity the budget allows shows up, then the rest.
  for (const entity of entities) {
    const first = entity.mentions[0]
    if (!first) continue
    const evidence = { ...out.evidence({ kind: 'sentence', index: first.sentence }, first.start, first.end, first.rule), type: entity.type }
    const known = keyOf.has(entity.id)
    if (!out.fits(evidence, known ? '' : undefined, known ? undefined : entity)) {
      out.truncation.mentions += entity.mentions.length
      if (!known) out.truncation.entities++
      continue
    }
    const key = entityKey(entity.id)
    if (key) out.addMention(key, 0, evidence)
  }
  // Then every entity's second mention, every third, …: when the budget
  // runs out, each entity has kept its first mentions.
  let active = entities.filter((e) => e.mentions.length > 1 && out.hasMention(keyOf.get(e.id) ?? '', 0))
  for (let i = 1; active.length > 0; i++) {
    for (const entity of active) {
      const m = entity.mentions[i]!
      const evidence = { ...out.evidence({ kind: 'sentence', index: m.sentence }, m.start, m.end, m.rule), type: entity.type }
      if (out.fits(evidence)) out.addMention(keyOf.get(entity.id)!, i, evidence)
      else out.truncation.mentions++
    }
    active = active.filter((e) => e.mentions.length > i + 1)
  }
  return out.finish(attributes)
}

/** Where an evidence's text comes from: a sentence, or a whole block (quotations). */
interface TextRef {
  kind: 'sentence' | 'block'
  index: number
}

/**
 * A graph being built within an output budget: nodes, edges and evidence
 * are collected with their JSON size, and the sentence table is made last,
 * in source order.
 */
class GraphDraft {
  /** Key of the node the last successful {@link addNode} made. */
  lastKey = ''
  readonly truncation = { mentions: 0, entities: 0, relations: 0 }
  private left: number
  private readonly nodes = new Map<string, { attributes: EntityAttributes; mentions: Map<number, Evidence> }>()
  private readonly edges = new Map<string, { source: string; target: string; attributes: RelationAttributes }>()
  /** Text reference key → provisional sentence index. */
  private readonly refs = new Map<string, number>()
  private readonly texts: SentenceText[] = []
  /** Every evidence made, to renumber into the final table. */
  private readonly made: Evidence[] = []
  private readonly headingsSeen = new Set<string>()

  /**
   * @param doc Document.
   * @param source Source file.
   * @param budget Code units of JSON the nodes, edges and tables may take.
   */
  constructor(
    private readonly doc: MarkdownDocument,
    private readonly source: string | undefined,
    budget: number
  ) {
    this.left = budget
  }

  /**
   * Evidence for a span of a sentence or block (its sentence is a
   * provisional index until {@link finish}).
   *
   * @param ref Sentence or block.
   * @param start Start in its text.
   * @param end End in its text.
   * @param rule Rule id.
   * @returns Evidence.
   */
  evidence(ref: TextRef, start: number, end: number, rule: string): Evidence {
    const span = ref.kind === 'sentence' ? this.doc.sentences[ref.index]! : this.doc.blocks[ref.index]!
    const { offsets } = span
    const from = offsets[start] ?? 0
    const to = end > start ? charEnd(this.doc.source, span.text, end - 1, offsets[end - 1] ?? from) : from
    const refKey = `${ref.kind}:${ref.index}`
    let sentence = this.refs.get(refKey)
    if (sentence === undefined) {
      sentence = this.texts.length
      this.refs.set(refKey, sentence)
      this.texts.push({ text: span.text, section: [...span.section], offset: offsets[0] ?? 0, ...(this.source ? { source: this.source } : {}) })
      this.sentenceCharged.push(false)
    }
    const evidence: Evidence = { text: this.doc.source.slice(from, to), sentence, start: pointAt(this.doc.lineStarts, from), end: pointAt(this.doc.lineStarts, to), rule }
    return evidence
  }

  private readonly sentenceCharged: boolean[] = []

  /**
   * Whether an evidence (with its sentence, and a node it would need) still
   * fits the budget; if it does, its size is taken from the budget.
   *
   * @param evidence Evidence.
   * @param extra Further text it brings (a quotation's words).
   * @param entity An entity whose node it would add.
   * @returns Whether it fits.
   */
  fits(evidence: Evidence, extra = '', entity?: EntityDraft): boolean {
    // Without a budget (maxOutputRatio: false) nothing needs measuring.
    if (this.left === Infinity) return true
    let cost = JSON.stringify(evidence).length + 1 + (extra ? JSON.stringify(extra).length + 20 : 0)
    const charged = this.sentenceCharged[evidence.sentence]
    const text = this.texts[evidence.sentence]!
    const newHeadings = charged ? [] : text.section.filter((h) => !this.headingsSeen.has(h))
    if (!charged) cost += JSON.stringify(text.text).length + 40 + (text.source ? JSON.stringify(text.source).length + 10 : 0) + 8 * text.section.length + newHeadings.reduce((n, h) => n + JSON.stringify(h).length + 1, 0)
    if (entity) cost += nodeCost(slugify(entity.name), { name: entity.name, type: entity.type, aliases: entity.aliases, mentions: [], quotes: [] })
    if (cost > this.left) return false
    this.left -= cost
    if (!charged) {
      this.sentenceCharged[evidence.sentence] = true
      for (const h of newHeadings) this.headingsSeen.add(h)
    }
    return true
  }

  /**
   * Add a node if it fits (its mentions are added apart).
   *
   * @param base Key before making it unique.
   * @param attributes Attributes.
   * @param uniqueKey Makes a key unique.
   * @returns Whether it was added (then its key is {@link lastKey}).
   */
  addNode(base: string, attributes: EntityAttributes, uniqueKey: (base: string) => string): boolean {
    const cost = nodeCost(base, attributes)
    if (cost > this.left) return false
    this.left -= cost
    this.lastKey = uniqueKey(base)
    this.nodes.set(this.lastKey, { attributes, mentions: new Map() })
    return true
  }

  /**
   * Add a fact's evidence to its edge (made when new).
   *
   * @param key Edge key.
   * @param source Subject node.
   * @param target Object node.
   * @param fact The fact.
   * @param label Predicate label.
   * @param evidence Its evidence (already within the budget).
   */
  addFact(key: string, source: string, target: string, fact: RelationFact, label: string, evidence: Evidence): void {
    this.made.push(evidence)
    const edge = this.edges.get(key)
    if (!edge) {
      this.left -= JSON.stringify({ key, source, target, attributes: { predicate: fact.predicate, label, confidence: fact.confidence, rules: [fact.rule], evidence: [] } }).length + 1
      this.edges.set(key, { source, target, attributes: { predicate: fact.predicate, label, evidence: [evidence], rules: [fact.rule], confidence: fact.confidence } })
      return
    }
    const attr = edge.attributes
    if (!attr.rules.includes(fact.rule)) attr.rules = [...attr.rules, fact.rule].sort()
    const already = attr.evidence.some((e) => e.start.offset === evidence.start.offset && e.end.offset === evidence.end.offset)
    if (!already) attr.evidence.push(evidence)
    attr.confidence = already ? Math.max(attr.confidence, fact.confidence) : noisyOr(attr.confidence, fact.confidence)
  }

  /**
   * Add a quotation to a node.
   *
   * @param key Node key.
   * @param quote Quotation.
   */
  addQuote(key: string, quote: Quote): void {
    this.made.push(quote.evidence)
    this.nodes.get(key)!.attributes.quotes.push(quote)
  }

  /**
   * Add the i-th mention of an entity to its node.
   *
   * @param key Node key.
   * @param i Index of the mention in the entity's mentions.
   * @param evidence Its evidence.
   */
  addMention(key: string, i: number, evidence: Evidence): void {
    this.made.push(evidence)
    this.nodes.get(key)!.mentions.set(i, evidence)
  }

  /**
   * Whether a node holds the i-th mention of its entity.
   *
   * @param key Node key.
   * @param i Mention index.
   * @returns Whether it does.
   */
  hasMention(key: string, i: number): boolean {
    return this.nodes.get(key)?.mentions.has(i) ?? false
  }

  /**
   * The graph: nodes with their mentions in document order, edges, and the
   * sentence table of the evidence kept.
   *
   * @param attributes Graph attributes.
   * @returns The knowledge graph.
   */
  finish(attributes: GraphAttributes): KnowledgeGraph {
    const graph = new Graph<EntityAttributes, RelationAttributes, GraphAttributes>({ type: 'directed', multi: true, allowSelfLoops: false })
    // Only sentences some kept evidence points to go in the table.
    const kept = [...new Set(this.made.map((e) => e.sentence))]
    const tables = buildSentenceTables(kept.map((i) => this.texts[i]!))
    const final = new Map(kept.map((i, k) => [i, tables.index[k]!]))
    for (const e of this.made) e.sentence = final.get(e.sentence)!
    attributes.sentences = tables.sentences
    attributes.headings = tables.headings
    const t = this.truncation
    if (t.mentions || t.entities || t.relations) attributes.truncated = [{ ...(this.source ? { source: this.source } : {}), ...t }]
    graph.replaceAttributes(attributes)
    for (const [key, node] of this.nodes) {
      // A Concept node exists only as a relation argument; an entity needs a mention or a quotation.
      node.attributes.mentions = [...node.mentions.keys()].sort((a, b) => a - b).map((i) => node.mentions.get(i)!)
      graph.addNode(key, node.attributes)
    }
    for (const [key, edge] of this.edges) graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes)
    for (const key of [...graph.nodes()]) {
      const a = graph.getNodeAttributes(key)
      if (graph.degree(key) === 0 && a.mentions.length === 0 && a.quotes.length === 0) graph.dropNode(key)
    }
    return new KnowledgeGraph(graph)
  }
}

/** A character reference, as CommonMark decodes them. */
const CHAR_REF = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y

/**
 * Source offset just after a text character. A character decoded from a
 * reference (`&#116;` → `t`) ends after the reference's `;`; any other
 * character is one code unit of source.
 *
 * @param source Markdown source.
 * @param text Text the character is in.
 * @param i Index of the character in `text`.
 * @param at Source offset where the character starts.
 * @returns Source offset after it.
 */
function charEnd(source: string, text: string, i: number, at: number): number {
  if (source.charCodeAt(at) !== 0x26) return at + 1
  CHAR_REF.lastIndex = at
  const m = CHAR_REF.exec(source)
  // A literal "&" stays one character unless it was written as a reference to "&".
  if (!m || (text.charCodeAt(i) === 0x26 && !/^&(?:amp|AMP|#0*38|#[xX]0*26);$/.test(m[0]))) return at + 1
  return at + m[0].length
}

/**
 * JSON size of a node without mentions.
 *
 * @param key Node key.
 * @param attributes Attributes.
 * @returns Code units.
 */
function nodeCost(key: string, attributes: EntityAttributes): number {
  return JSON.stringify({ key, attributes }).length + 1
}

/**
 * Combine two independent confidences (noisy-or): each more sentence that
 * states a fact makes it likelier.
 *
 * @param a Confidence.
 * @param b Confidence.
 * @returns Combined confidence, rounded to 2 decimals.
 */
function noisyOr(a: number, b: number): number {
  return Math.round((1 - (1 - a) * (1 - b)) * 100) / 100
}

