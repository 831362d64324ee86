#!/usr/bin/env node
/**
 * CLI start-up times: bare Node, `markgraph --version`, `--help`, and `show`
 * on the small fixture article, each run as its own process several times
 * with the V8 flags of dist/cli.js's `#!` line (as the `markgraph` command):
 * median and range of the wall time, and median CPU time (user + system,
 * from GNU time when /usr/bin/time exists), which a busy machine inflates
 * less. Run after `npm run build`:
 *
 *   node scripts/startup.mjs [--runs 9] [--dir path/to/another/checkout]
 *
 * A shared, busy machine inflates every figure; compare with the bare-Node
 * line of the same run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' }, dir: { type: 'string' } } })
const runs = Math.max(1, Number(values.runs))
// Another checkout (built) to compare with, e.g. the commit before a change.
const root = values.dir ?? fileURLToPath(new URL('../', import.meta.url))
// The V8 flags of the CLI's `#!` line, as the installed `markgraph` command runs it.
const shebang = readFileSync(join(root, 'dist/cli.js'), 'utf8').split('\n', 1)[0]
const cli = [...(/^#!\/usr\/bin\/env -S node((?: --\S+)*)$/.exec(shebang)?.[1] ?? '').split(' ').filter(Boolean), 'dist/cli.js']

const cases = [
  ['bare node', ['-e', '0']],
  ['markgraph --version', [...cli, '--version']],
  ['markgraph --help', [...cli, '--help']],
  ['markgraph show (3 KB article)', [...cli, 'show', 'fixtures/kusama-2019-11.md']]
]

const gnuTime = existsSync('/usr/bin/time')

/**
 * Run a command once.
 *
 * @param {string[]} args Node arguments.
 * @returns {{ wall: number, cpu: number | undefined }} Seconds.
 */
function runOnce(args) {
  const started = process.hrtime.bigint()
  const [command, argv] = gnuTime ? ['/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...args]] : [process.execPath, args]
  const result = spawnSync(command, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`)
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr)
  return { wall, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

for (const [name, args] of cases) {
  const runsOf = Array.from({ length: runs }, () => runOnce(args))
  const walls = runsOf.map((r) => r.wall)
  const cpus = runsOf.map((r) => r.cpu).filter((c) => c !== undefined)
  const cpu = cpus.length ? `, CPU median ${median(cpus).toFixed(2)} s` : ''
  console.log(`${name.padEnd(32)} wall median ${median(walls).toFixed(2)} s (min ${Math.min(...walls).toFixed(2)}, max ${Math.max(...walls).toFixed(2)})${cpu}  [${runs} runs]`)
}
