/**
 * Refiner: a common noun that starts a sentence and runs into a name
 * ("Startup Zetex Markets raised …", "Exchange Orbitex listed …",
 * "Analyst Maria Lopez said …"). The noun says what the name is; it is no
 * part of it. So is an action noun before "of" ("Implementation of Zeta
 * Sync"). Also a role's complement read as a name ("Director of
 * Investments at Orbit" gives "Investments").
 */
import { isCommonWord } from '../english.js'
import type { Mention } from '../types.js'
import type { MentionRefiner } from './refiner.js'
import { narrow, sentenceOf, startsSentence } from './refiner.js'

/** Nouns that introduce a name at the start of a sentence (lower case). */
export const INTRODUCING_NOUNS = new Set([
  'startup', 'start-up', 'exchange', 'firm', 'company', 'fintech', 'investor', 'investors', 'developer', 'developers',
  'analyst', 'analysts', 'lender', 'marketplace', 'blockchain', 'layer-1', 'layer-2', 'rollup', 'dex', 'neobank',
  'broker', 'brokerage', 'custodian', 'issuer', 'founder', 'co-founder', 'cofounder', 'trader', 'economist',
  'researcher', 'researchers', 'entrepreneur', 'billionaire', 'regulator', 'miner', 'insurer', 'incubator', 'publisher'
])

/** Role words whose "of" complement is a department, not a name ("Head of Growth"). */
const ROLE_OF = /\b(?:director|head|vp|vice president|chief|manager|lead|officer|partner|professor|minister|secretary)\s+of\s+$/i

/** An action noun and "of" before a name ("Implementation of Zeta Sync", "Launch of Omicron"). */
const ACTION_OF = /^(\p{Lu}\p{Ll}+(?:tion|sion|ment|ance|ence|ure|ing)|Launch|Release|Rollout|Adoption|Integration) of (?=\p{Lu})/u

/** Cuts a sentence-initial introducing noun or action noun off a name; drops a role's complement. */
export const initialRole: MentionRefiner = {
  id: 'initial-role',
  refine(mentions, context) {
    const out: Mention[] = []
    for (const m of mentions) {
      const text = sentenceOf(m, context)
      const words = m.surface.split(' ')
      // "Director of Investments at Orbit": a one-word complement of a role that the document writes in lower case too, or a common word.
      if (words.length === 1 && ROLE_OF.test(text.slice(Math.max(0, m.start - 40), m.start)) && (isCommonWord(m.surface) || context.lowerCaseWords.has(m.surface.toLowerCase()) || /^\p{Lu}\p{Ll}+s$/u.test(m.surface))) continue
      // "Readers of Zeta News …" at the start of a sentence: a plural noun is no name's head.
      const action = ACTION_OF.exec(m.surface) ?? (startsSentence(text, m.start) ? /^(\p{Lu}\p{Ll}+s) of (?=\p{Lu})/u.exec(m.surface) : null)
      if (action && !context.schema.suffixType.has(action[1]!.toLowerCase())) {
        out.push({ ...narrow(m, text, m.start + action[0].length, m.end), position: 'body' })
        continue
      }
      // What follows must be a name of its own, not only a suffix ("Exchange Labs" stays whole).
      const rest = words.slice(1)
      const nameFollows = rest.length > 0 && /^\p{Lu}/u.test(rest[0]!) && !rest.every((w) => context.schema.suffixType.has(w.toLowerCase()))
      if (!nameFollows || !startsSentence(text, m.start) || !INTRODUCING_NOUNS.has(words[0]!.toLowerCase())) {
        out.push(m)
        continue
      }
      const start = m.start + words[0]!.length + 1
      out.push({ ...narrow(m, text, start, m.end), position: 'body' })
    }
    return out
  }
}
