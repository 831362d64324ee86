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
/** The same membership seen from its founders: the owner is what they founded (the subject of foundedBy). */
const FOUNDING = { name: 'membership', slot: 'S' } as const
const MEMBERS = `(?:(?:[\\w-]+|\\uE000\\d+\\uE001)\\s+)?members?`
/** Nouns for organisations that have members ("X is a newly formed alliance"). */
export const MEMBER_BODY_NOUNS = ['alliance', 'consortium', 'coalition', 'community', 'foundation', 'association', 'federation', 'collective', 'cooperative', 'co-operative', 'nonprofit', 'non-profit', 'trade group', 'industry group', 'working group', 'standards body']
/** Tiers of members that founded the organisation ("founding members", "an incorporating member"). */
export const FOUNDING_TIERS = ['founding', 'co-founding', 'charter', 'incorporating']
/** Tiers of members ("new members A and B", "premier member"). */
export const MEMBER_TIERS = [...FOUNDING_TIERS, 'new', 'premier', 'general', 'associate', 'strategic', 'platinum', 'gold', 'silver', 'bronze', 'sustaining', 'contributing']
/** A copula before a bare membership ("A, B and C are founding members."). */
const ARE = '(?:are|were|is|was|(?:have|has)\\s+become|became|(?:is|are)\\s+(?:thrilled|pleased|proud|excited|happy|delighted|honou?red)\\s+to\\s+be)'
/** The end of a clause: nothing names what the members belong to. */
const CLAUSE_END = '(?=\\s*(?:[.;!]|$)|\\s+and\\s+(?:to|has|have|is|are|was|were|will)\\s)'

