/**
 * Refiner: names inside hyphenated compounds. "Zeta-Omicron bridge" names
 * two things, each its own mention when the document also names it alone;
 * "Zeta-based", "AI-generated", "Omicron-compatible" are modifiers made from
 * a name (or a jargon word) and a lower-case word: only the part before the
 * hyphen can be a name.
 */
import type { Mention } from '../types.js'
import type { MentionRefiner } from './refiner.js'
import { narrow, sentenceOf } from './refiner.js'

/** Splits "A-B" into A and B when both are the document's names; cuts "-based"-like tails off. */
export const compoundParts: MentionRefiner = {
  id: 'compound-parts',
  refine(mentions, context) {
    const out: Mention[] = []
    for (const m of mentions) {
      const text = sentenceOf(m, context)
      const pair = /^([\p{Lu}][\p{L}\p{N}]+)-([\p{Lu}][\p{L}\p{N}]+)$/u.exec(m.surface)
      if (pair && context.names.has(pair[1]!) && context.names.has(pair[2]!)) {
        const cut = m.start + pair[1]!.length
        out.push({ ...narrow(m, text, m.start, cut), position: 'body' }, { ...narrow(m, text, cut + 1, m.end), position: 'body' })
        continue
      }
      // "AI-generated", "Zeta-based": a name (or jargon, dropped later) and a lower-case modifier.
      const modifier = /^([\p{Lu}][\p{L}\p{N}]*)-\p{Ll}+$/u.exec(m.surface)
      if (modifier) {
        out.push(narrow(m, text, m.start, m.start + modifier[1]!.length))
        continue
      }
      out.push(m)
    }
    return out
  }
}
