/**
 * Whether a mention of a one-word name that is also an English word
 * ("Substrate", "Near", "Board", "Wood") uses it as a name. Merges join
 * such names across documents only where one is: "built with Substrate"
 * and "the Substrate framework" are names; "the Board", a sentence's first
 * word and a surname alone are not.
 */
import { TRANSPARENT_SUFFIXES, SUFFIX_CUES } from '../entities/cues.js'
import type { Evidence } from '../schema.js'
import { isMostlyCapitalised } from '../names/index.js'

/** Words before a common noun that make it generic: "the Board", "its Board", "Zeta's Board". */
const DETERMINER_BEFORE = /(?:^|[^\p{L}\p{N}])(?:the|a|an|this|that|these|those|its|their|our|his|her|your|my|each|every|any|no|[\p{L}\p{N}]+['’]s)\s+$/iu

/** Head nouns after a name that make it a name ("the Moonbeam network", "the Substrate framework"). */
const HEAD_AFTER = new RegExp(`^\\s+(?:${[...new Set([...TRANSPARENT_SUFFIXES, ...SUFFIX_CUES.flatMap((c) => c.words)])].map((w) => w.toLowerCase()).sort().join('|')})(?![\\p{L}\\p{N}])`, 'iu')

/** A ticker or acronym: capitals (and digits), at least two. */
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}\p{N}]+$/u

/**
 * Whether a mention uses its text as a name.
 *
 * @param mention Entity mention evidence (its text and type).
 * @param sentence Text of the mention's sentence.
 * @returns `true` for a ticker in capitals, or a capitalised word inside a
 *   sentence that is not in title case, not after a determiner or a
 *   possessive unless a head noun follows, and not a person's.
 */
export function usedAsName(mention: Pick<Evidence, 'text' | 'type'>, sentence: string): boolean {
  const { text } = mention
  // A surname alone ("Wood said") never joins documents: it may be anyone's.
  if (mention.type === 'Person') return false
  if (ALL_CAPITALS.test(text)) return true
  if (!/^\p{Lu}/u.test(text) || isMostlyCapitalised(sentence)) return false
  for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) {
    const before = sentence.slice(0, at)
    const after = sentence.slice(at + text.length)
    // Inside a word, or the sentence's first word (capitalised whatever it is).
    if (/[\p{L}\p{N}]$/u.test(before) || /^[\p{L}\p{N}]/u.test(after) || !/[\p{L}\p{N}]/u.test(before)) continue
    if (HEAD_AFTER.test(after) || !DETERMINER_BEFORE.test(before)) return true
  }
  return false
}