/** The rules of memberships (owners first: the matcher needs them before the members). */
export const MEMBERSHIP_EVENT_RULES: EventRule[] = [
  {
    id: 'partOf.membership-owner', predicate: 'partOf', event: { ...EVENT, role: 'owner' },
    trigger: `${alt(MADE_UP_OF)}[^.;]{0,80}?${alt(MEMBERSHIP_NOUNS)}`,
    pattern: `{O}{APPOS}\\s+(?:now\\s+)?${alt(MADE_UP_OF)}\\s+[^.;!?\\uE000]{0,60}?${alt(MEMBERSHIP_NOUNS)}(?![\\w-])`,
    confidence: 0.8, description: 'The Orbit Alliance is made up of companies … (records the membership)'
  },
  {
    // "The Orbit Alliance is a newly formed open source community …": an organisation that has members.
    id: 'partOf.membership-body', predicate: 'partOf', event: { ...EVENT, role: 'owner' },
    trigger: `(?<![a-z])${alt(MEMBER_BODY_NOUNS)}(?![a-z-])`,
    pattern: `{O}{APPOS}\\s+(?:is|was)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,4}?${alt(MEMBER_BODY_NOUNS)}(?![\\w-])`,
    confidence: 0.8, description: 'The Orbit Alliance is a newly formed community (records the membership)'
  },
  {
    // "Orbit Labs joins the Zeta Alliance" (also in a title): what is joined has members.
    id: 'partOf.membership-joined', predicate: 'partOf', event: { ...EVENT, role: 'owner' },
    trigger: '(?<![a-z])(?:re)?join',
    pattern: `(?:re)?(?:join|joins|joined|joining)\\s+(?:the\\s+)?{O!}(?!\\s+(?:in|on|to)\\s)`,
    confidence: 0.8, description: 'joins the Orbit Alliance (records the membership)'
  },
  {
    // "Orbix, Zetacorp and Lumo are founding members.": members of the membership before, else of the publisher.
    id: 'partOf.membership-bare', predicate: 'partOf', event: { ...EVENT, role: 'member' }, publisherSlot: 'O',
    trigger: 'members?\\s*(?:[.;!]|$)',
    pattern: `{S}\\s+${ARE}\\s+(?:now\\s+)?(?:the\\s+|an?\\s+)?(?:${alt(MEMBER_TIERS)}\\s+)?members?${CLAUSE_END}`,
    confidence: 0.7, description: 'A, B and C are founding members.'
  },
  {
    id: 'foundedBy.membership-bare', predicate: 'foundedBy', event: { ...FOUNDING, role: 'member' }, publisherSlot: 'S',
    trigger: 'members?\\s*(?:[.;!]|$)',
    pattern: `{O}\\s+${ARE}\\s+(?:the\\s+|an?\\s+)?${alt(FOUNDING_TIERS)}\\s+members?${CLAUSE_END}`,
    confidence: 0.7, description: 'A, B and C are founding members. (founders of the membership before)'
  },
  {
    // "… alongside new members A, B and C", "founding members A and B said": the tier names the members.
    id: 'partOf.membership-tier', predicate: 'partOf', event: { ...EVENT, role: 'member' }, publisherSlot: 'O',
    trigger: `${alt(MEMBER_TIERS)}\\s+members\\s`,
    pattern: `(?<![\\w-])${alt(MEMBER_TIERS)}\\s+members,?\\s+{S}(?!\\s+(?:of|in|at|to)\\s)`,
    confidence: 0.7, description: 'alongside new members A and B'
  },
  {
    id: 'foundedBy.membership-tier', predicate: 'foundedBy', event: { ...FOUNDING, role: 'member' }, publisherSlot: 'S',
    trigger: `${alt(FOUNDING_TIERS)}\\s+members\\s`,
    pattern: `(?<![\\w-])${alt(FOUNDING_TIERS)}\\s+members,?\\s+{O}(?!\\s+(?:of|in|at|to)\\s)`,
    confidence: 0.7, description: 'founding members A and B'
  },
  {
    // "… is announcing that Orbit Labs has joined as a premier member": joined what the membership before names.
    id: 'partOf.membership-joined-as', predicate: 'partOf', event: { ...EVENT, role: 'member' }, publisherSlot: 'O',
    trigger: 'join(?:s|ed)?\\s+as\\s',
    pattern: `{S}\\s+(?:has\\s+|have\\s+)?(?:re)?(?:joined|joins)\\s+as\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?members?(?![\\w-])`,
    confidence: 0.7, description: 'Orbit Labs has joined as a premier member'
  },
  {
    // "Orbit Labs is joining the Zeta Alliance as a founding member".
    id: 'foundedBy.membership-joined-founding', predicate: 'foundedBy',
    trigger: `join[a-z]*\\s[^.;]*?\\sas\\s+(?:an?\\s+)?${alt(FOUNDING_TIERS)}\\s`,
    pattern: `{O}\\s+(?:(?:is|are|was|were|has|have)\\s+)?(?:(?:excited|pleased|proud|thrilled|happy)\\s+to\\s+)?(?:join|joins|joined|joining)\\s+(?:the\\s+)?{S!}\\s+as\\s+(?:a|an)\\s+${alt(FOUNDING_TIERS)}\\s+member`,
    confidence: 0.75, description: 'Orbit Labs is joining the Zeta Alliance as a founding member'
  },
  {
    // "Orbit Foundation projects include A and B", "Orbit Foundation projects are critical to … including A, B": an organisation's projects.
    id: 'partOf.organisation-projects', predicate: 'partOf', subjectTypes: ['Project', 'Organization'], objectTypes: ['Organization'],
    trigger: `(?<![a-z])(?:projects|programs|programmes)\\s[^.;]*?(?:${alt([...LIST_CUES, 'include', 'includes', 'included'])})\\s`,
    pattern: `{O!}\\s+(?:hosted\\s+|member\\s+|open\\s+source\\s+)?(?:projects|programs|programmes)\\s+(?:[^\\uE000.;:!?]{0,80}?\\s+)?(?:${alt([...LIST_CUES, 'include', 'includes', 'included'])}),?\\s+{S}`,
    confidence: 0.7, description: 'Orbit Foundation projects include A and B'
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

/**
 * Founding members are members too: "Y, a founding member of X", "As an incorporating member of X, Y". The
 * foundedBy role rules reduce these appositives to Y, so these run before any rule rewrites the sentence.
 */
export const FOUNDING_MEMBER_RULES: EventRule[] = [
  {
    id: 'partOf.founding-member-after', predicate: 'partOf', trigger: `${alt(FOUNDING_TIERS)}\\s+members?\\s+of\\s`,
    pattern: `{S},\\s+(?:an?\\s+|the\\s+|one\\s+of\\s+the\\s+)?${alt(FOUNDING_TIERS)}\\s+members?\\s+of\\s+(?:the\\s+)?{O}`,
    confidence: 0.8, description: 'Y, a founding member of X'
  },
  {
    id: 'partOf.founding-member-before', predicate: 'partOf', trigger: `${alt(FOUNDING_TIERS)}\\s+members?\\s+of\\s`,
    pattern: `(?:an?|the|one\\s+of\\s+the)\\s+${alt(FOUNDING_TIERS)}\\s+members?\\s+of\\s+(?:the\\s+)?{O},\\s+(?:the\\s+)?{S}`,
    confidence: 0.8, description: 'As an incorporating member of X, Y …'
  }
]
