/**
 * Refiner: two names side by side before a noun of connection ("a Zeta
 * Orbix bridge", "the Zeta Orbix integration") are the two things
 * connected, when the document names each alone too.
 */
import type { Mention } from '../types.js'
import type { MentionRefiner } from './refiner.js'
import { narrow, sentenceOf } from './refiner.js'

/** Nouns of a connection between two things. */
const CONNECTION = /^\s+(?:bridges?|integrations?|interoperability|connections?|partnerships?|swaps?|collaborations?)\b/i

/** Splits "Zeta Orbix bridge" into Zeta and Orbix. */
export const bridgedPairs: MentionRefiner = {
  id: 'bridged-pairs',
  refine(mentions, context) {
    const out: Mention[] = []
    for (const m of mentions) {
      const words = m.surface.split(' ')
      const text = sentenceOf(m, context)
      if (m.rule === 'name-lexicon' || words.length !== 2 || !context.names.has(words[0]!) || !context.names.has(words[1]!) || !CONNECTION.test(text.slice(m.end))) {
        out.push(m)
        continue
      }
      const cut = m.start + words[0]!.length
      out.push({ ...narrow(m, text, m.start, cut), position: 'body' }, { ...narrow(m, text, cut + 1, m.end), position: 'body' })
    }
    return out
  }
}
