/**
 * Refiner: a handle written with "@" ("follow us on Twitter (@ZetaProtocol)",
 * "– Maria Quell, Staff Engineer @ Orbix" is no handle: a space follows the
 * sign) is an account name, not a name of its own: it goes.
 */
import type { MentionRefiner } from './refiner.js'
import { sentenceOf } from './refiner.js'

/** Drops candidates glued to an "@" before them. */
export const socialHandles: MentionRefiner = {
  id: 'social-handles',
  refine(mentions, context) {
    return mentions.filter((m) => m.rule === 'name-lexicon' || !/(?:^|[\s(])@$/u.test(sentenceOf(m, context).slice(Math.max(0, m.start - 2), m.start)))
  }
}
