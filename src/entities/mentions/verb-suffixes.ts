/**
 * Refiner: a company suffix that is a verb where it stands: "Zeta Network
 * Partners with Orbix" (a headline's verb, not "Zeta Network Partners"),
 * "Orbix Ventures into payments". The suffix is trimmed off.
 */
import type { Mention } from '../types.js'
import type { MentionRefiner } from './refiner.js'
import { narrowToWords, sentenceOf } from './refiner.js'

/** Suffix words that are verbs too, with what follows them as verbs. */
export const VERB_SUFFIXES = new Map<string, RegExp>([
  ['Partners', /^\s+[Ww]ith\b/],
  ['Ventures', /^\s+(?:[Ii]nto|[Oo]ut|[Bb]eyond)\b/],
  ['Funds', /^\s+(?:[Tt]he|[Aa]|[Aa]n)\s/]
])

/** Trims a suffix used as a verb off the end of a candidate. */
export const verbSuffixes: MentionRefiner = {
  id: 'verb-suffixes',
  refine(mentions, context) {
    const out: Mention[] = []
    for (const m of mentions) {
      const words = m.surface.split(' ')
      const verb = VERB_SUFFIXES.get(words[words.length - 1]!)
      if (m.rule === 'name-lexicon' || words.length < 2 || !verb || !verb.test(sentenceOf(m, context).slice(m.end, m.end + 12))) {
        out.push(m)
        continue
      }
      out.push(narrowToWords(m, context, words, 0, words.length - 1))
    }
    return out
  }
}
