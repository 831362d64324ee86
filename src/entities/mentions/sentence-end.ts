/**
 * Refiner: a name across a sentence end ("closed its Series A. Prism Labs
 * led it" gives "Series A. Prism Labs"). A capital letter and a dot join a
 * run only as a person's initial ("John F. Kennedy"); after a word that is
 * no first name the dot ends a sentence, and the candidate splits there.
 */
import { isFirstName } from '../english.js'
import type { Mention } from '../types.js'
import type { MentionRefiner } from './refiner.js'
import { narrow, sentenceOf } from './refiner.js'

/** "Word X. Name": group 1 the word before the letter. */
const LETTER_DOT = /(?:^|\s)([\p{L}'’-]+) \p{Lu}\. (?=\p{Lu})/gu

/** Splits a candidate at a letter-and-dot that ends a sentence. */
export const sentenceEnd: MentionRefiner = {
  id: 'sentence-end',
  refine(mentions, context) {
    const out: Mention[] = []
    for (const m of mentions) {
      const text = sentenceOf(m, context)
      let split: Mention[] | undefined
      for (const hit of m.surface.matchAll(LETTER_DOT)) {
        const word = hit[1]!
        if (isFirstName(word) || /^(?:Dr|Mr|Mrs|Ms|Prof|St)$/.test(word)) continue
        const cut = m.start + hit.index + hit[0].length
        const leftEnd = cut - 2
        split = [narrow(m, text, m.start, leftEnd), { ...narrow(m, text, cut, m.end), position: 'body' as const }]
        break
      }
      // The left part ("Series A") is kept only when it is no jargon.
      if (split) out.push(...split.filter((part) => !context.schema.notNames.has(part.surface.toLowerCase())))
      else out.push(m)
    }
    return out
  }
}
