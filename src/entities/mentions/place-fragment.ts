/**
 * Refiner: a name cut by the sentence-initial rule ("New York is …" gives
 * "York" once "New" is stripped as a common word; "- Randy Lopez (Orbit)"
 * gives "Lopez") is made whole again when the word before it and the
 * candidate together are a place the lexicon knows or a name the document
 * writes whole elsewhere.
 */
import { isPlaceName } from '../english.js'
import type { MentionRefiner } from './refiner.js'
import { narrow, sentenceOf } from './refiner.js'

/** Extends a candidate over the capitalised word before it when both make a known place or a name of the document. */
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
      const whole = `${before[1]} ${m.surface}`
      // "New" + "York City": the word before and the candidate's first word make the place.
      const head = `${before[1]} ${m.surface.split(' ')[0]}`
      return isPlaceName(whole) || context.names.has(whole) || (m.surface.includes(' ') && isPlaceName(head)) ? narrow(m, text, start, m.end) : m
    })
  }
}
