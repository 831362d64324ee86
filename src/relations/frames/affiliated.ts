/** affiliatedWith: people and the organisations they work for. */
import type { Frame } from './schema.js'

/** Role nouns of people at organisations. */
export const ROLE_NOUNS = ['founder', 'co-founder', 'creator', 'ceo', 'cto', 'coo', 'cfo', 'cmo', 'cso', 'cio', 'cpo', 'ciso', 'head', 'lead', 'lead developer', 'lead engineer', 'lead researcher', 'chief', 'director', 'analyst', 'trader', 'spokesperson', 'spokesman', 'spokeswoman', 'editor', 'researcher', 'engineer', 'developer', 'manager', 'president', 'vice president', 'vice-president', 'vp', 'chair', 'chairman', 'chairwoman', 'chairperson', 'partner', 'managing partner', 'general partner', 'investor', 'advisor', 'adviser', 'professor', 'scientist', 'architect', 'officer', 'executive', 'strategist', 'evangelist', 'ambassador', 'contributor', 'maintainer', 'economist', 'member', 'representative', 'educator', 'coordinator', 'consultant', 'specialist', 'designer', 'programmer', 'organiser', 'organizer', 'treasurer', 'lawyer', 'attorney', 'advocate', 'journalist', 'reporter', 'correspondent', 'columnist', 'writer', 'author', 'host', 'co-host', 'moderator', 'brain', 'mastermind', 'principal', 'associate', 'vice president of', 'general manager', 'product manager', 'ecosystem lead', 'board member', 'employee', 'staff']
/** Role nouns that stand as a title before a name ("Parity CEO Anna Berg"). */
export const ROLE_TITLES = ['ceo', 'cto', 'coo', 'cfo', 'cmo', 'cio', 'cpo', 'head', 'director', 'president', 'chair', 'chairman', 'chairwoman', 'spokesperson', 'lead developer', 'researcher', 'engineer', 'developer', 'analyst', 'managing partner', 'general partner']

/** The affiliatedWith frame. */
export const AFFILIATED_FRAME: Frame = {
  predicate: 'affiliatedWith',
  subjectTypes: ['Person'],
  verbs: [
    { verbs: ['work', 'serve'], doer: 'S', prep: ['at', 'for'] },
    { verbs: ['join'], doer: 'S' },
    // "joined the Board of Orbit Labs": a body of the organisation stands for it.
    { verbs: ['join', 'chair', 'lead'], doer: 'S', prep: ['the board of', 'the board of directors of', 'the board of advisors of', 'the advisory board of', 'the advisory board for', 'the board for', 'the team at', 'the team of', 'the leadership of'] }
  ],
  roles: [{ nouns: ROLE_NOUNS, holder: 'S', preps: ['at', 'with', 'of', 'for', 'from', 'in'], titles: ROLE_TITLES }],
  possessive: { subjectTypes: ['Person'], objectTypes: ['Organization', 'Project', 'Network'] },
  attached: { preps: ['of', 'from', 'at'], subjectTypes: ['Person'], objectTypes: ['Organization', 'Project', 'Network'] },
  bracketed: { cues: ['board', 'advisory', 'advisors', 'advisers', 'council', 'committee', 'speakers', 'panelists', 'panellists', 'trustees', 'directors', 'steering', 'investors', 'angels', 'backers'], subjectTypes: ['Person'], objectTypes: ['Organization', 'Project', 'Network'] },
  examples: [
    { text: 'New board members: Maria Lopez (Orbit Labs) and Anna Berg (Quanta Systems).', triples: ['Anna Berg —affiliatedWith→ Quanta Systems', 'Maria Lopez —affiliatedWith→ Orbit Labs'] },
    { text: 'Maria Lopez has joined the board of the Orbit Foundation.', triples: ['Maria Lopez —affiliatedWith→ Orbit Foundation'] },
    { text: 'Maria Lopez, Partner at Orbit Capital, said so.', triples: ['Maria Lopez —affiliatedWith→ Orbit Capital'] },
    { text: 'Quanta CEO Anna Berg spoke.', triples: ['Anna Berg —affiliatedWith→ Quanta'] },
    { text: 'Matt Stone, Director of Investments at Orbit Capital, said so.', triples: ['Matt Stone —affiliatedWith→ Orbit Capital'] },
    // A title before a name is that name's: a list of organisations does not start with its holder.
    { text: 'Orbit Labs CEO Ben Dale and Quanta Alliance cofounder Anna Berg spoke.', triples: ['Ben Dale —affiliatedWith→ Orbit Labs'] },
    { text: '“We grow.” –Matt Dane, CIO, Orbit Capital', triples: ['Matt Dane —affiliatedWith→ Orbit Capital'] },
    // In signatures and profiles "@" stands for "at".
    { text: '“We love it.”\n\n– Maria Lopez, Staff Engineer @ Quanta Systems\n', triples: ['Maria Lopez —affiliatedWith→ Quanta Systems'] },
    // The role and its organisation in brackets after the name, as in lists of angel investors.
    { text: 'Angels include Maria Lopez (CTO, Quanta Systems) and John Carter (Head of Product, Orbit Labs).', triples: ['John Carter —affiliatedWith→ Orbit Labs', 'Maria Lopez —affiliatedWith→ Quanta Systems'] }
  ]
}
