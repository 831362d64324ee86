/**
 * Refiner: a place name cut by the sentence-initial rule ("New York is …"
 * gives "York" once "New" is stripped as a common word) is made whole again
 * when the word before it and the candidate together are a place the
 * lexicon knows.
 */
import { isPlaceName } from '../english.js'
import type { MentionRefiner } from './refiner.js'
import { narrow, sentenceOf } from './refiner.js'

/** Extends a candidate over the capitalised word before it when both make a known place. */
export const placeFragment: MentionRefiner = {
  id: 'place-fragment',
  refine(mentions, context) {
    return mentions.map((m, i) => {
      const text = sentenceOf(m, context)
      const before = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, m.start - 40), m.start))
      if (!before) return m
      const start = m.start - before[0].length
      // The word before must be free: not the end of the previous candidate.
      const previous = mentions[i - 1]
      if (previous && previous.sentence === m.sentence && previous.end > start) return m
      return isPlaceName(`${before[1]} ${m.surface}`) ? narrow(m, text, start, m.end) : m
    })
  }
}
