/**
 * Refiner: a two-letter state or province code after a place and a comma
 * ("Portland, OR", "San Francisco, CA") belongs to the place's address; it
 * names nothing of its own that the article speaks of.
 */
import type { MentionRefiner } from './refiner.js'
import { sentenceOf } from './refiner.js'

/** Codes of US states and Canadian provinces (upper case). */
export const STATE_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD',
  'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC',
  'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC', 'ON', 'QC', 'BC', 'AB'
])

/** Drops a state code written right after a capitalised place name and a comma. */
export const stateCodes: MentionRefiner = {
  id: 'state-codes',
  refine(mentions, context) {
    return mentions.filter((m) => {
      if (m.rule === 'name-lexicon' || !STATE_CODES.has(m.surface)) return true
      const before = sentenceOf(m, context).slice(Math.max(0, m.start - 40), m.start)
      // Capitalised words, or a place written in capitals in a dateline ("PORTLAND, OR").
      return !/\p{Lu}[\p{L}.]+,\s*$/u.test(before)
    })
  }
}
