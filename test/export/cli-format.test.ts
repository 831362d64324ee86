import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Parser } from 'n3'

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const fixture = fileURLToPath(new URL('../../fixtures/kusama-2019-11.md', import.meta.url))
const built = existsSync(cli)

/**
 * Run the built CLI.
 *
 * @param args Arguments.
 * @returns Exit status and output.
 */
function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe.skipIf(!built)(`markgraph extract --format${built ? '' : ' (skipped: dist/cli.js is absent; npm ci builds it)'}`, () => {
  it('should write Turtle to stdout', () => {
    const r = run('extract', fixture, '--format', 'turtle')
    expect(r.status).toBe(0)
    expect(new Parser({ format: 'Turtle' }).parse(r.stdout).length).toBeGreaterThan(10)
  })
  it('should print both CSV files with header lines without -o', () => {
    const r = run('extract', fixture, '--format', 'csv')
    expect(r.status).toBe(0)
    expect(r.stdout.startsWith('# nodes.csv\nkey:ID,name,type:LABEL,aliases:string[]\r\n')).toBe(true)
    expect(r.stdout).toContain('# relationships.csv\n:START_ID,:END_ID,:TYPE,')
  })
  it('should write the two CSV files into the -o directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'markgraph-csv-'))
    try {
      const out = join(dir, 'import')
      const r = run('extract', fixture, '--format', 'csv', '-o', out)
      expect(r.status).toBe(0)
      expect(readFileSync(join(out, 'nodes.csv'), 'utf8')).toMatch(/^key:ID,/)
      expect(readFileSync(join(out, 'relationships.csv'), 'utf8')).toMatch(/^:START_ID,/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
  it('should write the HTML viewer', () => {
    const r = run('extract', fixture, '--format', 'html')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/)
  })
  it('should reject an unknown format with exit 2', () => {
    const r = run('extract', fixture, '--format', 'yaml')
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/unknown --format "yaml"/)
    expect(r.stdout).toBe('')
  })
})
