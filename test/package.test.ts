import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../', import.meta.url))
const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const built = existsSync(`${dist}index.cjs`)

describe.skipIf(!built)(`built package${built ? '' : ' (skipped: dist/ is absent; npm ci builds it)'}`, () => {
  it('should work through require() (CJS build)', () => {
    const require = createRequire(import.meta.url)
    const markgraph = require(`${dist}index.cjs`) as typeof import('../src/index.js')
    expect(markgraph.extract('Zeta founder Maria Lopez spoke.').relations().map((r) => r.key)).toEqual(['zeta|foundedBy|maria-lopez'])
  })
  it('should work through import (ESM build)', async () => {
    const markgraph = (await import(`${dist}index.js`)) as typeof import('../src/index.js')
    expect(markgraph.extract('Zeta founder Maria Lopez spoke.').relations().map((r) => r.key)).toEqual(['zeta|foundedBy|maria-lopez'])
  })
  it('should pack without source maps, with every file the exports name', () => {
    // --ignore-scripts: pack what is built, without rebuilding.
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    const [pack] = JSON.parse(out) as Array<{ unpackedSize: number; files: Array<{ path: string }> }>
    const files = pack!.files.map((f) => f.path)
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([])
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/worker.js', 'dist/bullmq.js', 'dist/graph.schema.json', 'README.md', 'NOTICE', 'LICENSE']) expect(files).toContain(f)
    // About 5 MB: the CJS builds, the worker and the CLI's lazy chunks each bundle the ESM-only
    // unified/micromark packages (and the knowledge base table); source maps added 7 MB on top.
    expect(pack!.unpackedSize).toBeLessThan(6_000_000)
  })
})
