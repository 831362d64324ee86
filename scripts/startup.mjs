#!/usr/bin/env node
/**
 * CLI start-up times: bare Node, `markgraph --version`, `--help`, and `show`
 * on the small fixture article, each run as its own process several times
 * (wall time, median and range). Run after `npm run build`:
 *
 *   node scripts/startup.mjs [--runs 9]
 *
 * A shared, busy machine inflates every figure; compare with the bare-Node
 * line of the same run.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' } } })
const runs = Math.max(1, Number(values.runs))
const root = fileURLToPath(new URL('../', import.meta.url))
const cli = ['--no-regexp-tier-up', 'dist/cli.js']

const cases = [
  ['bare node', ['-e', '0']],
  ['markgraph --version', [...cli, '--version']],
  ['markgraph --help', [...cli, '--help']],
  ['markgraph show (3 KB article)', [...cli, 'show', 'fixtures/kusama-2019-11.md']]
]

for (const [name, args] of cases) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint()
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
    times.push(Number(process.hrtime.bigint() - started) / 1e6)
    if (result.status !== 0) throw new Error(`${name} exited with ${result.status}: ${result.stderr}`)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]
  console.log(`${name.padEnd(32)} median ${(median / 1000).toFixed(2)} s  (min ${(times[0] / 1000).toFixed(2)}, max ${(times.at(-1) / 1000).toFixed(2)}, ${runs} runs)`)
}
