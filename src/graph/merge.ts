/**
 * Merge knowledge graphs (one per document, or already merged ones) into
 * one. Entities that share a normalised name or alias become one node;
 * a triple stated in several graphs is one edge with all its evidence.
 *
 * The merge is a function of the *set* of nodes and edges given, so it is
 * associative and commutative on the serialised result: any batch engine
 * may shard a corpus and reduce in any order.
 */
import Graph from 'graphology'
import type { EntityAttributes, Evidence, GraphAttributes, GraphJSON, Quote, RelationAttributes, Truncation } from '../schema.js'
import { KnowledgeGraph } from './knowledge-graph.js'
import { normalizeName, UnionFind } from '../names/index.js'
import { slugify } from './slug.js'
import { isCommonWord } from '../entities/english.js'
import { usedAsName } from './name-use.js'
import { buildSentenceTables, sentenceTexts } from './sentence-table.js'
import type { EntityTypeOfGraph, PredicateOfGraph } from '../typed-schema.js'

type Node = GraphJSON['nodes'][number]

/**
 * Merge graphs.
 *
 * @typeParam G The graphs' types: the result has all their predicates and
 *   entity types (`string` for graph JSON, which may hold any).
 * @param graphs Knowledge graphs or graph JSON.
 * @returns The merged knowledge graph.
 */
export function mergeGraphs<const G extends ReadonlyArray<KnowledgeGraph<string, string> | GraphJSON>>(...graphs: G): KnowledgeGraph<PredicateOfGraph<G[number]>, EntityTypeOfGraph<G[number]>> {
  // One sentence table for all inputs: evidence is renumbered into it.
  const raw = graphs.map((g) => (g instanceof KnowledgeGraph ? g.toJSON() : g))
  const texts = raw.map((g) => sentenceTexts(g.attributes))
  const combined = buildSentenceTables(texts.flat())
  const inputs: GraphJSON[] = []
  let base = 0
  for (const [i, g] of raw.entries()) {
    const at = combined.index.slice(base, base + texts[i]!.length)
    base += texts[i]!.length
    inputs.push(renumber(g, (n) => at[n] ?? 0))
  }
  const sentenceText = (e: Evidence): string => combined.sentences[e.sentence]?.text ?? ''
  const sourceOf = (e: Evidence): string => combined.sentences[e.sentence]?.source ?? ''
  const nodes = inputs.flatMap((g) => g.nodes.map((n) => ({ node: n })))
  // A corpus repeats the same few thousand names across all its mentions: normalise each once.
  const normalized = new Map<string, string>()
  const normal = (name: string): string => {
    let n = normalized.get(name)
    if (n === undefined) normalized.set(name, (n = normalizeName(name)))
    return n
  }

  // Union-find over nodes: same key or a shared normalised name/alias, with compatible types.
  // Which node stands for a group does not matter: groups keep the order of their first node.
  const sets = new UnionFind(nodes.keys())
  const byName = new Map<string, number>()
  nodes.forEach(({ node }, i) => {
    const concept = node.attributes.type === 'Concept'
    for (const name of [node.attributes.name, ...node.attributes.aliases]) {
      const form = normal(name)
      // A one-word name that is an English word ("Board", "Wood") may stand
      // for different entities in different articles: it joins only where a
      // mention of it uses it as a name ("built with Substrate"). That depends
      // on the name and its mentions, which a merge unites, so the merge stays associative.
      if (!concept && !form.includes(' ') && isCommonWord(form) && !node.attributes.mentions.some((m) => normal(m.text) === form && usedAsName(m, sentenceText(m)))) continue
      // Concepts join only Concepts, names only names: "auctions" the concept is not an entity.
      const k = `${concept ? 'c' : 'e'}:${form}`
      const seen = byName.get(k)
      if (seen === undefined) byName.set(k, i)
      else sets.union(seen, i)
    }
  })
  const groups = new Map<number, Node[]>()
  nodes.forEach(({ node }, i) => {
    const root = sets.find(i)
    const list = groups.get(root) ?? []
    list.push(node)
    groups.set(root, list)
  })

  const graph = new Graph<EntityAttributes, RelationAttributes, GraphAttributes>({ type: 'directed', multi: true, allowSelfLoops: false })
  const keyOf = new Map<string, string>() // "graphIndex|oldKey" → new key
  // Ties on key break on the whole content, so input order never shows through.
  // The content is serialised only for such ties: it is most of the graph.
  const merged = [...groups.values()].map((group) => mergeNodes(group, normal, sourceOf)).sort((a, b) => compare(a.key, b.key))
  for (let i = 0; i < merged.length; ) {
    let j = i + 1
    while (j < merged.length && merged[j]!.key === merged[i]!.key) j++
    if (j - i > 1) {
      const tied = merged.slice(i, j).map((m) => ({ m, order: JSON.stringify(m.attributes) })).sort((a, b) => compare(a.order, b.order))
      tied.forEach(({ m }, k) => (merged[i + k] = m))
    }
    i = j
  }
  const used = new Set<string>()
  for (const m of merged) {
    let key = m.key
    for (let n = 2; used.has(key); n++) key = `${m.key}-${n}`
    used.add(key)
    graph.addNode(key, m.attributes)
    for (const old of m.members) keyOf.set(old, key)
  }
  const edgeGroups = new Map<string, Array<{ source: string; target: string; attributes: RelationAttributes }>>()
  inputs.forEach((g) => {
    const ids = new Map(g.nodes.map((n) => [n.key, nodeId(n)]))
    for (const e of g.edges) {
      const source = keyOf.get(ids.get(e.source) ?? e.source)
      const target = keyOf.get(ids.get(e.target) ?? e.target)
      if (!source || !target || source === target) continue
      const key = `${source}|${e.attributes.predicate}|${target}`
      const list = edgeGroups.get(key) ?? []
      list.push({ source, target, attributes: e.attributes })
      edgeGroups.set(key, list)
    }
  })
  for (const key of [...edgeGroups.keys()].sort(compare)) {
    const list = edgeGroups.get(key)!
    graph.addDirectedEdgeWithKey(key, list[0]!.source, list[0]!.target, mergeEdges(list.map((x) => x.attributes), sourceOf))
  }
  // The table keeps only the sentences evidence still points to, renumbered.
  const all: Evidence[] = []
  graph.forEachNode((_key, a) => {
    all.push(...a.mentions, ...a.quotes.map((q) => q.evidence))
  })
  graph.forEachEdge((_key, a) => {
    all.push(...a.evidence)
  })
  const referenced = [...new Set(all.map((e) => e.sentence))]
  const combinedTexts = sentenceTexts({ sentences: combined.sentences, headings: combined.headings })
  const tables = buildSentenceTables(referenced.map((i) => combinedTexts[i]!))
  const final = new Map(referenced.map((i, k) => [i, tables.index[k]!]))
  for (const e of all) e.sentence = final.get(e.sentence)!
  graph.replaceAttributes({ ...mergeGraphAttributes(inputs.map((g) => g.attributes)), sentences: tables.sentences, headings: tables.headings })
  return new KnowledgeGraph<PredicateOfGraph<G[number]>, EntityTypeOfGraph<G[number]>>(graph)
}

