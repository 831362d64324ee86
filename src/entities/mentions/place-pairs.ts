/**
 * Refiner: two places written side by side without a comma ("based out of
 * Lyon France") are the place and the place holding it: two mentions.
 */
import { isPlaceName } from '../english.js'
import type { Mention } from '../types.js'
import type { MentionRefiner } from './refiner.js'
import { narrow, sentenceOf } from './refiner.js'

/** Splits a candidate made of two places the lexicon knows. */
export const placePairs: MentionRefiner = {
  id: 'place-pairs',
  refine(mentions, context) {
    const out: Mention[] = []
    for (const m of mentions) {
      const words = m.surface.split(' ')
      if (m.rule === 'name-lexicon' || words.length < 2 || words.length > 4 || isPlaceName(m.surface)) {
        out.push(m)
        continue
      }
      // The first place may be two words ("San Jose France"); the second is the last one or two.
      const cut = [1, 2, 3].find((k) => k < words.length && isPlaceName(words.slice(0, k).join(' ')) && isPlaceName(words.slice(k).join(' ')))
      if (cut === undefined) {
        out.push(m)
        continue
      }
      const text = sentenceOf(m, context)
      const end = m.start + words.slice(0, cut).join(' ').length
      out.push({ ...narrow(m, text, m.start, end), position: 'body' }, { ...narrow(m, text, end + 1, m.end), position: 'body' })
    }
    return out
  }
}
