/**
 * Refiner: a country code written before a currency sign is part of an
 * amount, not a name ("US$1.8 million", "HK$ 20", "A$5"); so is "U.S." before
 * "dollars", and a letter of "M+A" or "R&D" is a piece of an abbreviation.
 */
import type { MentionRefiner } from './refiner.js'
import { sentenceOf } from './refiner.js'

/** Drops a capitalised candidate glued to a following currency sign. */
export const currencyPrefix: MentionRefiner = {
  id: 'currency-prefix',
  refine(mentions, context) {
    return mentions.filter((m) => {
      const text = sentenceOf(m, context)
      if (/^\p{Lu}{1,3}$/u.test(m.surface) && /^\s?[$€£¥]/u.test(text.slice(m.end))) return false
      // A country abbreviation naming a currency ("in U.S. dollars") is part of the currency's name.
      if (/^(?:U\.S|US|U\.S\.|USA)$/u.test(m.surface) && /^\.?\s+dollars?\b/iu.test(text.slice(m.end, m.end + 12))) return false
      // One letter of an abbreviation joined by "+" or "&" ("M+A exits", "R&D").
      return !(/^\p{Lu}$/u.test(m.surface) && (/^[+&]\p{Lu}\b/u.test(text.slice(m.end, m.end + 3)) || /\b\p{Lu}[+&]$/u.test(text.slice(Math.max(0, m.start - 2), m.start))))
    })
  }
}
