/**
 * Refiner: a month name that ends a candidate and is followed by a day
 * number belongs to a date, not to the name before it ("Zug, Vaud
 * November 12, 2019" gives "Vaud", not "Vaud November"). A name that is
 * only the month goes too: the date readers handle dates. So does a season
 * capitalised before a year ("Orbix's Winter 2020 batch").
 */
import { ANY_MONTH } from '../../markdown/months.js'
import type { MentionRefiner } from './refiner.js'
import { narrow, sentenceOf } from './refiner.js'

/** A month name closing the candidate, with the space before it. */
const TRAILING_MONTH = new RegExp(`\\s+(?:${ANY_MONTH})$`)
/** A day number right after the candidate ("12," "3rd"), not a year or a version. */
const DAY_AFTER = /^\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![.:/]\d)/

/** A season, capitalised before a year as in "Winter 2020 batch", "Summer 2021 cohort". */
const SEASON = /^(?:Winter|Spring|Summer|Fall|Autumn)$/u
/** A year right after the candidate. */
const YEAR_AFTER = /^\s+(?:19|20)\d\d\b/u

/** Trims a month name (and the date it starts) off the end of a name; drops a season named before a year. */
export const trailingDate: MentionRefiner = {
  id: 'trailing-date',
  refine(mentions, context) {
    return mentions.flatMap((m) => (SEASON.test(m.surface) && m.rule !== 'name-lexicon' && YEAR_AFTER.test(sentenceOf(m, context).slice(m.end, m.end + 6)) ? [] : [m])).map((m) => {
      if (m.rule === 'name-lexicon') return m
      const month = TRAILING_MONTH.exec(m.surface)
      if (!month) return m
      const text = sentenceOf(m, context)
      if (!DAY_AFTER.test(text.slice(m.end, m.end + 8))) return m
      return narrow(m, text, m.start, m.start + month.index)
    })
  }
}
