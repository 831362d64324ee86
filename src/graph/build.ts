/**
 * Build the knowledge graph from the extraction stages' results: one node
 * per entity (and per Concept argument), one edge per distinct triple with
 * every piece of evidence for it.
 */
import Graph from 'graphology'
import type { MarkdownDocument } from '../markdown/types.js'
import { pointAt } from '../markdown/position.js'
import { findDates } from '../markdown/fact-dates.js'
import type { EntityDraft } from '../entities/types.js'
import type { Argument, RelationFact } from '../relations/match.js'
import type { QuoteFact } from '../relations/quotes.js'
import type { PredicateSpec } from '../relations/predicates.js'
import type { EntityAttributes, Evidence, FactDate, GraphAttributes, RelationAttributes } from '../schema.js'
import { KnowledgeGraph } from './knowledge-graph.js'
import { slugify } from './slug.js'

/** Everything the graph is built from. */
export interface GraphInput {
  doc: MarkdownDocument
  entities: EntityDraft[]
  facts: RelationFact[]
  quotes: QuoteFact[]
  predicates: Map<string, PredicateSpec>
  source?: string
  minConfidence: number
}

/**
 * Build the graph.
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
  const graph = new Graph<EntityAttributes, RelationAttributes, GraphAttributes>({ type: 'directed', multi: true, allowSelfLoops: false })
  graph.replaceAttributes(attributes)
  const dates = sentenceDates(doc)

  const keyOf = new Map<number, string>()
  const used = new Set<string>()
  const uniqueKey = (base: string): string => {
    let key = base
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`
    used.add(key)
    return key
  }
  for (const entity of entities) {
    if (entity.mentions.length === 0) continue
    const key = uniqueKey(slugify(entity.name))
    keyOf.set(entity.id, key)
    graph.addNode(key, {
      name: entity.name,
      type: entity.type,
      aliases: [...entity.aliases],
      mentions: entity.mentions.map((m) => ({ ...evidenceAt(doc, m.sentence, m.start, m.end, m.rule, source), type: entity.type })),
      quotes: []
    })
  }
  for (const q of quotes) {
    const key = keyOf.get(q.speaker)
    if (!key) continue
    const block = doc.blocks[q.block]!
    const evidence = spanEvidence(doc, block.text, block.offsets, block.section, q.start, q.end, q.rule, source)
    graph.getNodeAttribute(key, 'quotes').push({ text: q.text, evidence })
  }

  const conceptKeys = new Map<string, string>()
  const argKey = (arg: Argument): string | undefined => {
    if ('entity' in arg) return keyOf.get(arg.entity)
    const name = arg.concept
    const existing = conceptKeys.get(name.toLowerCase())
    if (existing) return existing
    const key = uniqueKey(slugify(name))
    conceptKeys.set(name.toLowerCase(), key)
    graph.addNode(key, { name, type: 'Concept', aliases: [], mentions: [], quotes: [] })
    return key
  }
  for (const fact of facts) {
    if (fact.confidence < input.minConfidence) continue
    const s = argKey(fact.subject)
    const o = argKey(fact.object)
    if (!s || !o || s === o) continue
    const evidence = evidenceAt(doc, fact.sentence, fact.start, fact.end, fact.rule, source)
    if (fact.resolved.length) evidence.resolved = fact.resolved
    const date = dates.get(fact.sentence)
    if (date) evidence.date = date
    const key = `${s}|${fact.predicate}|${o}`
    if (graph.hasEdge(key)) {
      graph.updateEdgeAttributes(key, (attr) => {
        const rules = attr.rules.includes(fact.rule) ? attr.rules : [...attr.rules, fact.rule].sort()
        const already = attr.evidence.some((e) => e.start.offset === evidence.start.offset && e.end.offset === evidence.end.offset)
        return {
          ...attr,
          rules,
          evidence: already ? attr.evidence : [...attr.evidence, evidence],
          confidence: already ? Math.max(attr.confidence, fact.confidence) : noisyOr(attr.confidence, fact.confidence)
        }
      })
    } else {
      graph.addDirectedEdgeWithKey(key, s, o, {
        predicate: fact.predicate,
        label: predicates.get(fact.predicate)?.label ?? fact.predicate,
        evidence: [evidence],
        rules: [fact.rule],
        confidence: fact.confidence
      })
    }
  }
  // Concept nodes exist only as relation arguments.
  for (const key of conceptKeys.values()) if (graph.degree(key) === 0) graph.dropNode(key)
  return new KnowledgeGraph(graph)
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

/**
 * Evidence for a span of a sentence.
 *
 * @param doc Document.
 * @param sentenceIndex Sentence.
 * @param start Start in the sentence text.
 * @param end End in the sentence text.
 * @param rule Rule id.
 * @param source Source file.
 * @returns Evidence.
 */
export function evidenceAt(doc: MarkdownDocument, sentenceIndex: number, start: number, end: number, rule: string, source?: string): Evidence {
  const sentence = doc.sentences[sentenceIndex]!
  return spanEvidence(doc, sentence.text, sentence.offsets, sentence.section, start, end, rule, source)
}

/**
 * Evidence for a span of a text with a source-offset map.
 *
 * @param doc Document.
 * @param text Text (sentence or block).
 * @param offsets Source offsets of the text's characters.
 * @param section Heading path.
 * @param start Start in the text.
 * @param end End in the text.
 * @param rule Rule id.
 * @param source Source file.
 * @returns Evidence.
 */
function spanEvidence(doc: MarkdownDocument, text: string, offsets: number[], section: string[], start: number, end: number, rule: string, source?: string): Evidence {
  const from = offsets[start] ?? 0
  const to = end > start ? (offsets[end - 1] ?? from) + 1 : from
  const evidence: Evidence = {
    sentence: text,
    section: [...section],
    start: pointAt(doc.lineStarts, from),
    end: pointAt(doc.lineStarts, to),
    text: doc.source.slice(from, to),
    rule
  }
  if (source) evidence.source = source
  return evidence
}

/**
 * The first date each sentence states, normalised against the document date.
 *
 * @param doc Document.
 * @returns Sentence index → date.
 */
function sentenceDates(doc: MarkdownDocument): Map<number, FactDate> {
  const out = new Map<number, FactDate>()
  for (const sentence of doc.sentences) {
    if (sentence.kind === 'heading') continue
    const found = findDates(sentence.text, doc.date)
    if (found.length > 0) out.set(sentence.index, found[0]!.date)
  }
  return out
}
