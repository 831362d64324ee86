/**
 * Filter: whether a raw capitalised candidate is a name (not a heading word,
 * a sentence-initial capital or a quoted slogan).
 */
import type { MarkdownDocument, Sentence } from '../../markdown/types.js'
import { hasAbstractNounEnding, isCommonWord, isFirstName, isLastName, isLikelyNotNoun, isPlaceName, isVerbFormOnly, lexiconTags, notNounClass } from '../english.js'
import type { Mention } from '../types.js'
import type { EntitySchema } from '../schema.js'
import { hasNameShape } from '../tokenize.js'
import { isQuotedNameAfterKind } from './quoted-names.js'

/** Quote characters that may enclose a name or a slogan. */
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»'])
/**
 * What may follow a sentence-initial word to say it is a name: a possessive,
 * an appositive, a coordination with another name, a role or a head noun,
 * a copula introducing a description, a verb of what organisations do.
 */
const NAME_FOLLOWS = /^(?:['’]s\b|,\s+(?:developed|built|created|founded|co-founded|launched|backed|incubated|formerly|previously|also known)\s|\s+\([\p{Lu}\p{N}]{2,8}\)|\s+(?:CEO|CTO|COO|CFO|CMO|Co-?[Ff]ounder|Founder)\b|,\s+(?:a|an|the)\s|,\s+\p{Lu}|\s+(?:and|&)\s+\p{Lu}|\s+(?:co-?founder|founder|ceo|cto|team|network|protocol|token|parachain|chain|council|treasury|foundation)\b|\s+(?:is|was|remains|became)\s+(?:a|an|the|\p{Lu}[\p{L}\p{N}-]*['’]s)\s|\s+(?:has\s+|have\s+)?(?:launched|launches|announced|announces|introduced|unveiled|unveils|released|partnered|acquired|raised|secured|won|deployed|integrated|joined|founded|co-founded|emerged\s+as|revealed|unveiled|completed|received|expanded|debuted|rolled\s+out|went\s+live|will|plans|(?:is|was|are|were|has\s+been)\s+(?:built|developed|backed|funded|powered|based|maintained|operated|acquired|founded|launched|deployed|live|now))\s)/u

/** Seasons: before a year they make a date. */
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter'])

/** Words before a quoted name that say it is a name ("under the name "Lyra""). */
const NAMING_CUE = /\b(?:name|named|called|dubbed|known as|codenamed|branded|titled|nicknamed)\s*[,:]?\s*$/i

/**
 * Refiner: keep a candidate only when its capitals mean a name.
 *
 * @param m Candidate.
 * @param doc Document.
 * @param bodyNames Lower-cased names and name words found mid-sentence in body text.
 * @param lowerCaseWords Words the document writes in lower case.
 * @param schema Entity cues.
 * @param wholeNames Lower-cased names found mid-sentence in body text, whole (default: `bodyNames`).
 * @returns Whether to keep it.
 */
export function keepCandidate(m: Mention, doc: MarkdownDocument, bodyNames: Set<string>, lowerCaseWords: Set<string>, schema: EntitySchema, wholeNames = bodyNames): boolean {
  const lower = m.surface.toLowerCase()
  const words = lower.split(' ')
  if (/^[\p{N}\s.,-]+$/u.test(lower)) return false
  if (schema.notNames.has(lower) || schema.notNames.has(lower.replace(/s$/, ''))) return schema.headAliasWords.has(lower)
  if (words.every((w) => schema.notNames.has(w))) return schema.headAliasWords.has(lower)
  if (words.length === 1 && schema.roleWords.has(lower)) return false
  const sentence = doc.sentences[m.sentence]!
  // A season before a year is a date ("the Winter 2020 batch", "in Spring 2024"), no name.
  if (SEASONS.has(lower) && /^\s+(?:of\s+)?['’]?\d{2,4}\b/u.test(sentence.text.slice(m.end))) return false
  if (isQuotedSlogan(m, sentence, schema)) return false
  const shaped = hasNameShape(m.surface)
  // A common word of a longer body name vouches for no heading word ("System" of "Zeta System Interface").
  if (m.position === 'heading' && words.length === 1) return shaped || wholeNames.has(lower) || (bodyNames.has(lower) && !isCommonWord(m.surface))
  if (m.position === 'initial' && words.length === 1 && !shaped) {
    // A lone capitalised word at the start of a sentence is a name only when
    // something else says so: the body capitalises it mid-sentence, the
    // lexicon knows it as a name, or a possessive/appositive follows.
    if (lowerCaseWords.has(lower) || isCommonWord(m.surface)) return false
    const after = sentence.text.slice(m.end)
    // A list item's label or a table cell of its own is a name ("- **Zeta**: upgraded its runtime").
    // A label built like an abstract noun names a feature ("- **Authentication**: sign-ups").
    if ((sentence.kind === 'listItem' || sentence.kind === 'tableCell') && /^\s*(?:$|[:–—]\s|-\s)/u.test(after) && !isLikelyNotNoun(m.surface)) return !hasAbstractNounEnding(m.surface) || bodyNames.has(lower)
    // The tagger guesses unknown words from their endings ("Subsocial" reads
    // as an adjective); an appositive after it ("Subsocial, a platform") says name.
    const guessed = notNounClass(m.surface)
    if (guessed && !(guessed === 'adjective' && /^,\s+(?:a|an|the)\s/.test(after))) return false
    if (NAMING_CUE.test(sentence.text.slice(0, m.start).replace(/["“‘']\s*$/u, ''))) return true
    return bodyNames.has(lower) || isFirstName(m.surface) || isLastName(m.surface) || isPlaceName(m.surface) || NAME_FOLLOWS.test(after)
  }
  if (words.length === 1 && lexiconTags(m.surface).includes('Demonym')) return false
  // A capitalised common word the article also writes in lower case is a common word.
  // A verb form or adverb is no name, capitalised or not ("Thanks @dev", "Added").
  if (words.length === 1 && !shaped && isVerbFormOnly(m.surface) && !schema.headAliasWords.has(lower)) return false
  // Also mid-sentence, when the lexicon knows it as a common word: type names in docs ("a Request instance" and "the request").
  if (words.length === 1 && !shaped && lowerCaseWords.has(lower) && (!bodyNames.has(lower) || (isCommonWord(m.surface) && !schema.headAliasWords.has(lower)))) return false
  return true
}

/**
 * Whether a candidate is a short quoted phrase that is not introduced as a
 * name ("“Expect Chaos” ideology").
 *
 * @param m Candidate.
 * @param sentence Its sentence.
 * @returns Whether it is a quoted slogan.
 */
function isQuotedSlogan(m: Mention, sentence: Sentence, schema: EntitySchema): boolean {
  const before = sentence.text[m.start - 1]
  if (!before || !QUOTES.has(before)) return false
  // The quotation closes right after the name or a few lower-case words later ("'Flock of blockchains'").
  const close = /^[^"“”'‘’.!?;:]{0,40}?["”'’]/.exec(sentence.text.slice(m.end))
  if (!close) return false
  if (NAMING_CUE.test(sentence.text.slice(0, m.start - 1)) || isQuotedNameAfterKind(sentence.text.slice(0, m.start))) return false
  const words = m.surface.split(' ')
  if (words.length > 1 && schema.suffixType.has(words[words.length - 1]!.toLowerCase())) return false
  if (words.length === 1 && close[0].length <= 2) return false
  return words.every((w) => isCommonWord(w))
}
