/**
 * What compromise's lexicon knows about a single word. Only the lexicon is
 * read (a map lookup), never the full tagger, so this stays cheap on long
 * corpora.
 */
import { createRequire } from 'node:module'
import type NLP from 'compromise'

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
function compromise(): typeof NLP {
  loaded ??= createRequire(import.meta.url)('compromise') as typeof NLP
  return loaded
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

let lexicon: Record<string, string | string[]> | undefined

/**
 * The compromise lexicon, loaded once.
 *
 * @returns Map of lower-case word to tag(s).
 */
function getLexicon(): Record<string, string | string[]> {
  if (!lexicon) lexicon = (compromise() as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon
  return lexicon
}

/**
 * Tags the lexicon gives a word.
 *
 * @param word Any casing.
 * @returns Tags (empty when the word is unknown).
 */
export function lexiconTags(word: string): string[] {
  const lower = word.toLowerCase()
  const lex = getLexicon()
  if (!Object.prototype.hasOwnProperty.call(lex, lower)) return []
  const tags = lex[lower]
  return Array.isArray(tags) ? tags : tags ? [tags] : []
}

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
