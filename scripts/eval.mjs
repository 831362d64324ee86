#!/usr/bin/env node
// Dev-set evaluation: markgraph against the hand-made gold graphs in
// ../shared/eval/gold, side by side with compromise's own NER (people(),
// organizations(), places() as a graph without relations), scored by the
// shared scorer. Run with `npm run eval` (builds first).
//
//   node scripts/eval.mjs [--verbose] [--json]
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import nlp from 'compromise'
import { extract } from '../dist/index.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(root, '..', 'shared')
const goldDir = join(shared, 'eval', 'gold')
const corpusDir = join(shared, 'corpus')
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

const totals = { markgraph: empty(), compromise: empty() }
const rows = []
for (const file of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'))
  const article = join(corpusDir, gold.document)
  if (!existsSync(article)) continue
  const markdown = readFileSync(article, 'utf8')
  const ours = score(gold, extract(markdown, { source: gold.document }).toJSON())
  const base = score(gold, baselineGraph(markdown))
  add(totals.markgraph, ours)
  add(totals.compromise, base)
  rows.push({ document: gold.document, ours, base })
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
if (asJson) {
  console.log(JSON.stringify({ markgraph: summary(totals.markgraph), compromise: summary(totals.compromise), articles: rows.map((r) => ({ document: r.document, entityF1: prf(r.ours.ent).f1, relationF1: prf(r.ours.rel).f1, quotes: `${r.ours.quote.ok}/${r.ours.quote.n}` })) }))
} else {
  console.log('\narticle                              markgraph: ent F1  type   rel F1  quotes | compromise: ent F1  rel F1')
  for (const { document, ours, base } of rows) {
    const e = prf(ours.ent), r = prf(ours.rel), be = prf(base.ent), br = prf(base.rel)
    console.log(`${document.padEnd(36)} ${f(e.f1).padStart(17)}  ${f(ours.ent.tp ? ours.ent.typeOk / ours.ent.tp : 0)}  ${f(r.f1)}  ${`${ours.quote.ok}/${ours.quote.n}`.padStart(6)} | ${f(be.f1).padStart(18)}  ${f(br.f1)}`)
  }
  for (const [name, t] of Object.entries(totals)) {
    const s = summary(t)
    console.log(`ALL ${name.padEnd(10)}: entity F1 ${f(s.entity.f1)} (P ${f(s.entity.p)} R ${f(s.entity.r)}, type accuracy ${f(s.entity.typeAccuracy)})  relation F1 ${f(s.relation.f1)} (P ${f(s.relation.p)} R ${f(s.relation.r)})  quotes ${s.quotes === null ? 'n/a' : f(s.quotes)}`)
  }
}
