/**
 * Memberships as events. An organisation made up of members ("The Orbit
 * Alliance is made up of companies including …", "Orbit has members such
 * as …") owns a membership; the member lists that follow, in the same
 * sentence or the next few ("Gold members include A and B, and Silver
 * members include C"), are part of it. Tiers ("Platinum", "Gold",
 * "founding") are any word before "members".
 */
import type { EventRule } from '../compile.js'
import { alt, LIST_CUES } from './words.js'

/** Nouns for what an organisation is made up of. */
export const MEMBERSHIP_NOUNS = ['members', 'member companies', 'member organizations', 'member organisations', 'companies', 'organizations', 'organisations', 'firms', 'institutions']
/** Verbs (finite forms) and phrases by which an organisation has members. */
export const MADE_UP_OF = ['is made up of', 'are made up of', 'is comprised of', 'is composed of', 'consists of', 'comprises', 'counts', 'has', 'includes', 'boasts', 'brings together', 'unites']

const EVENT = { name: 'membership', slot: 'O' } as const
const MEMBERS = `(?:(?:[\\w-]+|\\uE000\\d+\\uE001)\\s+)?members?`

/** The rules of memberships (owners first: the matcher needs them before the members). */
export const MEMBERSHIP_EVENT_RULES: EventRule[] = [
  {
    id: 'partOf.membership-owner', predicate: 'partOf', event: { ...EVENT, role: 'owner' },
    trigger: `${alt(MADE_UP_OF)}[^.;]{0,80}?${alt(MEMBERSHIP_NOUNS)}`,
    pattern: `{O}{APPOS}\\s+(?:now\\s+)?${alt(MADE_UP_OF)}\\s+[^.;!?\\uE000]{0,60}?${alt(MEMBERSHIP_NOUNS)}(?![\\w-])`,
    confidence: 0.8, description: 'The Orbit Alliance is made up of companies … (records the membership)'
  },
  {
    id: 'partOf.membership-include', predicate: 'partOf', event: { ...EVENT, role: 'member' },
    trigger: 'members?\\s+(?:include|are|were|such as|including|like)\\s',
    // The list stops before the next tier ("A and B, and Silver members include C").
    pattern: `(?<![\\w-])${MEMBERS}\\s+(?:include|includes|included|are|were|${alt(LIST_CUES)})\\s+{S}(?!\\s+members?\\b)`,
    confidence: 0.75, description: 'Gold members include A and B'
  },
  {
    id: 'partOf.membership-listed', predicate: 'partOf', event: { ...EVENT, role: 'member' },
    trigger: `${alt(LIST_CUES)}\\s+(?:\\S+\\s+)?members?\\s`,
    pattern: `${alt(LIST_CUES)}\\s+${MEMBERS}\\s+{S}`,
    confidence: 0.75, description: 'companies including Platinum members A and B'
  }
]
