/**
 * What compromise's lexicon and tagger know about a single word. The
 * lexicon is read from a table built from compromise at build time
 * (`english-data.json`, see scripts/build-english.mjs), so most extractions
 * never load compromise; the tagger itself runs only on the few words it
 * may read as something other than a noun.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type NLP from 'compromise'

const require = createRequire(import.meta.url)

/** compromise, loaded on first use. */
let loaded: typeof NLP | undefined

/**
 * compromise, loaded on first use: loading it takes a quarter of a second
 * or more, which a program that only reads graphs, or `markgraph
 * --version`, should not pay. Its ESM entry is its source tree (456
 * modules, about 0.5 s to load); its CommonJS entry is one bundled file of
 * the same version, which loads in half the time.
 *
 * @returns compromise's `nlp` function.
 */
export function compromise(): typeof NLP {
  loaded ??= require('compromise') as typeof NLP
  return loaded
}

/** The installed compromise's version, read from its package.json without loading it. */
function installedVersion(): string | undefined {
  try {
    let dir = dirname(require.resolve('compromise'))
    for (let i = 0; i < 4; i++, dir = dirname(dir)) {
      const file = join(dir, 'package.json')
      if (existsSync(file)) {
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string }
        if (manifest.name === 'compromise') return manifest.version
      }
    }
  } catch {}
  return undefined
}

/** What scripts/build-english.mjs writes: compromise's lexicon, word shapes and the default frames' verbs. */
export interface EnglishTable {
  /** compromise's version the table was made from. */
  version: string
  /** Distinct tag sets of the lexicon. */
  tagSets: string[][]
  /** The lexicon's words of each tag set, joined by line breaks. */
  words: string[]
  /** Suffixes, prefixes and ambiguous words its tagger's word-shape pass knows. */
  suffixes: string[]
  prefixes: string[]
  switches: string[]
  /** That pass's regular expressions: source and flags. */
  regexes: Array<[string, string]>
  /** Verb head → present, past, participle, gerund ("" where compromise gives none). */
  verbs: Record<string, [string, string, string, string]>
}

/** The build-time table when it was made from the installed compromise (`null`: compromise is asked). */
let table: EnglishTable | null | undefined

/**
 * The build-time table, when it matches the installed compromise: a table
 * from another version would give other answers than compromise itself.
 * It lies next to this module (src/entities/ from source, dist/ when built).
 *
 * @returns Table, or `null`.
 */
export function englishTable(): EnglishTable | null {
  if (table !== undefined) return table
  table = null
  try {
    const read = JSON.parse(readFileSync(new URL('./english-data.json', import.meta.url), 'utf8')) as EnglishTable
    if (read.version === installedVersion()) table = read
  } catch {
    // No table (not built): compromise answers.
  }
  return table
}

/** Lexicon tags that mark a name rather than a common word. */
const NAME_TAGS = new Set([
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific', 'Place', 'City', 'Country',
  'Region', 'Organization', 'ProperNoun', 'Currency'
])
/** Lexicon tags of function words that never start a name. */
const FUNCTION_TAGS = new Set([
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Copula', 'Modal', 'QuestionWord',
  'Possessive', 'Negative', 'Auxiliary', 'Expression'
])

let lexicon: Map<string, readonly string[]> | undefined

/**
 * The compromise lexicon, read once: from the build-time table, or from
 * compromise when there is none.
 *
 * @returns Map of lower-case word to tags.
 */
function getLexicon(): Map<string, readonly string[]> {
  if (lexicon) return lexicon
  lexicon = new Map()
  const english = englishTable()
  if (english) {
    english.words.forEach((words, i) => {
      const tags = english.tagSets[i]!
      for (const word of words.split('\n')) lexicon!.set(word, tags)
    })
  } else {
    const entries = (compromise() as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon
    for (const [word, tags] of Object.entries(entries)) lexicon.set(word, Array.isArray(tags) ? tags : [tags])
  }
  return lexicon
}

/**
 * Tags the lexicon gives a word.
 *
 * @param word Any casing.
 * @returns Tags (empty when the word is unknown).
 */
export function lexiconTags(word: string): readonly string[] {
  return getLexicon().get(word.toLowerCase()) ?? NO_TAGS
}

const NO_TAGS: readonly string[] = Object.freeze([])

/**
 * Whether a word is a common English word (known to the lexicon, not as a name).
 *
 * @param word Any casing.
 * @returns `true` for "Unveils", "Moreover"; `false` for "Zeta", "Gavin".
 */
export function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word)
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t))
}

/**
 * Whether a word is a function word (determiner, preposition, adverb, …).
 *
 * @param word Any casing.
 * @returns `true` for "The", "Moreover", "As".
 */
export function isFunctionWord(word: string): boolean {
  return lexiconTags(word).some((t) => FUNCTION_TAGS.has(t))
}

/** What compromise's tagger reads an unknown word as, when not a noun. */
export type NotNounClass = 'adverb' | 'gerund' | 'past' | 'adjective' | 'conjunction'

/**
 * What compromise's tagger reads a lower-cased word as, when it is an
 * adverb, verb form or adjective ("consequently", "garnering",
 * "noteworthy"). Runs the tagger, so callers use it only on the few words
 * that need it.
 *
 * @param word Any casing.
 * @returns The class, or `undefined` for a noun or anything else.
 */
