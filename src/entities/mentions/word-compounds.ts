/**
 * Refiner: hyphenated compounds of common words ("End-of-Year",
 * "Mid-Year", "Peer-to-Peer") and of one name with itself ("Zeta-to-Zeta")
 * are modifiers, not names; so is a pronoun with a contraction ("We’re",
 * "It's") that starts a sentence.
 */
import { isCommonWord, isFunctionWord } from '../english.js'
import type { MentionRefiner } from './refiner.js'
import { sentenceOf } from './refiner.js'

/** Prefixes written before a hyphen that are no words of their own. */
const PREFIXES = new Set(['mid', 'pre', 'post', 'non', 'anti', 'multi', 'semi', 'self', 'co', 'inter', 'intra', 'cross', 'sub', 're', 'un'])

/** A contraction: a pronoun or function word and a clitic. */
const CONTRACTION = /^(\p{L}+)['’](?:re|ve|ll|d|m|s|t)$/u

/**
 * Whether every part of a hyphenated word is a common word, a prefix or a
 * connector, or the word joins one part with itself by "to".
 *
 * @param word One word with hyphens.
 * @returns Whether it is a compound of words, not a name.
 */
export function isWordCompound(word: string): boolean {
  const parts = word.split('-')
  if (parts.length < 2 || parts.some((p) => p === '')) return false
  if (parts.length === 3 && parts[1] === 'to' && parts[0] === parts[2]) return true
  return parts.every((p) => PREFIXES.has(p.toLowerCase()) || isCommonWord(p) || isFunctionWord(p))
}

/**
 * Drops compounds of common words and contractions, and a common word cut
 * off the front of a hyphenated modifier when the document writes it in
 * lower case too ("Cloud" of "Cloud-native" beside "the cloud";
 * "Zeta-native" keeps its name).
 */
export const wordCompounds: MentionRefiner = {
  id: 'word-compounds',
  refine(mentions, context) {
    return mentions.filter((m) => {
      if (m.rule === 'name-lexicon' || m.surface.includes(' ')) return true
      const contraction = CONTRACTION.exec(m.surface)
      if (contraction && isFunctionWord(contraction[1]!)) return false
      // Only a word the document also writes in lower case: "Substrate-based" names Substrate.
      if (isCommonWord(m.surface) && context.lowerCaseWords.has(m.surface.toLowerCase()) && /^-\p{Ll}/u.test(sentenceOf(m, context).slice(m.end, m.end + 2))) return false
      return !isWordCompound(m.surface)
    })
  }
}
