#!/usr/bin/env node
// Dev-set evaluation: markgraph against the hand-made gold graphs in
// ../shared/eval/gold, side by side with compromise's own NER (people(),
// organizations(), places() as a graph without relations), scored by the
// shared scorer. Run with `npm run eval` (builds first).
//
//   node scripts/eval.mjs [--verbose] [--json] [--set digests|dev-articles|own]
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import nlp from 'compromise'
import { extract } from '../dist/index.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(root, '..', 'shared')
const goldDir = join(shared, 'eval', 'gold')
const corpusDir = join(shared, 'corpus')
const articlesDir = join(shared, 'eval', 'articles')
/** Where a gold file's article lives: the monthly corpus or the later dev articles. */
const articlePath = (name) => [join(corpusDir, name), join(articlesDir, name)].find((p) => existsSync(p))
const verbose = process.argv.includes('--verbose')
const asJson = process.argv.includes('--json')

if (!existsSync(goldDir) || !existsSync(corpusDir)) {
  console.log(`eval: skipped, ${goldDir} is absent (the dev set lives outside the project)`)
  process.exit(0)
}
const { score } = await import(pathToFileURL(join(shared, 'eval', 'score.mjs')).href)

/** compromise's NER alone as a graph without relations. */
function baselineGraph(markdown) {
  const doc = nlp(markdown)
  const nodes = new Map()
  const add = (list, type) => {
    for (const raw of list) {
      const name = raw.replace(/['’]s$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').trim()
      if (!name) continue
      const key = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')
      if (!nodes.has(key)) nodes.set(key, { key, attributes: { name, type, aliases: [] } })
    }
  }
  add(doc.people().out('array'), 'Person')
  add(doc.organizations().out('array'), 'Organization')
  add(doc.places().out('array'), 'Place')
  return { nodes: [...nodes.values()], edges: [] }
}

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 0
  const r = tp + fn ? tp / (tp + fn) : 0
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}
const empty = () => ({ ent: { tp: 0, fp: 0, fn: 0, typeOk: 0 }, rel: { tp: 0, fp: 0, fn: 0 }, quote: { ok: 0, n: 0 } })
const add = (total, s) => {
  for (const k of ['tp', 'fp', 'fn', 'typeOk']) total.ent[k] += s.ent[k]
  for (const k of ['tp', 'fp', 'fn']) total.rel[k] += s.rel[k]
  total.quote.ok += s.quote.ok
  total.quote.n += s.quote.n
}
const f = (x) => x.toFixed(3)

// Three sets, scored apart because they say different things: the digests the
// rules were written on, the later dev articles (first seen as gold), and our
// own real-article gold in test/gold (articles in test/articles).
const ownGoldDir = join(root, 'test', 'gold')
const ownArticlesDir = join(root, 'test', 'articles')
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : null
/** @type {{ set: string, goldFile: string, article: string }[]} */
const jobs = []
for (const file of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'))
  const article = articlePath(gold.document)
  if (!article) {
    console.error(`eval: no article for ${file} (${gold.document})`)
    continue
  }
  jobs.push({ set: article.startsWith(corpusDir) ? 'digests' : 'dev-articles', goldFile: join(goldDir, file), article })
}
/**
 * The batch of each own article, read from test/articles/SOURCES.md: a row's
 * last cell when it is one capital letter, else the "## Batch X" section it
 * stands in. Each batch was scored on first contact when it arrived.
 */
function ownBatches() {
  const batches = new Map()
  const sources = join(ownArticlesDir, 'SOURCES.md')
  if (!existsSync(sources)) return batches
  let section = null
  for (const line of readFileSync(sources, 'utf8').split('\n')) {
    const heading = /^## Batch (\w)/.exec(line)
    if (heading) section = heading[1]
    if (!line.startsWith('|')) continue
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim())
    const file = /([\w-]+\.md)/.exec(cells[0] ?? '')
    if (!file) continue
    const last = cells[cells.length - 1]
    batches.set(file[1], /^[A-Z]$/.test(last) ? last : section)
  }
  return batches
}
const batchOf = ownBatches()

