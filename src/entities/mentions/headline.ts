/**
 * Whether a sentence reads as a Title Case headline.
 */
import type { Sentence } from '../../markdown/types.js'
import { isFunctionWord } from '../english.js'
import { isCapitalised, type Token } from '../tokenize.js'

/**
 * Whether a sentence is written in Title Case (a headline in a paragraph:
 * "Headline: Hot June for Zeta: Parachain Auctions Ignite Market"):
 * every word of four letters or more that is not a function word is
 * capitalised, and there are six of them, or three in a paragraph that does
 * not end like a sentence ("**Technical Developments: Propelling Forward
 * with Innovation**", "Article 3: Rapid Strides in Technical Developments").
 * Prose always has lower-case verbs and nouns of that length ("acquired").
 * List items and table cells are often bare names ("- Orbit Labs"), so only
 * the six-word test applies to them.
 *
 * @param tokens Sentence tokens.
 * @param sentence The sentence.
 * @returns Whether capitals in it say little.
 */
export function isTitleCase(tokens: Token[], sentence: Sentence): boolean {
  const long = tokens.filter((t) => t.text.length >= 4 && /^\p{L}/u.test(t.text) && !isFunctionWord(t.text))
  if (long.length < 3 || !long.every((t) => isCapitalised(t.text))) return false
  return long.length >= 6 || (sentence.kind === 'paragraph' && !/[.!?]["”'’)]*\s*$/u.test(sentence.text))
}