export function notNounClass(word: string): NotNounClass | undefined {
  const lower = word.toLowerCase()
  if (notNounCache.has(lower)) return notNounCache.get(lower)
  // A plain word that compromise's tagger knows nothing of is read as a noun: no need to load it.
  if (!taggerMayKnow(lower)) return undefined
  const doc = compromise()(lower)
  const result: NotNounClass | undefined = doc.has('#Adverb')
    ? 'adverb'
    : doc.has('#Gerund')
      ? 'gerund'
      : doc.has('#PastTense')
        ? 'past'
        : doc.has('#Adjective')
          ? 'adjective'
          : doc.has('#Conjunction')
            ? 'conjunction'
            : undefined
  // Bounded memo: the same words recur across a corpus.
  if (notNounCache.size >= 50_000) notNounCache.clear()
  notNounCache.set(lower, result)
  return result
}

/**
 * Whether compromise's tagger reads a lower-cased word as an adverb,
 * verb form or adjective ("consequently", "garnering", "noteworthy").
 *
 * @param word Any casing.
 * @returns Whether the word is most likely not a noun.
 */
export function isLikelyNotNoun(word: string): boolean {
  return notNounClass(word) !== undefined
}

const notNounCache = new Map<string, NotNounClass | undefined>()

/** The word shapes of compromise's tagger, from the build-time table (see {@link taggerMayKnow}). */
let shapes: { suffixes: Set<string>; prefixes: Set<string>; switches: Set<string>; regexes: RegExp[] } | undefined

/**
 * Whether compromise's tagger may read a word as anything but a noun: true
 * unless the word is plain lower-case letters that neither its lexicon nor
 * its word-shape pass (suffixes, prefixes, ambiguous words, regular
 * expressions) knows, which it reads as a noun. Without the build-time
 * table, always true. A test checks this against the tagger on many words.
 *
 * @param lower A lower-case word.
 * @returns Whether to ask the tagger.
 */
export function taggerMayKnow(lower: string): boolean {
  const english = englishTable()
  if (!english || !/^[a-z]+$/.test(lower) || getLexicon().has(lower)) return true
  shapes ??= {
    suffixes: new Set(english.suffixes),
    prefixes: new Set(english.prefixes),
    switches: new Set(english.switches),
    regexes: english.regexes.map(([source, flags]) => new RegExp(source, flags))
  }
  if (shapes.switches.has(lower)) return true
  // As the tagger looks: suffixes of 2 to 7 letters that leave a letter, prefixes of 3 to 7 that leave three.
  for (let n = 2; n <= Math.min(7, lower.length - 1); n++) if (shapes.suffixes.has(lower.slice(-n))) return true
  for (let n = 3; n <= Math.min(7, lower.length - 3); n++) if (shapes.prefixes.has(lower.slice(0, n))) return true
  return shapes.regexes.some((re) => {
    re.lastIndex = 0
    return re.test(lower)
  })
}

/**
 * Whether the lexicon knows a word as a given first name.
 *
 * @param word Any casing.
 * @returns `true` for "Gavin", "Emma".
 */
export function isFirstName(word: string): boolean {
  return lexiconTags(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')
}

/**
 * Whether the lexicon knows a word as a surname.
 *
 * @param word Any casing.
 * @returns `true` for "Johnson", "Wong".
 */
export function isLastName(word: string): boolean {
  return lexiconTags(word).includes('LastName')
}

/**
 * Whether the lexicon knows a word as a place.
 *
 * @param word Any casing.
 * @returns `true` for "Berlin".
 */
export function isPlaceName(word: string): boolean {
  return lexiconTags(word).some((t) => t === 'City' || t === 'Country' || t === 'Place' || t === 'Region')
}

/** Lexicon tags of inflected verbs, adverbs and other words that never name a thing alone. */
const VERB_FORM_TAGS = new Set(['PresentTense', 'PastTense', 'Gerund', 'Participle', 'Adverb', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Copula', 'Modal', 'Auxiliary'])

/**
 * Whether the lexicon knows a word only as a verb form, adverb or function
 * word (never as a noun, adjective or name).
 *
 * @param word Any casing.
 * @returns `true` for "Thanks", "Added"; `false` for "Shell", "Curve", "Zeta".
 */
export function isVerbFormOnly(word: string): boolean {
  const tags = lexiconTags(word)
  return tags.length > 0 && tags.every((t) => VERB_FORM_TAGS.has(t))
}

/** Lexicon tags of plain nouns. */
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable'])

/**
 * Whether the lexicon knows a word as a plain common noun only.
 *
 * @param word Any casing.
 * @returns `true` for "Row", "Level", "Database"; `false` for "The", "Launched", "Zeta".
 */
export function isPlainNoun(word: string): boolean {
  const tags = lexiconTags(word)
  return tags.length > 0 && tags.every((t) => NOUN_TAGS.has(t))
}

/**
 * Whether a capitalised word is built like an abstract noun of English
 * ("Authentication", "Scalability", "Management", "Ownership"): a
 * derivational ending after a stem of four letters or more.
 *
 * @param word A word as written.
 * @returns Whether its ending makes it an abstract noun.
 */
export function hasAbstractNounEnding(word: string): boolean {
  return /^\p{Lu}\p{Ll}{3,}(?:tion|sion|ment|ness|ity|ance|ence|ism|ship)s?$/u.test(word)
}