if (existsSync(ownGoldDir)) {
  for (const file of readdirSync(ownGoldDir).filter((n) => n.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(ownGoldDir, file), 'utf8'))
    const article = join(ownArticlesDir, gold.document)
    if (!existsSync(article)) {
      console.error(`eval: no article for test/gold/${file} (${gold.document})`)
      continue
    }
    jobs.push({ set: 'own', batch: batchOf.get(gold.document) ?? '?', goldFile: join(ownGoldDir, file), article })
  }
}

const totals = { markgraph: empty(), compromise: empty() }
/** @type {Record<string, ReturnType<typeof empty>>} */
const bySet = {}
const rows = []
for (const { set, batch, goldFile, article } of jobs) {
  if (only && set !== only && `${set}-${batch}` !== only) continue
  const gold = JSON.parse(readFileSync(goldFile, 'utf8'))
  const markdown = readFileSync(article, 'utf8')
  const ours = score(gold, extract(markdown, { source: gold.document }).toJSON())
  const base = score(gold, baselineGraph(markdown))
  add(totals.markgraph, ours)
  add(totals.compromise, base)
  add((bySet[set] ??= empty()), ours)
  // The target of the relations issue is over the 27 dev gold files: digests and dev articles together.
  if (set !== 'own') add((bySet['dev (27)'] ??= empty()), ours)
  else add((bySet[`own-${batch}`] ??= empty()), ours)
  rows.push({ set, document: gold.document, ours, base })
  if (verbose && !asJson) {
    console.log(`\n${gold.document}`)
    for (const m of ours.misses) console.log(`  missing  ${m}`)
    for (const x of ours.extras) console.log(`  extra    ${x}`)
  }
}

const summary = (t) => ({
  entity: { ...prf(t.ent), typeAccuracy: t.ent.tp ? t.ent.typeOk / t.ent.tp : 0 },
  relation: prf(t.rel),
  quotes: t.quote.n ? t.quote.ok / t.quote.n : null
})
const line = (label, t) => {
  const s = summary(t)
  return `${label}: entity F1 ${f(s.entity.f1)} (P ${f(s.entity.p)} R ${f(s.entity.r)}, type accuracy ${f(s.entity.typeAccuracy)})  relation F1 ${f(s.relation.f1)} (P ${f(s.relation.p)} R ${f(s.relation.r)})  quotes ${s.quotes === null ? 'n/a' : f(s.quotes)} (${t.quote.ok}/${t.quote.n})`
}
if (asJson) {
  console.log(JSON.stringify({ markgraph: summary(totals.markgraph), compromise: summary(totals.compromise), sets: Object.fromEntries(Object.entries(bySet).map(([k, t]) => [k, summary(t)])), articles: rows.map((r) => ({ set: r.set, document: r.document, entityF1: prf(r.ours.ent).f1, entityP: prf(r.ours.ent).p, typeAccuracy: r.ours.ent.tp ? r.ours.ent.typeOk / r.ours.ent.tp : 0, relationF1: prf(r.ours.rel).f1, relationP: prf(r.ours.rel).p, relationR: prf(r.ours.rel).r, quotes: `${r.ours.quote.ok}/${r.ours.quote.n}` })) }))
} else {
  console.log('\nset           article                                          markgraph: ent F1  ent P  type   rel F1  rel P  rel R  quotes | compromise: ent F1')
  for (const { set, document, ours, base } of rows) {
    const e = prf(ours.ent), r = prf(ours.rel), be = prf(base.ent)
    console.log(`${set.padEnd(13)} ${document.slice(0, 48).padEnd(48)} ${f(e.f1).padStart(17)}  ${f(e.p)}  ${f(ours.ent.tp ? ours.ent.typeOk / ours.ent.tp : 0)}  ${f(r.f1)}  ${f(r.p)}  ${f(r.r)}  ${`${ours.quote.ok}/${ours.quote.n}`.padStart(6)} | ${f(be.f1).padStart(18)}`)
  }
  for (const [set, t] of Object.entries(bySet)) console.log(line(`SET ${set.padEnd(12)}`, t))
  for (const [name, t] of Object.entries(totals)) console.log(line(`ALL ${name.padEnd(12)}`, t))
}
