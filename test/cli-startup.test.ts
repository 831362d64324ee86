import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { built, cli, fixture } from './support/cli.js'

const recorder = fileURLToPath(new URL('./support/record-modules.mjs', import.meta.url))

/**
 * Run the built CLI and list the modules it loaded.
 *
 * @param args CLI arguments.
 * @returns Exit status and the modules (URLs and paths).
 */
function modulesLoadedBy(...args: string[]): { status: number | null; modules: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'markgraph-modules-'))
  const log = join(dir, 'modules.txt')
  try {
    const r = spawnSync(process.execPath, ['--no-regexp-tier-up', '--import', recorder, cli, ...args], { encoding: 'utf8', env: { ...process.env, MARKGRAPH_MODULES_LOG: log } })
    return { status: r.status, modules: readFileSync(log, 'utf8').trim().split('\n') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Whether a module is compromise, the extraction pipeline or the exporters. */
const heavy = (module: string): boolean => /[\\/]compromise[\\/]|[\\/]dist[\\/](?:extract|export)-[\w-]+\.js$|[\\/]node_modules[\\/](?:zod|unified|n3)[\\/]/.test(module)

// Start-up time is measured by scripts/startup.mjs, not here: these check
// what makes it, which modules a command loads.
describe.skipIf(!built)(`markgraph start-up${built ? '' : ' (skipped: dist/cli.js is absent; npm run build)'}`, () => {
  it('should answer --version and --help without loading compromise, the pipeline or the exporters', () => {
    for (const flag of ['--version', '--help']) {
      const { status, modules } = modulesLoadedBy(flag)
      expect(status).toBe(0)
      expect(modules.some((m) => m.endsWith('dist/cli.js'))).toBe(true)
      expect(modules.filter(heavy)).toEqual([])
    }
  })

  it('should load the pipeline when a command extracts (so the check above can fail)', () => {
    const { status, modules } = modulesLoadedBy('show', fixture)
    expect(status).toBe(0)
    expect(modules.some((m) => /[\\/]dist[\\/]extract-[\w-]+\.js$/.test(m))).toBe(true)
  })

  it('should extract the fixture without loading compromise (its lexicon and verb forms come from the build-time table)', () => {
    const { status, modules } = modulesLoadedBy('show', fixture)
    expect(status).toBe(0)
    expect(modules.filter((m) => /[\\/]compromise[\\/]/.test(m))).toEqual([])
  })

  it('should not load the exporters for show, and load them for an export format', () => {
    const { modules } = modulesLoadedBy('show', fixture)
    expect(modules.some((m) => /[\\/]dist[\\/]export-[\w-]+\.js$/.test(m))).toBe(false)
    const out = mkdtempSync(join(tmpdir(), 'markgraph-turtle-'))
    try {
      const turtle = modulesLoadedBy('extract', fixture, '--format', 'turtle', '-o', join(out, 'graph.ttl'))
      expect(turtle.status).toBe(0)
      expect(turtle.modules.some((m) => /[\\/]dist[\\/]export-[\w-]+\.js$/.test(m))).toBe(true)
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
