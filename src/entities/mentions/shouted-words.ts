/**
 * Refiner: English words written in capitals ("IMPORTANT", "ALWAYS", and
 * commands in READMEs: "GET", "SET", "BLOCK") are emphasis or code, not
 * names. Tickers are capitals too ("DOT", "NEAR"), so a capitalised English
 * word stays when the document writes it where tickers stand: after an
 * amount or a dollar sign, in parentheses after a name, before "token".
 */
import { isCommonWord, isFunctionWord, lexiconTags, notNounClass } from '../english.js'
import type { Mention } from '../types.js'
import type { MentionRefiner } from './refiner.js'
import { narrowToWords, sentenceOf, trimEnds } from './refiner.js'
import { isDatelinePlace } from './dateline.js'

/**
 * Whether the text gives `word` ticker evidence anywhere.
 *
 * @param word An all-capitals word.
 * @param texts Sentence texts of the document.
 * @returns Whether some sentence writes it as a ticker.
 */
function writtenAsTicker(word: string, texts: string[]): boolean {
  const re = new RegExp(`(?:\\$\\s?|\\d\\s|\\()${word}\\b|\\b${word}\\s+(?:tokens?|coins?|price|holders)\\b`)
  return texts.some((t) => t.includes(word) && re.test(t))
}

/** Drops English words written in capitals that the document never writes as tickers. */
export const shoutedWords: MentionRefiner = {
  id: 'shouted-words',
  refine(mentions, context) {
    let texts: string[] | undefined
    // One answer per word: a document may shout the same word many times.
    const asTicker = new Map<string, boolean>()
    const shouted = (word: string, inRun = false): boolean => {
      // Two letters are mostly abbreviations ("US", "UK"), not shouting; at the end of a run of capitals they may be ("COMMITMENT TO").
      if (inRun && /^\p{Lu}{2}$/u.test(word) && isFunctionWord(word)) return true
      if (!/^\p{Lu}{3,}$/u.test(word)) return false
      const lower = word.toLowerCase()
      // Peoples and languages are names in capitals too ("The LAO"); abbreviations are written so ("ETC").
      if (lexiconTags(lower).some((t) => t === 'Demonym' || t === 'Language' || t === 'Acronym' || t === 'Abbreviation')) return false
      if (!(isCommonWord(lower) || isFunctionWord(lower) || (lower.length >= 4 && notNounClass(lower) !== undefined))) return false
      texts ??= context.doc.sentences.map((s) => s.text)
      if (!asTicker.has(word)) asTicker.set(word, writtenAsTicker(word, texts))
      return !asTicker.get(word)
    }
    const out: Mention[] = []
    for (const m of mentions) {
      // A dateline's place is written in capitals ("LAKE VIEW, Calif. —"): no shouting.
      if (m.rule === 'name-lexicon' || isDatelinePlace(m, sentenceOf(m, context))) {
        out.push(m)
        continue
      }
      // Trim shouted words off either end of a run ("Zeta ALWAYS retries" → "Zeta").
      const words = m.surface.split(' ')
      const run = words.length > 1
      const [first, last] = trimEnds(words, (w) => shouted(w, run))
      if (first === last) continue
      if (first === 0 && last === words.length) {
        out.push(m)
        continue
      }
      // What is left of a trimmed run may be a determiner alone ("The" of "The ALWAYS").
      if (words.slice(first, last).every((w) => isFunctionWord(w))) continue
      out.push(narrowToWords(m, context, words, first, last))
    }
    return out
  }
}
