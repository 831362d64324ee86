/**
 * Refiner: names inside hyphenated compounds. "Zeta-Omicron bridge" names
 * two things, each its own mention when the document also names it alone;
 * "Zeta-based", "AI-generated", "Omicron-compatible" are modifiers made from
 * a name (or a jargon word) and a lower-case word: only the part before the
 * hyphen can be a name. Two names the document uses alone, written side by
 * side before a lower-case noun ("the Zeta Orbix experience"), are two.
 */
import { isCommonWord, isFirstName, isLastName, lexiconTags } from '../english.js'
import type { Mention } from '../types.js'
import type { RefineContext } from './refiner.js'
import type { MentionRefiner } from './refiner.js'
import { narrow, sentenceOf } from './refiner.js'

/**
 * Whether two words may be two names side by side: neither a person's name
 * part, a common word nor a suffix word ("Orbix Labs" is one name).
 *
 * @param a First word.
 * @param b Second word.
 * @param context Refine context.
 * @returns Whether the pair may be split.
 */
function sideBySide(a: string, b: string, context: RefineContext): boolean {
  const { schema } = context
  const plain = (w: string): boolean => !isCommonWord(w) && !schema.suffixType.has(w.toLowerCase()) && !schema.transparent.has(w.toLowerCase()) && !schema.roleWords.has(w.toLowerCase()) && !schema.notNames.has(w.toLowerCase())
  return plain(a) && plain(b) && !isFirstName(a) && !isLastName(b)
}

/** A determiner right before a pair of names used as modifiers. */
const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|any|our|their|its|this|that|every)\s+$/iu

/** Lexicon tags of words that may be nouns ("experience" is listed as a verb's bare form). */
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Noun', 'Uncountable', 'Actor', 'Infinitive'])

/**
 * Whether the text starts with a lower-case word that may be a noun: one the
 * lexicon lists as a noun or a verb's bare form, or does not know
 * ("workspace"); not "also", "must", "and", "straightforward".
 *
 * @param after Text after the pair.
 * @returns Whether a noun follows.
 */
function nounAfter(after: string): boolean {
  const word = /^\s+(\p{Ll}{3,})\b/u.exec(after)?.[1]
  if (!word) return false
  const tags = lexiconTags(word)
  return tags.length === 0 || tags.some((t) => NOUN_TAGS.has(t))
}

/** Splits "A-B" into A and B when both are the document's names; cuts "-based"-like tails off. */
export const compoundParts: MentionRefiner = {
  id: 'compound-parts',
  refine(mentions, context) {
    const out: Mention[] = []
    for (const m of mentions) {
      const text = sentenceOf(m, context)
      const pair = /^([\p{Lu}][\p{L}\p{N}]+)-([\p{Lu}][\p{L}\p{N}]+)$/u.exec(m.surface)
      if (pair && context.names.has(pair[1]!) && context.names.has(pair[2]!)) {
        const cut = m.start + pair[1]!.length
        out.push({ ...narrow(m, text, m.start, cut), position: 'body' }, { ...narrow(m, text, cut + 1, m.end), position: 'body' })
        continue
      }
      // "AI-generated", "Zeta-based": a name (or jargon, dropped later) and a lower-case modifier.
      const modifier = /^([\p{Lu}][\p{L}\p{N}]*)-\p{Ll}+$/u.exec(m.surface)
      if (modifier) {
        out.push(narrow(m, text, m.start, m.start + modifier[1]!.length))
        continue
      }
      // "the Zeta Orbix experience", "any Orbix Zeta workspace": two names the document uses alone, side by
      // side after a determiner as modifiers of a lower-case noun, are two mentions (people are not named after "the").
      const two = /^([\p{Lu}\p{Ll}][\p{L}\p{N}]+) ([\p{Lu}\p{Ll}][\p{L}\p{N}]+)$/u.exec(m.surface)
      if (two && m.rule !== 'name-lexicon' && context.names.has(two[1]!) && context.names.has(two[2]!) && sideBySide(two[1]!, two[2]!, context) && ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && nounAfter(text.slice(m.end, m.end + 30))) {
        const cut = m.start + two[1]!.length
        out.push({ ...narrow(m, text, m.start, cut), position: 'body' }, { ...narrow(m, text, cut + 1, m.end), position: 'body' })
        continue
      }
      out.push(m)
    }
    return out
  }
}
