import type { RelationRule } from '../../schema.js'
import { ADVERB, alt, PASSIVE_AUXILIARIES } from '../constructions/words.js'
import { ROLE_NOUNS } from '../frames/affiliated.js'
import { TESTNET_NOUNS } from '../frames/testnet.js'

/**
 * Pattern macros shared by relation rules. A rule pattern is a regular
 * expression (case-insensitive) over the sentence with mentions masked;
 * these macros keep the rule files readable. See the README, "Rules".
 */

/** Role nouns for people ("head", "lead developer", "CEO"): the affiliatedWith frame's, kept there once. */
export const ROLE = alt(ROLE_NOUNS)

/** Nouns that call a network another network's test network: the testnetOf frame's, kept there once. */
export const TESTNET = alt(TESTNET_NOUNS)

/** Macros expanded inside every pattern. */
export const MACROS: Record<string, string> = {
  // An optional parenthetical between a subject and its verb: ", geared towards X,"; it crosses
  // no name, except a former name (", formerly known as Y,").
  APPOS: '(?:\\s*,[^.;:!?\\uE000\\uE001]{1,80}?,|\\s*,\\s+(?:formerly|previously)\\s+[^.;:!?,]{1,60}?,)?',
  // A bounded gap inside the sentence (may cross names).
  GAP: '[^.;!?"“”]{0,120}?',
  // A short gap of plain words (crosses no name).
  WORDS: '(?:[^\\s\\uE000\\uE001.,;:!?]+\\s+){0,4}?',
  ROLE,
  TESTNET,
  // After "parachain": not a candidate for one ("a Zeta parachain candidate", "parachain slot").
  NOTCANDIDATE: '(?!\\s+(?:candidates?|hopefuls?|contenders?|bids?|bidders?|slots?|auctions?|crowdloans?|teams?|projects?))',
  // Auxiliaries before a participle.
  AUX: `(?:${alt(PASSIVE_AUXILIARIES)}\\s+)?(?:${ADVERB}\\s+)?`,
  // Perfect/aspect before an active verb.
  HAVE: `(?:(?:has|have|had|${ADVERB})\\s+){0,2}`
}

/**
 * Give every rule of a family the family's trigger (unless a rule has its own).
 *
 * @param trigger Keyword regular expression the sentence must contain.
 * @param rules Rules of one family.
 * @returns The rules with the trigger set.
 */
export function withTrigger(trigger: string, rules: RelationRule[]): RelationRule[] {
  return rules.map((rule) => ({ trigger, ...rule }))
}
