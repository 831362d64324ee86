/**
 * A dateline's place: the capitals that open a news release ("ORBIT CITY,
 * Calif. —", "NEW HAVEN, Vaud May 3, 2021 --", "LAKE VIEW --") name a
 * place even when its words are English words written in capitals.
 */
import type { Mention } from '../types.js'
import { startsSentence } from './refiner.js'

/** What follows a dateline's place: a region and a comma or date, or the dash before the text. */
// The sentence splitter may end the sentence at an abbreviated region ("ORBIT CITY, Calif.").
const AFTER_PLACE = /^(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}(?:,?\s+\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+\d{4})?\s*(?:\*\*)?\s*(?:[—–]|--)|,\s+\p{Lu}\p{Ll}{1,5}\.$|\s*(?:\*\*)?\s*(?:[—–]|--))/u

/**
 * Whether a mention written in capitals is the place of a dateline.
 *
 * @param m Mention.
 * @param text Its sentence text.
 * @returns Whether it opens the sentence in capitals before a region or a dash.
 */
export function isDatelinePlace(m: Mention, text: string): boolean {
  return !/\p{Ll}/u.test(m.surface) && startsSentence(text, m.start) && AFTER_PLACE.test(text.slice(m.end, m.end + 80))
}
