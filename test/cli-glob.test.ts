import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { expandGlob, hasGlob } from '../src/cli/glob.js'
import { expandInputs, isCorpusArgument, isMarkdownName } from '../src/cli/inputs.js'

const dir = mkdtempSync(join(tmpdir(), 'markgraph-glob-'))
for (const path of ['news/a.md', 'news/b.md', 'news/ab.markdown', 'news/notes.txt', 'news/deep/c.md', 'news/deep/deeper/d.md', 'news/.drafts/e.md', 'news/.f.md', 'other/g.md', 'lit[1].md']) {
  mkdirSync(join(dir, path, '..'), { recursive: true })
  writeFileSync(join(dir, path), 'x')
}
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const glob = (pattern: string): string[] => expandGlob(join(dir, pattern), isMarkdownName).map((f) => f.slice(dir.length + 1))

describe('CLI globs', () => {
  it('should match * and ? within a segment, skipping hidden files', () => {
    expect(glob('news/*.md')).toEqual(['news/a.md', 'news/b.md'])
    expect(glob('news/?.md')).toEqual(['news/a.md', 'news/b.md'])
    expect(glob('news/*')).toEqual(['news/a.md', 'news/ab.markdown', 'news/b.md', 'news/notes.txt'])
    expect(glob('*/*.md')).toEqual(['news/a.md', 'news/b.md', 'other/g.md'])
  })
  it('should match character classes, negated too', () => {
    expect(glob('news/[a]*')).toEqual(['news/a.md', 'news/ab.markdown'])
    expect(glob('news/[!a]*.md')).toEqual(['news/b.md'])
  })
  it('should match ** as any number of directories, and a trailing ** as the markdown below', () => {
    expect(glob('news/**/*.md')).toEqual(['news/a.md', 'news/b.md', 'news/deep/c.md', 'news/deep/deeper/d.md'])
    expect(glob('**/d.md')).toEqual(['news/deep/deeper/d.md'])
    expect(glob('news/**/deeper/*.md')).toEqual(['news/deep/deeper/d.md'])
    expect(glob('news/**')).toEqual(['news/a.md', 'news/ab.markdown', 'news/b.md', 'news/deep/c.md', 'news/deep/deeper/d.md'])
  })
  it('should keep a relative pattern relative', () => {
    const cwd = process.cwd()
    process.chdir(dir)
    try {
      expect(expandGlob('news/*.md', isMarkdownName)).toEqual(['news/a.md', 'news/b.md'])
      expect(expandGlob('*.md', isMarkdownName)).toEqual(['lit[1].md'])
    } finally {
      process.chdir(cwd)
    }
  })
  it('should take an existing file literally even with glob characters, and a directory as a corpus', () => {
    expect(hasGlob(join(dir, 'lit[1].md'))).toBe(true)
    expect(isCorpusArgument(join(dir, 'lit[1].md'))).toBe(false)
    expect(expandInputs([join(dir, 'lit[1].md')])).toEqual([join(dir, 'lit[1].md')])
    expect(isCorpusArgument(join(dir, 'news'))).toBe(true)
    expect(isCorpusArgument(join(dir, 'news/*.md'))).toBe(true)
    expect(isCorpusArgument(join(dir, 'news/a.md'))).toBe(false)
  })
})
