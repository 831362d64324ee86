/**
 * Title-case tests: whether capitals in a sentence say little. Two on
 * purpose: {@link isTitleCaseHeadline} is strict (every long word
 * capitalised; the mention finder reads capitals everywhere else), and
 * {@link isMostlyCapitalised} is loose (60% of long words; the merge only
 * asks whether a capital may be trusted to mark a name).
 */
import type { Sentence } from '../markdown/types.js'
import { isFunctionWord } from '../entities/english.js'
import { isCapitalised, type Token } from '../entities/tokenize.js'

/**
 * A short signature under a quote: a dash, a name, a comma, a title of up to
 * three words and "@" or "at" an employer ("– Maria Quell, Staff Engineer @
 * Orbix"). Longer titles ("Director of Open Finance, Orbix") keep the
 * headline reading, which keeps their fields from being taken for names.
 */
const SIGNATURE = /^\s*(?:[-–—―]{1,2}|&[mn]dash;)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:@|at)\s+\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){0,2}\s*$/u

/**
 * Whether a sentence is written in Title Case (a headline in a paragraph:
 * "Headline: Hot June for Zeta: Parachain Auctions Ignite Market"):
 * every word of four letters or more that is not a function word is
 * capitalised, and there are six of them, or three in a paragraph that does
 * not end like a sentence ("**Technical Developments: Propelling Forward
 * with Innovation**", "Article 3: Rapid Strides in Technical Developments").
 * Prose always has lower-case verbs and nouns of that length ("acquired").
 * List items and table cells are often bare names ("- Orbit Labs"), so only
 * the six-word test applies to them. A signature under a quote ("– Maria
 * Quell, Staff Engineer @ Orbix") is no headline.
 *
 * @param tokens Sentence tokens.
 * @param sentence The sentence.
 * @returns Whether capitals in it say little.
 */
export function isTitleCaseHeadline(tokens: Token[], sentence: Sentence): boolean {
  // A short signature under a quote ("– Maria Quell, Staff Engineer @ Orbix") capitalises names and a title, not a headline.
  if (SIGNATURE.test(sentence.text)) return false
  const long = tokens.filter((t) => t.text.length >= 4 && /^\p{L}/u.test(t.text) && !isFunctionWord(t.text))
  if (long.length < 3 || !long.every((t) => isCapitalised(t.text))) return false
  return long.length >= 6 || (sentence.kind === 'paragraph' && !/[.!?]["”'’)]*\s*$/u.test(sentence.text))
}

/**
 * Whether most words of a sentence are capitalised (a heading or a title,
 * where capitals say nothing).
 *
 * @param sentence Sentence text.
 * @returns `true` when at least 60% of its words of four or more letters start with a capital.
 */
export function isMostlyCapitalised(sentence: string): boolean {
  const words = sentence.match(/\p{L}{4,}/gu) ?? []
  if (words.length < 3) return false
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6
}
