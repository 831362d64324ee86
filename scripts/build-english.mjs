#!/usr/bin/env node
/**
 * Build what markgraph reads from compromise's English model into a table
 * (src/entities/english-data.json, copied
 * next to the built modules in dist/ by `npm run build`), so that an extraction loads compromise
 * only when it needs the tagger itself:
 *
 * - the lexicon (word → tags), which the mention layer consults for every
 *   candidate name;
 * - what the tagger's word-shape pass knows (suffixes, prefixes, ambiguous
 *   words, regular expressions): a lower-case word none of them knows is
 *   read as a noun, so asking the tagger about it can be skipped;
 * - the conjugations of the verb heads the default frames use.
 *
 * Loading compromise builds its whole model (about 0.15 s); a short article
 * extracted by `markgraph show` spends about a quarter of its time on it.
 * The table records compromise's version; a runtime with another version
 * ignores it and asks compromise, so the result never depends on where the
 * package was built. Generated, not kept in git (`npm run build`, `npm test`
 * and `npm run typecheck` write it first).
 *
 *   node scripts/build-english.mjs            # writes src/entities/english-data.json
 *   node scripts/build-english.mjs --check    # exits 1 when it is stale
 *   node scripts/build-english.mjs --dist     # copies it into dist/ (after tsup)
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = join(ROOT, 'src/entities/english-data.json')
const require = createRequire(join(ROOT, 'package.json'))
const nlp = require('compromise')
const version = nlp.version

// The lexicon, grouped by tag set: each group's words joined by line breaks.
const lexicon = nlp.model().one.lexicon
const tagSets = new Map()
for (const word of Object.keys(lexicon).sort()) {
  if (word.includes('\n')) throw new Error(`build-english: lexicon word with a line break: ${JSON.stringify(word)}`)
  const tags = lexicon[word]
  const key = JSON.stringify(Array.isArray(tags) ? tags : [tags])
  if (!tagSets.has(key)) tagSets.set(key, [])
  tagSets.get(key).push(word)
}
const groups = [...tagSets].sort((a, b) => (a[0] < b[0] ? -1 : 1))

// The word-shape pass of compromise's tagger (see its preTagger): any hit there means "ask the tagger".
const two = nlp.world().model.two
const keys = (tables) => tables.flatMap((table) => (table ? Object.keys(table) : [])).sort()
const suffixes = keys(two.suffixPatterns)
const prefixes = keys(two.prefixPatterns)
const switches = Object.keys(two.switches).sort()
const regexes = [...two.regexText, ...two.regexNormal, ...two.regexNumbers, ...Object.values(two.endsWith).flat()].map(([re]) => [re.source, re.flags])

// The verb heads the default frames inflect: bundle the rules with esbuild (tsup's own) and ask inflect.ts which heads it was given.
const { build } = require('esbuild')
// Inside the project, so that the bundle resolves the project's dependencies.
mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true })
const dir = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'markgraph-heads-'))
let heads
try {
  const outfile = join(dir, 'heads.mjs')
  await build({
    stdin: {
      contents: "export { DEFAULT_RULES } from './src/relations/rules/index.ts'\nexport { inflectedHeads } from './src/relations/constructions/inflect.ts'\n",
      resolveDir: ROOT,
      loader: 'ts'
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
    packages: 'external'
  })
  const { inflectedHeads } = await import(pathToFileURL(outfile).href)
  heads = [...inflectedHeads()].sort()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
const world = nlp.world()
const conjugate = world.methods.two.transform.verb.conjugate
const verbs = Object.fromEntries(heads.map((head) => {
  const c = conjugate(head, world.model)
  return [head, [c.PresentTense ?? '', c.PastTense ?? '', c.Participle ?? '', c.Gerund ?? '']]
}))

// What src/entities/english.ts reads (see `EnglishTable` there).
const source = `${JSON.stringify({
  generatedBy: 'scripts/build-english.mjs: do not edit',
  version,
  tagSets: groups.map(([key]) => JSON.parse(key)),
  words: groups.map(([, words]) => words.join('\n')),
  suffixes,
  prefixes,
  switches,
  regexes,
  verbs
})}\n`

if (process.argv.includes('--dist')) {
  // After tsup: the table goes next to the built modules, which read it from their own directory.
  copyFileSync(OUT, join(ROOT, 'dist', 'english-data.json'))
  process.exit(0)
}

let current = ''
try {
  current = readFileSync(OUT, 'utf8')
} catch {}
if (process.argv.includes('--check')) {
  if (current !== source) {
    console.error('src/entities/english-data.json is stale: run node scripts/build-english.mjs')
    process.exit(1)
  }
} else if (current !== source) {
  // Unchanged: not rewritten, so watchers and tsc's incremental state stay quiet.
  writeFileSync(OUT, source)
}
