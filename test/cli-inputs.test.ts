import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { built, cli, fixture, runAsync, type CliRun } from './support/cli.js'
import { KnowledgeGraph } from '../src/index.js'

const ARTICLE = 'Zeta founder Maria Lopez spoke.\n'
const dir = mkdtempSync(join(tmpdir(), 'markgraph-inputs-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * Write files under the test directory.
 *
 * @param files Relative path → content.
 */
function files(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

describe.skipIf(!built)(`markgraph inputs${built ? '' : ' (skipped: dist/cli.js is absent; npm ci builds it)'}`, () => {
  it('should read standard input for "-" and for a pipe without files, and say so in the help', async () => {
    for (const args of [['extract', '-'], ['extract']]) {
      const r = await runAsync({ input: ARTICLE }, ...args)
      expect(r.status).toBe(0)
      const kg = KnowledgeGraph.fromJSON(r.stdout)
      expect(kg.relations().map((x) => x.key)).toEqual(['zeta|foundedBy|maria-lopez'])
      expect(kg.attributes.source).toBeUndefined()
    }
    expect((await runAsync({ input: ARTICLE }, 'show', '-')).stdout).toContain('Zeta —founded by→ Maria Lopez')
    const help = (await runAsync({}, '--help')).stdout
    expect(help).toMatch(/extract -\s+read the article from standard input/)
    expect(help).toContain('| markgraph extract')
  })
  it('should reject "-" mixed with files, and text that is not UTF-8 on standard input', async () => {
    const r = await runAsync({ input: ARTICLE }, 'extract', '-', fixture)
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/standard input\) cannot be combined/)
    const bad = await runAsync({ input: '\u0000binary' }, 'extract', '-')
    expect(bad.status).toBe(1)
    expect(bad.stderr).toBe('markgraph: standard input holds NUL bytes: it looks binary, not markdown\n')
  })
  it('should expand a quoted glob, with ** for any depth, without --jsonl or -j', async () => {
    files({ 'news/a.md': ARTICLE, 'news/b.md': 'Omicron partnered with Orbit Labs.\n', 'news/notes.txt': 'not markdown', 'news/deep/c.md': 'Nova founder Ada Quill spoke.\n', 'news/.drafts/d.md': ARTICLE })
    const sources = async (args: string[]): Promise<string[]> => {
      const r = await runAsync({ cwd: dir }, 'extract', ...args)
      expect(r.stderr).toBe('')
      expect(r.status).toBe(0)
      return KnowledgeGraph.fromJSON(r.stdout).attributes.sources ?? []
    }
    expect(await sources(['news/*.md'])).toEqual(['news/a.md', 'news/b.md'])
    expect(await sources([join(dir, 'news', '**', '*.md')])).toEqual(['news/a.md', 'news/b.md', 'news/deep/c.md'].map((f) => join(dir, f)))
    const none = await runAsync({ cwd: dir }, 'extract', 'news/*.markdown')
    expect(none.status).toBe(2)
    expect(none.stderr).toMatch(/^markgraph: no markdown files found in "news\/\*\.markdown"/)
  })
  it('should give the same document graph for one file whatever -j is; a directory gives the merged shape', async () => {
    const plain = await runAsync({}, 'extract', fixture)
    expect(plain.status).toBe(0)
    for (const jobs of ['1', '2']) expect((await runAsync({}, 'extract', fixture, '-j', jobs)).stdout).toBe(plain.stdout)
    expect(JSON.parse(plain.stdout).attributes.source).toBe('kusama-2019-11.md')
    files({ 'one/a.md': ARTICLE })
    const merged = JSON.parse((await runAsync({}, 'extract', join(dir, 'one'), '-j', '1')).stdout)
    expect(merged.attributes.sources).toEqual([join(dir, 'one/a.md')])
    expect(merged.nodes[0].attributes.documents).toEqual([join(dir, 'one/a.md')])
  })
})

/** util-linux's `script` runs a command on a pseudo-terminal. */
const hasScript = existsSync('/usr/bin/script')

describe.skipIf(!built || !hasScript)(`markgraph on a terminal${hasScript ? '' : ' (skipped: /usr/bin/script is absent)'}`, () => {
  /**
   * Run the CLI with stdin and stdout on a terminal.
   *
   * @param args Arguments (no spaces or quotes).
   * @returns Exit status and what the terminal showed.
   */
  const onTerminal = (...args: string[]): { status: number | null; shown: string } => {
    const r = spawnSync('/usr/bin/script', ['-qec', [process.execPath, cli, ...args].join(' '), '/dev/null'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    return { status: r.status, shown: r.stdout }
  }
  it('should ask for input rather than wait on a terminal', async () => {
    const r = onTerminal('extract')
    expect(r.status).toBe(2)
    expect(r.shown).toMatch(/extract needs input: a markdown file, a directory, a glob, or - \(or a pipe\) for standard input/)
  })
  it('should not print a page of HTML on a terminal: view wants -o', async () => {
    const r = onTerminal('view', fixture)
    expect(r.status).toBe(2)
    expect(r.shown).toMatch(/view writes an HTML page: give -o FILE\.html/)
    expect(r.shown).not.toContain('<!DOCTYPE')
  })
})

describe.skipIf(!built)(`markgraph --rules${built ? '' : ' (skipped: dist/cli.js is absent)'}`, () => {
  const yaml = `# a user schema
predicates:
  - name: investedIn
    label: invested in
    domain: [Organization]
    range: [Organization, Project]
relations:
  - id: invested-in
    predicate: investedIn
    pattern: '{S}\\s+(?:has\\s+)?invested\\s+in\\s+{O}'
lexicon:
  - name: Orbit Capital
    type: Organization
`
  const article = 'Orbit Capital invested in Quasar Wallet.\n'
  it('should apply a YAML or JSON schema to one file, standard input and a corpus on workers', async () => {
    files({ 'rules.yaml': yaml, 'rules/rules.json': JSON.stringify({ lexicon: [{ name: 'Orbit Capital', type: 'Organization' }], predicates: [{ name: 'investedIn', label: 'invested in', domain: ['Organization'], range: ['Organization', 'Project'] }], relations: [{ id: 'invested-in', predicate: 'investedIn', pattern: '{S}\\s+invested\\s+in\\s+{O}' }] }), 'corpus/a.md': article, 'corpus/b.md': `Maria Lopez said ${article}` })
    const keys = (r: CliRun): string[] => {
      expect(r.stderr).toBe('')
      return KnowledgeGraph.fromJSON(r.stdout).relations().filter((x) => (x.predicate as string) === 'investedIn').map((x) => x.key)
    }
    expect(keys(await runAsync({ input: article }, 'extract', '--rules', join(dir, 'rules.yaml')))).toEqual(['orbit-capital|investedIn|quasar-wallet'])
    expect(keys(await runAsync({}, 'extract', join(dir, 'corpus/a.md'), '--rules', join(dir, 'rules/rules.json')))).toEqual(['orbit-capital|investedIn|quasar-wallet'])
    expect(keys(await runAsync({}, 'extract', join(dir, 'corpus'), '--rules', join(dir, 'rules.yaml'), '-j', '2'))).toEqual(['orbit-capital|investedIn|quasar-wallet'])
    expect(keys(await runAsync({ input: article }, 'extract'))).toEqual([])
  })
  it('should explain a bad rules file on one line and exit 1', async () => {
    files({
      'bad/syntax.yaml': 'relations: [unclosed\n',
      'bad/syntax.json': '{"relations": ',
      'bad/shape.yaml': 'relations:\n  - id: no-pattern\n    predicate: foundedBy\n',
      'bad/predicate.yaml': "relations:\n  - id: r1\n    predicate: ownsA\n    pattern: '{S} owns {O}'\n",
      'bad/type.yaml': 'lexicon:\n  - name: Orbit Capital\n    type: Fund\n'
    })
    const error = async (file: string): Promise<string> => {
      const r = await runAsync({ input: article }, 'extract', '--rules', join(dir, file))
      expect(r.status).toBe(1)
      expect(r.stdout).toBe('')
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      return r.stderr
    }
    expect(await error('bad/syntax.yaml')).toMatch(/^markgraph: rules .*syntax\.yaml: not valid YAML: /)
    expect(await error('bad/syntax.json')).toMatch(/^markgraph: rules .*syntax\.json: not valid JSON: /)
    expect(await error('bad/shape.yaml')).toMatch(/^markgraph: rules .*shape\.yaml: relations\[0\]\.pattern: /)
    expect(await error('bad/predicate.yaml')).toMatch(/^markgraph: rules .*predicate\.yaml: rule "r1" uses unknown predicate "ownsA"/)
    expect(await error('bad/type.yaml')).toMatch(/unknown type "Fund"/)
    expect(await error('bad/missing.yaml')).toMatch(/^markgraph: cannot read rules .*missing\.yaml: no such file/)
  })
})

describe.skipIf(!built)(`markgraph view${built ? '' : ' (skipped: dist/cli.js is absent)'}`, () => {
  it('should write the viewer page for a file or a directory, as extract --format html does', async () => {
    const out = join(dir, 'graph.html')
    const r = await runAsync({}, 'view', fixture, '-o', out)
    expect(r.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe((await runAsync({}, 'extract', fixture, '--format', 'html')).stdout)
    files({ 'site/a.md': ARTICLE, 'site/b.md': 'Omicron partnered with Orbit Labs.\n' })
    expect((await runAsync({}, 'view', join(dir, 'site'), '-o', out)).status).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>[^]*"maria-lopez"[^]*"omicron"/)
    expect(existsSync(out)).toBe(true)
  })
  it('should refuse --format and --jsonl', async () => {
    expect((await runAsync({}, 'view', fixture, '--format', 'json')).stderr).toMatch(/--format only applies to extract \(view always writes HTML\)/)
    expect((await runAsync({}, 'view', fixture, '--jsonl')).status).toBe(2)
  })
})
