import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { built, fixture, run } from '../support/cli.js'
import { Parser } from 'n3'


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
