#!/usr/bin/env node
/**
 * What the relation layer costs: milliseconds per KB of markdown for the
 * whole extraction, and for the relation rules alone (the same documents
 * with a schema whose relation rules are replaced by none), on
 * ../shared/corpus and ../shared/eval/articles, single thread, after a
 * warm-up, in CPU time (fastest of 7 passes). Usage: node scripts/relation-cost.mjs [dist/index.js] (run `npm run build` first).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const dist = resolve(process.argv[2] ?? 'dist/index.js')
const { createExtractor, extract } = await import(pathToFileURL(dist).href)
const dirs = ['../shared/corpus', '../shared/eval/articles'].filter((d) => existsSync(d))
const docs = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(d, f), 'utf8')))
const kb = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0) / 1024

/**
 * Fastest of several passes over every document, in CPU time of this
 * process (the machine is shared: wall time swings with other work).
 */
function time(run) {
  for (const d of docs) run(d)
  const passes = []
  for (let i = 0; i < 7; i++) {
    const start = process.cpuUsage()
    for (const d of docs) run(d)
    const used = process.cpuUsage(start)
    passes.push((used.user + used.system) / 1000)
  }
  return Math.min(...passes)
}

const full = time((d) => extract(d))
let without
try {
  // Rules cannot be removed through the public API without replacing the schema: the replaced schema has
  // no predicates and no rules (its entity stages differ a little: no default types or cues).
  const empty = createExtractor({ predicates: [], relations: [] }, { replace: true })
  without = time((d) => empty.extract(d))
} catch {
  without = undefined
}
console.log(`${docs.length} documents, ${kb.toFixed(0)} KB (${dist})`)
console.log(`whole extraction: ${(full / kb).toFixed(3)} ms/KB`)
if (without !== undefined) console.log(`without relation rules (replaced schema): ${(without / kb).toFixed(3)} ms/KB; relation layer ≈ ${((full - without) / kb).toFixed(3)} ms/KB`)
