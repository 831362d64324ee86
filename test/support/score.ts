/**
 * A small scorer for tests: compares a graph JSON with an expected graph in
 * the gold format (entities with aliases, relations, quotes). Same matching
 * rules as the shared evaluation: normalised names and aliases, Concepts by
 * shared head word.
 */

/** Expected graph in the gold format. */
export interface ExpectedGraph {
  entities: Array<{ id: string; name: string; type: string; alsoTypes?: string[]; aliases: string[] }>
  optionalEntities?: Array<{ id: string; name: string; aliases: string[] }>
  relations: Array<{ s: string; p: string; o: string }>
  optionalRelations?: Array<{ s: string; p: string; o: string }>
  quotes?: Array<{ speaker: string; startsWith: string }>
}

/** A graph in graphology's serialisation shape (the parts scored). */
export interface ScoredGraph {
  nodes: Array<{ key: string; attributes: { name: string; type: string; aliases: string[]; quotes?: Array<{ text: string }> } }>
  edges: Array<{ source: string; target: string; attributes: { predicate: string } }>
}

/** Precision, recall, F1 and the items behind them. */
export interface Score {
  entity: { p: number; r: number; f1: number; typeAccuracy: number }
  relation: { p: number; r: number; f1: number }
  quotes: { ok: number; n: number }
  misses: string[]
  extras: string[]
}

/**
 * Normalise a name the way the gold's guidelines do.
 *
 * @param s Name.
 * @returns Normalised name.
 */
export function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/^(?:dr|mr|mrs|ms|prof)\.? /, '')
    .replace(/'s$/, '')
    .replace(/[^\p{L}\p{N}\s.&-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.+$/, '')
}

const head = (s: string): string => (normalise(s).split(' ').pop() ?? '').replace(/ies$/, 'y').replace(/(?<!s)s$/, '')

/**
 * Score a graph against an expected graph.
 *
 * @param expected Expected graph.
 * @param graph Extracted graph JSON.
 * @returns Scores with misses and extras listed.
 */
export function scoreGraph(expected: ExpectedGraph, graph: ScoredGraph): Score {
  const names = (x: { name: string; aliases?: string[] }): string[] => [x.name, ...(x.aliases ?? [])].map(normalise)
  const match = (node: ScoredGraph['nodes'][number]): { id: string; optional: boolean; concept?: boolean } | null => {
    const own = new Set(names(node.attributes))
    for (const e of expected.entities) if (e.type !== 'Concept' && names(e).some((n) => own.has(n))) return { id: e.id, optional: false }
    for (const e of expected.optionalEntities ?? []) if (names(e).some((n) => own.has(n))) return { id: e.id, optional: true }
    for (const e of expected.entities) {
      if (e.type !== 'Concept') continue
      for (const g of names(e)) for (const n of own) if (head(g) === head(n) && (n.includes(g) || g.includes(n))) return { id: e.id, optional: false, concept: true }
    }
    return null
  }
  const byKey = new Map(graph.nodes.map((n) => [n.key, match(n)]))
  const misses: string[] = []
  const extras: string[] = []
  let tp = 0, fp = 0, typeOk = 0
  const seen = new Set<string>()
  for (const n of graph.nodes) {
    const m = byKey.get(n.key)
    if (n.attributes.type === 'Concept' || m?.concept || m?.optional) continue
    if (!m || seen.has(m.id)) { fp++; extras.push(`entity ${n.attributes.name} (${n.attributes.type})`); continue }
    seen.add(m.id)
    tp++
    const g = expected.entities.find((e) => e.id === m.id)!
    if (g.type === n.attributes.type || (g.alsoTypes ?? []).includes(n.attributes.type)) typeOk++
    else extras.push(`type ${n.attributes.name}: ${n.attributes.type}, expected ${g.type}`)
  }
  const fn = expected.entities.filter((e) => e.type !== 'Concept' && !seen.has(e.id))
  for (const e of fn) misses.push(`entity ${e.name}`)
  const key = (s: string, p: string, o: string): string => `${s}|${p}|${o}`
  const required = new Set(expected.relations.map((r) => key(r.s, r.p, r.o)))
  const optional = new Set((expected.optionalRelations ?? []).map((r) => key(r.s, r.p, r.o)))
  const hit = new Set<string>()
  const wrong = new Set<string>()
  for (const e of graph.edges) {
    const s = byKey.get(e.source)?.id
    const o = byKey.get(e.target)?.id
    const p = e.attributes.predicate
    const candidates = s && o ? [key(s, p, o), ...(p === 'partnersWith' ? [key(o, p, s)] : [])] : []
    const k = candidates.find((c) => required.has(c))
    if (k) { hit.add(k); continue }
    if (candidates.some((c) => optional.has(c))) continue
    wrong.add(s && o ? key(s, p, o) : `${e.source}|${p}|${e.target}`)
  }
  for (const w of wrong) extras.push(`relation ${w}`)
  for (const r of required) if (!hit.has(r)) misses.push(`relation ${r}`)
  let ok = 0
  for (const q of expected.quotes ?? []) {
    const want = normalise(q.startsWith)
    const found = graph.nodes.some((n) => byKey.get(n.key)?.id === q.speaker && (n.attributes.quotes ?? []).some((x) => normalise(x.text).startsWith(want)))
    if (found) ok++
    else misses.push(`quote ${q.speaker}: ${q.startsWith}`)
  }
  const prf = (t: number, f: number, n: number): { p: number; r: number; f1: number } => {
    const p = t + f ? t / (t + f) : 0
    const r = t + n ? t / (t + n) : 0
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
  }
  return {
    entity: { ...prf(tp, fp, fn.length), typeAccuracy: tp ? typeOk / tp : 0 },
    relation: prf(hit.size, wrong.size, required.size - hit.size),
    quotes: { ok, n: expected.quotes?.length ?? 0 },
    misses,
    extras
  }
}
