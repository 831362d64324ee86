/**
 * Refiner: a name written once as "Zeta-lightning" and elsewhere as
 * "Zeta-Lightning" is one hyphenated name; the lower-case spelling must not
 * leave "Zeta" alone. A candidate followed by "-word" is extended over it
 * when the document has a candidate spelled as the whole compound (letter
 * case aside).
 */
import type { MentionRefiner } from './refiner.js'
import { narrow, sentenceOf } from './refiner.js'

/** A hyphen and a lower-case word right after a candidate. */
const LOWER_TAIL = /^-\p{Ll}[\p{L}\p{N}]*(?![\p{L}\p{N}-])/u

/** Extends a candidate over a lower-case tail the document capitalises elsewhere. */
export const hyphenNames: MentionRefiner = {
  id: 'hyphen-names',
  refine(mentions, context) {
    // Names the document writes with a capital after the hyphen ("Zeta-Lightning").
    const lower = new Set([...context.names].filter((n) => /-\p{Lu}/u.test(n)).map((n) => n.toLowerCase()))
    if (lower.size === 0) return mentions
    return mentions.map((m) => {
      const text = sentenceOf(m, context)
      const tail = LOWER_TAIL.exec(text.slice(m.end, m.end + 40))
      if (!tail || !lower.has((m.surface + tail[0]).toLowerCase())) return m
      return narrow(m, text, m.start, m.end + tail[0].length)
    })
  }
}
