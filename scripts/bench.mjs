#!/usr/bin/env node
// Benchmark (not a test): throughput and peak memory of markgraph against
// compromise's own NER on the same text. Run with `npm run bench`.
//
//   node scripts/bench.mjs [--scales 1,10,100] [--repeat 1] [--out .bench/results.json]
//
// With --repeat N every configuration runs N times and the median run is
// reported (a shared machine's timings vary by a quarter from run to run).
// The text is ../shared/corpus (every article; fixtures/ when ../shared is
// absent), replicated ×1, ×10, ×100. Each configuration runs in its own
// child process so that its peak RSS is its own. Last, at the largest scale,
// two processes each extract half of the copies at the same time: no
// messages, no merge, so the bound for any two-way split on this machine.
import { execFile, execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const arg = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}

if (process.env.MARKGRAPH_BENCH_CHILD) {
  // Child: run one configuration and print its figures as JSON.
  const { mode, scale, part } = JSON.parse(process.env.MARKGRAPH_BENCH_CHILD)
  // part 0 or 1: the first or second half of the copies, for the two-process bound below.
  const all = loadDocs(Number(scale))
  const docs = part === undefined ? all : all.filter((_, i) => (i < all.length / 2) === (part === 0))
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.markdown), 0)
  const start = performance.now()
  const startUsage = process.resourceUsage()
  const startCpu = (startUsage.userCPUTime + startUsage.systemCPUTime) / 1e6
  let entities = 0
  if (mode === 'compromise') {
    // compromise's bundled build, which markgraph loads too (its ESM entry is
    // a tree of 456 modules that takes twice as long to load).
    const nlp = createRequire(import.meta.url)('compromise')
    for (const d of docs) {
      const doc = nlp(d.markdown)
      entities += doc.people().length + doc.organizations().length + doc.places().length
    }
  } else {
    const { extractCorpus } = await import(join(root, 'dist', 'index.js'))
    const { graph } = await extractCorpus(docs, { jobs: mode === 'markgraph-2' ? 2 : 1 })
    entities = graph.size.entities
  }
  const seconds = (performance.now() - start) / 1000
  // CPU of every thread of the process (V8 compiles and collects garbage on
  // helper threads), so cpuSeconds / seconds is the cores it kept busy.
  const usage = process.resourceUsage()
  const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6 - startCpu
  console.log(JSON.stringify({ mode, scale: Number(scale), docs: docs.length, bytes, seconds, cpuSeconds, entities, peakRssMB: usage.maxRSS / 1024 }))
  process.exit(0)
}

/** The corpus replicated `scale` times, each copy a separate document. */
function loadDocs(scale) {
  const shared = resolve(root, '..', 'shared', 'corpus')
  const dir = existsSync(shared) ? shared : join(root, 'fixtures')
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort()
  const base = files.map((f) => ({ source: f, markdown: readFileSync(join(dir, f), 'utf8') }))
  const docs = []
  for (let k = 0; k < scale; k++) for (const d of base) docs.push({ source: `${k}/${d.source}`, markdown: d.markdown })
  return docs
}

const scales = arg('--scales', '1,10,100').split(',').map(Number)
const repeat = Math.max(1, Number(arg('--repeat', '1')))
/** The run of median time among `runs`. */
const median = (runs) => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)]
const out = arg('--out', join(root, '.bench', 'results.json'))
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('bench: build first (npm run build)')
  process.exit(1)
}
const results = []
for (const scale of scales) {
  for (const mode of ['compromise', 'markgraph-1', 'markgraph-2']) {
    const runs = []
    for (let k = 0; k < repeat; k++) {
      // Every contender runs with the V8 flag the markgraph CLI starts with.
      const raw = execFileSync(process.execPath, ['--no-regexp-tier-up', fileURLToPath(import.meta.url)], {
        env: { ...process.env, MARKGRAPH_BENCH_CHILD: JSON.stringify({ mode, scale }) },
        encoding: 'utf8',
        maxBuffer: 1 << 20
      })
      runs.push(JSON.parse(raw.trim().split('\n').pop()))
    }
    const r = median(runs)
    if (repeat > 1) r.runs = runs.map((x) => x.seconds)
    r.mbPerSecond = r.bytes / 1e6 / r.seconds
    r.docsPerSecond = r.docs / r.seconds
    results.push(r)
    console.log(`×${String(scale).padEnd(4)} ${mode.padEnd(12)} ${r.docs} docs  ${r.seconds.toFixed(2)} s  ${r.mbPerSecond.toFixed(3)} MB/s  ${r.docsPerSecond.toFixed(1)} articles/s  ${(r.cpuSeconds / r.seconds).toFixed(2)} cores  peak RSS ${r.peakRssMB.toFixed(0)} MB${r.runs ? `  (median of ${r.runs.map((x) => x.toFixed(2)).join(', ')})` : ''}`)
  }
}
// An upper bound for any two-way split on this machine: two independent
// processes, no messages and no merge, each extracting half of the largest
// corpus at the same time. Time is the slower one's.
const largest = Math.max(...scales)
const pairs = []
for (let k = 0; k < repeat; k++) {
  const halves = await Promise.all([0, 1].map(async (part) => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--no-regexp-tier-up', fileURLToPath(import.meta.url)], {
      env: { ...process.env, MARKGRAPH_BENCH_CHILD: JSON.stringify({ mode: 'markgraph-1', scale: largest, part }) },
      encoding: 'utf8',
      maxBuffer: 1 << 20
    })
    return JSON.parse(stdout.trim().split('\n').pop())
  }))
  pairs.push({ mode: 'two-processes-half-each', scale: largest, docs: halves[0].docs + halves[1].docs, bytes: halves[0].bytes + halves[1].bytes, seconds: Math.max(halves[0].seconds, halves[1].seconds), cpuSeconds: halves[0].cpuSeconds + halves[1].cpuSeconds, peakRssMB: halves[0].peakRssMB + halves[1].peakRssMB })
}
const pair = median(pairs)
if (repeat > 1) pair.runs = pairs.map((x) => x.seconds)
pair.mbPerSecond = pair.bytes / 1e6 / pair.seconds
pair.docsPerSecond = pair.docs / pair.seconds
results.push(pair)
console.log(`×${String(largest).padEnd(4)} ${'2 processes'.padEnd(12)} ${pair.docs} docs  ${pair.seconds.toFixed(2)} s  ${pair.mbPerSecond.toFixed(3)} MB/s  ${pair.docsPerSecond.toFixed(1)} articles/s  ${(pair.cpuSeconds / pair.seconds).toFixed(2)} cores  (half each, in parallel: the bound for any 2-way split)${pair.runs ? `  (median of ${pair.runs.map((x) => x.toFixed(2)).join(', ')})` : ''}`)

const get = (mode, scale) => results.find((r) => r.mode === mode && r.scale === scale)
const ratios = {}
for (const scale of scales) {
  ratios[`x${scale}`] = {
    markgraphOverBaseline: get('markgraph-1', scale).mbPerSecond / get('compromise', scale).mbPerSecond,
    twoWorkersOverOne: get('markgraph-2', scale).mbPerSecond / get('markgraph-1', scale).mbPerSecond
  }
}
ratios[`x${largest}`].twoProcessesOverOne = pair.mbPerSecond / get('markgraph-1', largest).mbPerSecond
if (scales.includes(1) && scales.includes(100)) ratios.timeX100OverX1 = get('markgraph-1', 100).seconds / get('markgraph-1', 1).seconds
console.log('\nratios', JSON.stringify(ratios, null, 2))
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, repeat, results, ratios }, null, 2)}\n`)
console.log(`written ${out}`)
