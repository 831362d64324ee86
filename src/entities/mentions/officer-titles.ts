/**
 * Refiner: the parts of an officer's title are no names. The acronym of a
 * title ("Chief Legal Officer (CLO)", then "the new CLO") names a role, and
 * the field inside "Chief Legal Officer" is a word of the title, not a name
 * ("Legal" once "Chief" and "Officer" are taken as role words).
 */
import { acronymLongForm } from '../acronym.js'
import type { MentionRefiner } from './refiner.js'
import { sentenceOf } from './refiner.js'

/** A title's long form: "Chief … Officer", "Executive Director", "Vice President". */
const TITLE_LONG_FORM = /^(?:Chief\s.*\sOfficer|(?:Executive|Managing)\s+Director|Vice[- ]President)$/iu

/** Drops officer-title acronyms everywhere the document writes them, and the field inside a "Chief … Officer". */
export const officerTitles: MentionRefiner = {
  id: 'officer-titles',
  refine(mentions, context) {
    const titles = new Set<string>()
    for (const m of mentions) {
      if (!/^\p{Lu}{2,5}$/u.test(m.surface)) continue
      const long = acronymLongForm(sentenceOf(m, context), m.start, m.end)
      if (long !== undefined && TITLE_LONG_FORM.test(long.trim())) titles.add(m.surface)
    }
    return mentions.filter((m) => {
      if (m.rule === 'name-lexicon') return true
      if (titles.has(m.surface)) return false
      const text = sentenceOf(m, context)
      return !(/\bChief\s+$/u.test(text.slice(Math.max(0, m.start - 8), m.start)) && /^\s+Officer\b/u.test(text.slice(m.end, m.end + 10)))
    })
  }
}