/**
 * A copy of a graph JSON with every evidence's sentence renumbered (the
 * input is never changed).
 *
 * @param g Graph JSON.
 * @param to New index of a sentence index.
 * @returns Copy.
 */
function renumber(g: GraphJSON, to: (n: number) => number): GraphJSON {
  const ev = (e: Evidence): Evidence => ({ ...e, sentence: to(e.sentence) })
  return {
    ...g,
    nodes: g.nodes.map((n) => ({ key: n.key, attributes: { ...n.attributes, mentions: n.attributes.mentions.map(ev), quotes: n.attributes.quotes.map((q) => ({ text: q.text, evidence: ev(q.evidence) })) } })),
    edges: g.edges.map((e) => ({ ...e, attributes: { ...e.attributes, evidence: e.attributes.evidence.map(ev) } }))
  }
}

/**
 * A stable identity of a node for the key map.
 *
 * @param node Node.
 * @returns Identity string.
 */
function nodeId(node: Node): string {
  return `${node.key}\u0000${node.attributes.name}\u0000${node.attributes.type}`
}

/**
 * Merge the nodes of one group.
 *
 * @param group Nodes that denote one entity.
 * @param normal {@link normalizeName}, memoised for this merge.
 * @param sourceOf Source file of an evidence (from the sentence table).
 * @returns Merged key, attributes and member identities.
 */
function mergeNodes(group: Node[], normal: (name: string) => string, sourceOf: (e: Evidence) => string): { key: string; attributes: EntityAttributes; members: string[] } {
  const mentions = dedupeEvidence(group.flatMap((n) => n.attributes.mentions), sourceOf)
  const names = new Set<string>()
  for (const n of group) for (const name of [n.attributes.name, ...n.attributes.aliases]) names.add(name)
  // Canonical name: the fullest name (most words), then the most mentioned, then code-unit order.
  // Everything is counted over the distinct mentions, so grouping never changes the outcome.
  const usage = new Map<string, number>()
  for (const m of mentions) {
    const k = normal(m.text)
    usage.set(k, (usage.get(k) ?? 0) + 1)
  }
  const count = (n: string): number => usage.get(normal(n)) ?? 0
  const name = [...names].sort((a, b) => b.split(' ').length - a.split(' ').length || count(b) - count(a) || compare(a, b))[0]!
  const seen = new Set([normal(name)])
  const aliases: string[] = []
  for (const alias of [...names].sort(compare)) {
    const k = normal(alias)
    if (seen.has(k)) continue
    seen.add(k)
    aliases.push(alias)
  }
  // Type: the one most distinct mentions were given (ties: code-unit order).
  const votes = new Map<string, number>()
  for (const m of mentions) if (m.type) votes.set(m.type, (votes.get(m.type) ?? 0) + 1)
  if (votes.size === 0) for (const n of group) votes.set(n.attributes.type, (votes.get(n.attributes.type) ?? 0) + 1)
  const type = [...votes.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]![0]
  const quotes = dedupeQuotes(group.flatMap((n) => n.attributes.quotes), sourceOf)
  const documents = sortedUnion(group.flatMap((n) => n.attributes.documents ?? n.attributes.mentions.map(sourceOf).filter((s) => s !== '')))
  const attributes: EntityAttributes = { name, type, aliases, mentions, quotes }
  if (documents.length) attributes.documents = documents
  // Type evidence keeps, per type and cue, the strongest weight a merged graph gave it (so merging
  // a graph with itself changes nothing); registry ids keep the first value each key has.
  const cues = new Map<string, NonNullable<EntityAttributes['typeCues']>[number]>()
  for (const n of group) {
    for (const c of n.attributes.typeCues ?? []) {
      const k = `${c.type}|${c.rule}`
      const had = cues.get(k)
      if (!had || had.weight < c.weight) cues.set(k, { type: c.type, rule: c.rule, weight: c.weight, ...(c.kb ? { kb: true } : {}) })
    }
  }
  if (cues.size) attributes.typeCues = [...cues.values()].sort((a, b) => b.weight - a.weight || compare(a.type, b.type) || compare(a.rule, b.rule))
  const ids = Object.assign({}, ...group.map((n) => n.attributes.ids ?? {}).reverse()) as Record<string, string | number>
  if (Object.keys(ids).length) attributes.ids = ids
  return { key: slugify(name), attributes, members: group.map(nodeId) }
}

