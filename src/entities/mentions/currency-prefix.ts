/**
 * Refiner: a country code written before a currency sign is part of an
 * amount, not a name ("US$1.8 million", "HK$ 20", "A$5").
 */
import type { MentionRefiner } from './refiner.js'
import { sentenceOf } from './refiner.js'

/** Drops a capitalised candidate glued to a following currency sign. */
export const currencyPrefix: MentionRefiner = {
  id: 'currency-prefix',
  refine(mentions, context) {
    return mentions.filter((m) => !(/^\p{Lu}{1,3}$/u.test(m.surface) && /^\s?[$€£¥]/u.test(sentenceOf(m, context).slice(m.end))))
  }
}
