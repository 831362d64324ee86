/**
 * Refiner: pieces of names and of titles kept on their own are no names:
 * a role ("Chairperson", "Vice-Chair", "Members"), an organisation suffix
 * cut from its name ("Technologies", "Labs"), a membership tier
 * ("Platinum", "Silver Members"). A body's head word that stands for one
 * body ("the Council") stays: resolution decides it.
 */
import type { MentionRefiner } from './refiner.js'

/** Tiers of membership and sponsorship ("Gold members", "Platinum sponsors"). */
const TIERS = /^(?:platinum|gold|silver|bronze|diamond|premier|founding|strategic)(?: (?:members?|sponsors?|partners?|tiers?|levels?))?$/

/** Roles the role-word list holds as parts only ("vice", "chair"), written as one word. */
const COMPOUND_ROLE = /^(?:vice|co|deputy|assistant|acting|interim)-?(?:chair(?:man|woman|person)?|president|lead|director|founder)$|^chair(?:man|woman|person)$/

/** Drops roles, lone suffixes and membership tiers. */
export const namePieces: MentionRefiner = {
  id: 'name-pieces',
  refine(mentions, context) {
    const { schema } = context
    return mentions.filter((m) => {
      if (m.rule === 'name-lexicon') return true
      const lower = m.surface.toLowerCase()
      if (TIERS.test(lower) || COMPOUND_ROLE.test(lower)) return false
      if (lower.includes(' ')) return true
      if (schema.roleWords.has(lower) || schema.roleWords.has(lower.replace(/s$/, ''))) return false
      return !(schema.suffixType.get(lower)?.type === 'Organization' && !schema.headAliasWords.has(lower))
    })
  }
}
