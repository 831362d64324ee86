import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { built, cli, fixture, run } from './support/cli.js'
import { KnowledgeGraph } from '../src/index.js'


describe.skipIf(!built)(`markgraph CLI${built ? '' : ' (skipped: dist/cli.js is absent; npm ci builds it)'}`, () => {
  it('should print help and exit 0', () => {
    const r = run('--help')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/Usage: markgraph/)
  })
  it('should print the version from package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' })).toBe(`${pkg.version}\n`)
  })
  it('should reject an unknown flag with one line and exit 2', () => {
    const r = run('extract', fixture, '--frobnicate')
    expect(r.status).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^markgraph: .*frobnicate.*--help/)
    expect(r.stdout).toBe('')
  })
  it('should reject an unknown command, or none, with one line and exit 2', () => {
    for (const args of [['frobnicate', fixture], []]) {
      const r = run(...args)
      expect(r.status).toBe(2)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).toMatch(/^markgraph: (unknown command "frobnicate"|no command given)/)
    }
  })
  it('should reject flags of another command and a missing flag value with exit 2', () => {
    expect(run('show', fixture, '--jsonl').status).toBe(2)
    expect(run('schema', '-o').status).toBe(2)
    expect(run('extract', fixture, '--min-confidence', '2').stderr).toMatch(/^markgraph: --min-confidence must be a number from 0 to 1/)
  })
  it('should switch the knowledge base off with --no-kb, for one file and for several', () => {
    const withKb = JSON.parse(run('extract', fixture).stdout) as { nodes: Array<{ attributes: { ids?: unknown } }> }
    expect(withKb.nodes.some((n) => n.attributes.ids)).toBe(true)
    for (const args of [[fixture], [fixture, fixture]]) {
      const graph = JSON.parse(run('extract', ...args, '--no-kb').stdout) as { nodes: Array<{ attributes: { ids?: unknown; typeCues?: Array<{ kb?: boolean }> } }> }
      expect(graph.nodes.length).toBeGreaterThan(0)
      expect(graph.nodes.some((n) => n.attributes.ids || n.attributes.typeCues?.some((c) => c.kb))).toBe(false)
    }
  })
  it('should print the stack with --debug', () => {
    const r = run('extract', 'no/such/file.md', '--debug')
    expect(r.status).toBe(1)
    expect(r.stderr.split('\n')[0]).toBe('markgraph: cannot read no/such/file.md: no such file')
    expect(r.stderr).toMatch(/\n\s+at /)
  })
  it('should report a missing file with one line and exit 1', () => {
    const r = run('extract', 'no/such/file.md')
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('markgraph: cannot read no/such/file.md: no such file\n')
  })
  it('should reject a binary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'markgraph-'))
    const file = join(dir, 'bin.md')
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe]))
    const r = run('extract', file)
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/not valid UTF-8|NUL bytes/)
  })
  it('should write graph JSON that fromJSON accepts', () => {
    const out = execFileSync(process.execPath, [cli, 'extract', fixture], { encoding: 'utf8' })
    const kg = KnowledgeGraph.fromJSON(out)
    expect(kg.entity('Gavin Wood')?.type).toBe('Person')
    expect(kg.attributes.source).toBe('kusama-2019-11.md')
  })
  it('should write to a file with -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'markgraph-'))
    const file = join(dir, 'graph.json')
    expect(run('extract', fixture, '-o', file, '--pretty').status).toBe(0)
    expect(JSON.parse(readFileSync(file, 'utf8')).nodes.length).toBeGreaterThan(5)
  })
  it('should show a readable summary', () => {
    const r = run('show', fixture)
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^  \S.* —[^→\n]+→ .+ \[.+; \d\.\d\d\]$/m)
    expect(r.stdout).toContain('Acala Network —plans parachain on→ Kusama')
    expect(r.stdout).toContain('Gavin Wood: "Kusama is exceeding')
  })
  it('should merge a directory into one graph and skip a bad file with a summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'markgraph-'))
    writeFileSync(join(dir, 'a.md'), readFileSync(fixture))
    writeFileSync(join(dir, 'b.md'), 'Dr. Gavin Wood, founder of Polkadot, spoke in Zug.')
    writeFileSync(join(dir, 'c.md'), Buffer.from([0xff, 0xfe, 0x00, 0x41]))
    const r = run('extract', dir, '--jobs', '1')
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/skipped .*c\.md: .*not valid UTF-8/)
    expect(r.stderr).toMatch(/2 extracted, 1 failed/)
    const kg = KnowledgeGraph.fromJSON(r.stdout)
    expect(kg.entities({ type: 'Person' }).filter((e) => e.name === 'Gavin Wood')).toHaveLength(1)
    expect(kg.entity('Gavin Wood')?.documents).toHaveLength(2)
  })
  it('should write one document graph per line with --jsonl', () => {
    const dir = mkdtempSync(join(tmpdir(), 'markgraph-'))
    writeFileSync(join(dir, 'a.md'), readFileSync(fixture))
    writeFileSync(join(dir, 'b.md'), 'Zeta founder Maria Lopez opened the conference.')
    const lines = run('extract', join(dir, '*.md'), '--jsonl', '-j', '1').stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines.map((l) => KnowledgeGraph.fromJSON(l).attributes.source)).toEqual([join(dir, 'a.md'), join(dir, 'b.md')])
  })
  it('should print the JSON Schema, or write it with -o', () => {
    const schema = JSON.parse(execFileSync(process.execPath, [cli, 'schema'], { encoding: 'utf8' }))
    expect(schema.properties.nodes.type).toBe('array')
    expect(schema.properties.edges.type).toBe('array')
    const dir = mkdtempSync(join(tmpdir(), 'markgraph-'))
    const file = join(dir, 'graph.schema.json')
    expect(run('schema', '-o', file).status).toBe(0)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(schema)
  })
  it('should report an unwritable output file with one line and exit 1', () => {
    const r = run('schema', '-o', join(tmpdir(), 'no-such-dir-markgraph', 'x.json'))
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/^markgraph: cannot write .*x\.json: no such directory\n$/)
  })
})