/**
 * Merge the attributes of edges that state one triple.
 *
 * @param list Edge attributes.
 * @param sourceOf Source file of an evidence (from the sentence table).
 * @returns Merged attributes: all evidence, all rules, the highest confidence.
 */
function mergeEdges(list: RelationAttributes[], sourceOf: (e: Evidence) => string): RelationAttributes {
  const evidence = dedupeEvidence(list.flatMap((a) => a.evidence), sourceOf)
  const out: RelationAttributes = {
    predicate: list[0]!.predicate,
    label: list[0]!.label,
    // max is associative and commutative, so the merge order never changes it.
    confidence: Math.max(...list.map((a) => a.confidence)),
    rules: sortedUnion(list.flatMap((a) => a.rules)),
    evidence
  }
  const documents = sortedUnion(list.flatMap((a) => a.documents ?? a.evidence.map(sourceOf).filter((s) => s !== '')))
  if (documents.length) out.documents = documents
  return out
}

/**
 * Graph attributes of a merge: every source; title and date only when all agree.
 *
 * @param list Input graph attributes.
 * @returns Merged attributes.
 */
function mergeGraphAttributes(list: GraphAttributes[]): GraphAttributes {
  const out: GraphAttributes = { generator: 'markgraph' }
  const sources = sortedUnion(list.flatMap((a) => [...(a.sources ?? []), ...(a.source ? [a.source] : [])]))
  if (sources.length) out.sources = sources
  const titles = new Set(list.map((a) => a.title))
  if (titles.size === 1 && list[0]?.title) out.title = list[0].title
  const dates = new Set(list.map((a) => a.date))
  if (dates.size === 1 && list[0]?.date) out.date = list[0].date
  const truncated = new Map<string, Truncation>()
  for (const t of list.flatMap((a) => a.truncated ?? [])) truncated.set(JSON.stringify([t.source ?? '', t.mentions, t.entities, t.relations]), t)
  if (truncated.size) out.truncated = [...truncated.keys()].sort(compare).map((k) => truncated.get(k)!)
  return out
}

/**
 * Evidence without repeats (same source, span and rule), in a fixed order.
 *
 * @param list Evidence.
 * @param sourceOf Source file of an evidence.
 * @returns Sorted distinct evidence.
 */
function dedupeEvidence(list: Evidence[], sourceOf: (e: Evidence) => string): Evidence[] {
  const byKey = new Map<string, Evidence>()
  for (const e of list) {
    const key = `${sourceOf(e)}\u0000${String(e.start.offset).padStart(12, '0')}\u0000${e.end.offset}\u0000${e.rule}`
    if (!byKey.has(key)) byKey.set(key, e)
  }
  return [...byKey.keys()].sort(compare).map((k) => byKey.get(k)!)
}

/**
 * Quotes without repeats, in a fixed order.
 *
 * @param list Quotes.
 * @param sourceOf Source file of an evidence.
 * @returns Sorted distinct quotes.
 */
function dedupeQuotes(list: Quote[], sourceOf: (e: Evidence) => string): Quote[] {
  const byKey = new Map<string, Quote>()
  for (const q of list) {
    const key = `${sourceOf(q.evidence)}\u0000${String(q.evidence.start.offset).padStart(12, '0')}\u0000${q.text}`
    if (!byKey.has(key)) byKey.set(key, q)
  }
  return [...byKey.keys()].sort(compare).map((k) => byKey.get(k)!)
}

/**
 * Sorted distinct strings.
 *
 * @param list Strings.
 * @returns Sorted set.
 */
function sortedUnion(list: string[]): string[] {
  return [...new Set(list)].sort(compare)
}

/**
 * Code-unit comparison.
 *
 * @param a String.
 * @param b String.
 * @returns Order.
 */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
