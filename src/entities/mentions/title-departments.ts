/**
 * Refiner: the department or field inside a job title is no name: "VP of
 * Bare Metal Marketing & Strategy", "Vice President, Zeta Software
 * Strategy", "Vice President, Hybrid Cloud and Developer Productivity". A
 * candidate right after a role head ("VP of", "Vice President,") and before
 * another role word ("Strategy", "Marketing", "Developer") is a part of the
 * title; so is an abstract noun right after a role word ("Developer
 * Productivity"). An organisation after the title stays ("Vice President,
 * Orbix": nothing role-like follows it; "Vice President, Orbix Labs
 * Strategy": a company suffix ends it). A candidate after a role head that
 * ends in a field ("Head of APAC Sales Engineering") is the department too.
 */
import { hasAbstractNounEnding } from '../english.js'
import type { MentionRefiner } from './refiner.js'
import { sentenceOf } from './refiner.js'

/** A role head that a title's department follows, with "of" or a comma. */
const ROLE_HEAD = /\b(?:VP|SVP|EVP|AVP|Vice[- ]President|President|Director|Head|Manager|Lead|General Manager|Chief\s+\p{Lu}\p{Ll}+\s+Officer)(?:\s+of|,)\s+$/u
/** The next word after the candidate, maybe after "and" or "&". */
const NEXT_WORD = /^\s+(?:(?:and|&)\s+)?(\p{Lu}\p{Ll}+)\b/u
/** Fields a department is named by, ending the candidate ("Head of APAC Sales Engineering"). */
const DEPARTMENT_TAIL = /\s(?:Engineering|Sales|Marketing|Operations|Strategy|Partnerships|Communications|Design|Infrastructure|Growth|Development|Relations|Success|Support)$/u

/** The capitalised word right before the candidate. */
const PREVIOUS_WORD = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+$/u

/** Drops departments and fields named inside job titles. */
export const titleDepartments: MentionRefiner = {
  id: 'title-departments',
  refine(mentions, context) {
    const roleWord = (word: string | undefined): boolean => word !== undefined && context.schema.roleWords.has(word.toLowerCase()) && !context.schema.suffixType.has(word.toLowerCase())
    return mentions.filter((m) => {
      if (m.rule === 'name-lexicon') return true
      const text = sentenceOf(m, context)
      const before = text.slice(Math.max(0, m.start - 60), m.start)
      // An organisation's name keeps its place ("Vice President, Orbit Labs Strategy": Orbit Labs is the employer).
      const last = m.surface.slice(m.surface.lastIndexOf(' ') + 1).toLowerCase()
      const organisation = context.schema.suffixType.get(last)?.type === 'Organization'
      if (!organisation && ROLE_HEAD.test(before) && roleWord(NEXT_WORD.exec(text.slice(m.end, m.end + 40))?.[1])) return false
      // A title's field may end the candidate itself: "served as Head of APAC Sales Engineering."
      if (!organisation && ROLE_HEAD.test(before) && DEPARTMENT_TAIL.test(m.surface)) return false
      return !(!m.surface.includes(' ') && hasAbstractNounEnding(m.surface) && roleWord(PREVIOUS_WORD.exec(before)?.[1]))
    })
  }
}
