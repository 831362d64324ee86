import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { built, fixture, run, runAsync } from '../support/cli.js'
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
  it('should write out.nodes.csv and out.relationships.csv for -o out.csv, not a directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'markgraph-csv-'))
    try {
      const r = await runAsync({}, 'extract', fixture, '--format', 'csv', '-o', join(dir, 'out.csv'))
      expect(r.status).toBe(0)
      expect(existsSync(join(dir, 'out.csv'))).toBe(false)
      expect(readFileSync(join(dir, 'out.nodes.csv'), 'utf8')).toMatch(/^key:ID,/)
      expect(readFileSync(join(dir, 'out.relationships.csv'), 'utf8')).toMatch(/^:START_ID,/)
      expect(r.stderr).toBe(`markgraph: wrote ${join(dir, 'out.nodes.csv')} and ${join(dir, 'out.relationships.csv')}\n`)
      const d = await runAsync({}, 'extract', fixture, '--format', 'csv', '-o', join(dir, 'import'))
      expect(statSync(join(dir, 'import')).isDirectory()).toBe(true)
      expect(d.stderr).toBe(`markgraph: wrote ${join(dir, 'import', 'nodes.csv')} and ${join(dir, 'import', 'relationships.csv')}\n`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
  it('should mint IRIs under --base-iri, and refer to the JSON-LD context with --context-url', async () => {
    const base = 'https://example.org/kg/'
    const r = await runAsync({}, 'extract', fixture, '--format', 'ntriples', '--base-iri', base)
    expect(r.status).toBe(0)
    expect(r.stdout).toContain(`<${base}acala-network> <https://markgraph.dev/vocab#plansParachainOn> <${base}kusama> .`)
    expect(r.stdout).not.toContain('urn:markgraph:')
    const doc = JSON.parse((await runAsync({}, 'extract', fixture, '--format', 'jsonld', '--context-url', 'https://example.org/context.jsonld', '--base-iri', base)).stdout)
    expect(doc['@context']).toBe('https://example.org/context.jsonld')
    expect(doc['@graph'][0]['@id']).toMatch(/^https:\/\/example\.org\/kg\//)
    expect(typeof JSON.parse((await runAsync({}, 'extract', fixture, '--format', 'jsonld')).stdout)['@context']).toBe('object')
  })
  it('should reject --base-iri and --context-url where they mean nothing, or malformed, with exit 2', async () => {
    for (const [args, message] of [
      [['--base-iri', 'kg/', '--format', 'turtle'], /--base-iri must be an absolute IRI/],
      [['--base-iri', 'urn:x:'], /--base-iri only applies to --format jsonld, turtle or ntriples/],
      [['--context-url', 'https://example.org/c.jsonld', '--format', 'turtle'], /--context-url only applies to --format jsonld/]
    ] as const) {
      const r = await runAsync({}, 'extract', fixture, ...args)
      expect(r.status).toBe(2)
      expect(r.stderr).toMatch(message)
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
