/**
 * How the body of a document writes its words (lower case, capitalised mid-sentence).
 */
import type { Sentence } from '../../markdown/types.js'
import { isCapitalised, type Token } from '../tokenize.js'

/** A sentence with its tokens and whether it reads as a headline. */
export interface TokenisedSentence {
  sentence: Sentence
  tokens: Token[]
  headline: boolean
}

/**
 * How body text writes its words: the words it writes in lower case (to
 * recognise capitalised common words) and the words it capitalises
 * mid-sentence (to recognise names in Title Case headings).
 *
 * @param tokenised Sentences with their tokens and headline shape.
 * @returns Both sets.
 */
export function collectWordUse(tokenised: TokenisedSentence[]): { lowerCaseWords: Set<string>; bodyCapitalised: Set<string> } {
  const lowerCaseWords = new Set<string>()
  const bodyCapitalised = new Set<string>()
  for (const { sentence: s, tokens, headline } of tokenised) {
    if (headline) continue
    tokens.forEach((t, i) => {
      if (/^\p{Ll}/u.test(t.text)) lowerCaseWords.add(t.text)
      else if (i > 0 && isCapitalised(t.text) && /[\p{L}\p{N}]/u.test(s.text.slice(0, t.start))) bodyCapitalised.add(t.text)
    })
  }
  return { lowerCaseWords, bodyCapitalised }
}
