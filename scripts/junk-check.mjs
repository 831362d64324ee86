#!/usr/bin/env node
/**
 * Junk check: how many of the entities markgraph finds in text nobody tuned
 * it for are plainly not names. Takes the 20 largest README/CHANGELOG files
 * in node_modules (one per package, up to 200 KB each so the run stays
 * short), extracts each with the built library, and classifies every entity
 * with checks written independently of the extractor's own refiners:
 *
 * - code: identifiers and paths (`reconnectOnError`, `max_retries`,
 *   `lib/index.js`, `Client()`, version strings, markup);
 * - common: a single common English word or function word (compromise's
 *   lexicon, or its tagger reading the word as a verb, adverb or adjective);
 * - licence: words of licence notices (Copyright, Warranty, …).
 *
 *   npm run build && node scripts/junk-check.mjs [--files 20] [--verbose]
 *
 * Prints the share of junk entities (issue goal: under 10%) with examples
 * per class.
 */
import { createRequire } from 'node:module'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { extract } from '../dist/index.js'

const require = createRequire(import.meta.url)
const nlp = require('compromise')
const lexicon = nlp.model().one.lexicon

const args = process.argv.slice(2)
const fileCount = Number(args[args.indexOf('--files') + 1]) || 20
const verbose = args.includes('--verbose')
const MAX_BYTES = 200 * 1024
const root = new URL('../node_modules/', import.meta.url).pathname

/** README and CHANGELOG files under node_modules, one (the largest) per package directory. */
function candidates() {
  const found = new Map()
  const walk = (dir, depth) => {
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const e of entries) {
      const path = join(dir, e.name)
      if (e.isDirectory() && depth < 4 && !e.name.startsWith('.')) walk(path, depth + 1)
      else if (e.isFile() && /^(?:readme|changelog|history)\.md$/i.test(e.name)) {
        const size = statSync(path).size
        if (size > MAX_BYTES) continue
        const had = found.get(dir)
        if (!had || had.size < size) found.set(dir, { path, size })
      }
    }
  }
  walk(root, 0)
  return [...found.values()].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1)).slice(0, fileCount)
}

const LICENCE = new Set(['copyright', 'license', 'licence', 'licensed', 'licensor', 'licensee', 'warranty', 'warranties', 'liability', 'liable', 'merchantability', 'noninfringement', 'infringement', 'permission', 'sublicense', 'redistribution', 'redistributions', 'disclaimer', 'trademark', 'damages', 'spdx'])
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region', 'Organization', 'ProperNoun', 'Currency', 'Demonym', 'Language'])

/** Tags compromise's lexicon gives a word (lower-cased). */
const tags = (word) => {
  const t = Object.prototype.hasOwnProperty.call(lexicon, word.toLowerCase()) ? lexicon[word.toLowerCase()] : undefined
  return t === undefined ? [] : Array.isArray(t) ? t : [t]
}

/** The junk class of an entity name, or undefined when it may be a name. */
function junkClass(name) {
  const words = name.split(/\s+/)
  if (words.some((w) => LICENCE.has(w.toLowerCase()))) return 'licence'
  // Dotted members ("Hex.assert"), not domain-like names ("Node.js", "Redis.com").
  if (/[_/\\<>`{}[\]=;]|\(\)|^\.|\.(?!(?:js|ts|com|io|org|net|ai|app|dev|xyz)\b)\p{Ll}|^v?\d+(?:\.\d+)+/u.test(name)) return 'code'
  if (words.length === 1 && /^\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(name) && /^\p{Ll}{3,}/u.test(name)) return 'code'
  if (words.length === 1) {
    const t = tags(name)
    if (t.length > 0 && !t.some((x) => NAME_TAGS.has(x))) return 'common'
    // A word the tagger reads as a verb, adverb or adjective on its own.
    if (/^\p{Lu}?\p{Ll}+$/u.test(name) && nlp(name.toLowerCase()).has('(#Verb|#Adverb|#Adjective|#Conjunction|#Preposition|#Determiner|#Pronoun)')) return 'common'
  }
  return undefined
}

const files = candidates()
let total = 0
let junk = 0
const byClass = new Map()
const started = Date.now()
for (const { path, size } of files) {
  const md = readFileSync(path, 'utf8')
  const graph = extract(md, { source: relative(root, path) })
  const entities = graph.entities()
  let fileJunk = 0
  for (const e of entities) {
    total++
    const cls = junkClass(e.name)
    if (!cls) continue
    junk++
    fileJunk++
    const list = byClass.get(cls) ?? []
    list.push(`${e.name} (${e.type})`)
    byClass.set(cls, list)
  }
  if (verbose) console.log(`${relative(root, path).padEnd(60)} ${String(size).padStart(7)} B  ${String(entities.length).padStart(4)} entities  ${fileJunk} junk`)
}
console.log(`junk-check: ${files.length} files, ${total} entities, ${junk} junk = ${total ? ((100 * junk) / total).toFixed(1) : '0.0'}% (goal < 10%), ${Date.now() - started} ms`)
for (const [cls, list] of [...byClass.entries()].sort()) {
  const distinct = [...new Set(list)]
  console.log(`  ${cls.padEnd(8)} ${String(list.length).padStart(4)}  e.g. ${distinct.slice(0, verbose ? 200 : 12).join(', ')}`)
}
