/**
 * Finder: runs of capitalised words, cleaned into name candidates (split at roles,
 * Title Case headings and sentence-initial common words).
 */
import type { Sentence } from '../../markdown/types.js'
import { bylineNames } from './byline-names.js'
import { withoutCommunityWords } from './community-words.js'
import type { MentionFinder } from './finder.js'
import { keepCandidate } from './keep-candidate.js'
import { isNamedAfterSignatureRole, isNamedBeforeRole } from './person-appositive.js'
import { isQuotedNameAfterKind } from './quoted-names.js'
import { isCommonWord, isFirstName, isFunctionWord, isLastName, isPlainNoun } from '../english.js'
import type { Mention, MentionPosition, TypeCue } from '../types.js'
import type { EntitySchema } from '../schema.js'
import { PERSON_ROLES } from '../cues.js'
import { isAcronymOf } from '../acronym.js'
import { hasNameShape, isCapitalised, type Token } from '../tokenize.js'

/**
 * Capitalised names: a byline's names, or else each sentence's capitalised
 * runs cleaned into candidates; then what only looks like a name (heading
 * words, sentence-initial capitals, quoted slogans, community words) goes.
 */
export const capitalisedNames: MentionFinder = {
  id: 'capitalised-names',
  find({ doc, schema, tokenised, lowerCaseWords, bodyCapitalised }) {
    const raw: Mention[] = []
    for (const { sentence, tokens, headline } of tokenised) {
      const byline = sentence.kind === 'paragraph' ? bylineNames(sentence) : []
      if (byline.length > 0) {
        raw.push(...byline)
        continue
      }
      const shape = { headline, firstWord: tokens[0]?.start ?? 0 }
      for (const run of capitalisedRuns(sentence, tokens, doc.source)) {
        for (const candidate of cleanRun(sentence, tokens, run, schema, bodyCapitalised, shape)) raw.push(candidate)
      }
    }
    // Jargon written with capitals in the body ("Decentralized Finance") vouches for no heading word.
    const bodyRaw = raw.filter((m) => m.position === 'body' && !schema.notNames.has(m.surface.toLowerCase()))
    const wholeNames = new Set(bodyRaw.map((m) => m.surface.toLowerCase()))
    const bodyNames = new Set(wholeNames)
    for (const m of bodyRaw) for (const w of m.surface.toLowerCase().split(' ')) bodyNames.add(w)
    // Surnames of the people named in full ("Maria Lindqvist" … "added Lindqvist"): a surname alone is a name though it reads as a word.
    const surnames = new Set<string>()
    for (const m of raw) {
      const words = m.surface.split(' ')
      const last = words[words.length - 1]!
      const lower = last.toLowerCase()
      // A suffix, role or jargon word ends names of things too ("Seven Chain"): no surname.
      if (schema.notNames.has(lower) || schema.suffixType.has(lower) || schema.roleWords.has(lower) || schema.transparent.has(lower) || !/^\p{Lu}\p{Ll}+$/u.test(last)) continue
      if (words.length >= 2 && words.length <= 3 && (m.titled || isFirstName(words[0]!) || m.cues.some((c) => c.type === 'Person'))) surnames.add(last)
    }
    return withoutCommunityWords(raw.filter((m) => (m.position === 'body' && surnames.has(m.surface)) || keepCandidate(m, doc, bodyNames, lowerCaseWords, schema, wholeNames)))
  }
}

/**
 * Maximal runs of capitalised tokens joined by single spaces (a title's dot
 * and name connectors like "of" allowed), cut after a possessive and at a
 * hard line break of the source ("Contact: Maria Lopez  ⏎ Orbit Group").
 *
 * @param sentence The sentence.
 * @param tokens Its tokens.
 * @param source The document's markdown (default: none, no line breaks read).
 * @returns Runs as token index lists.
 */
export function capitalisedRuns(sentence: Sentence, tokens: Token[], source = ''): number[][] {
  const runs: number[][] = []
  const text = sentence.text
  let i = 0
  while (i < tokens.length) {
    const first = tokens[i]!
    if (!isCapitalised(first.text)) {
      i++
      continue
    }
    const run = [i]
    let j = i
    while (j + 1 < tokens.length && !tokens[j]!.possessive) {
      const cur = tokens[j]!
      const next = tokens[j + 1]!
      const gap = text.slice(cur.outerEnd, next.start)
      const hardBreak = gap === ' ' && source !== '' && /(?: {2,}|\\)\r?\n/.test(source.slice(sentence.offsets[cur.outerEnd - 1]! + 1, sentence.offsets[next.start]!))
      const joinable = (gap === ' ' && !hardBreak) || (gap === '. ' && (/^(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr)$/.test(cur.text) || /^\p{Lu}$/u.test(cur.text))) || gap === ' & '
      if (joinable && isCapitalised(next.text)) {
        run.push(++j)
        continue
      }
      // "Bank of England": a connector between two capitalised words.
      const after = tokens[j + 2]
      // "Lopez and Associates", "Quell & Sons": a partnership's name ends so.
      if (gap === ' ' && after && next.text === 'and' && /^(?:Associates|Partners|Sons|Company)$/.test(after.text) && text.slice(next.outerEnd, after.start) === ' ') {
        run.push(j + 1, j + 2)
        j += 2
        continue
      }
      if (gap === ' ' && after && /^(?:of|de|la|von|van|der|du|da|del)$/.test(next.text) && text.slice(next.outerEnd, after.start) === ' ' && isCapitalised(after.text) && !next.possessive) {
        run.push(j + 1, j + 2)
        j += 2
        continue
      }
      // "University of Zeta at Orbit City", "University of Zeta, Lakeview)": a campus of a university system.
      const campus = universityCampus(text, tokens, run, j)
      if (campus > 0) {
        for (let k = j + 1; k <= j + campus; k++) run.push(k)
        j += campus
        continue
      }
      break
    }
    runs.push(run)
    i = j + 1
  }
  return runs
}

/** Head words of a university system whose campuses are named after it ("University of Zeta at Orbit City"). */
const UNIVERSITY_HEADS = new Set(['University', 'Université', 'Universidad', 'Universität'])

/**
 * How many tokens after `j` continue a university's name with its campus:
 * "at" and one to three capitalised words, or a comma and one or two
 * capitalised words that end the phrase (a parenthesis, a semicolon, the
 * sentence's end). Only after "University of X".
 *
 * @param text Sentence text.
 * @param tokens Its tokens.
 * @param run The run so far.
 * @param j Index of its last token.
 * @returns Tokens to add (0 when none).
 */
function universityCampus(text: string, tokens: Token[], run: number[], j: number): number {
  if (run.length < 3 || !UNIVERSITY_HEADS.has(tokens[run[0]!]!.text) || tokens[run[1]!]!.text !== 'of' || tokens[j]!.possessive) return 0
  const next = tokens[j + 1]
  if (!next) return 0
  const gap = text.slice(tokens[j]!.outerEnd, next.start)
  let k = j + 1
  if (gap === ' ' && next.text === 'at') k++
  else if (gap !== ', ') return 0
  const first = k
  while (k < tokens.length && k - first < 3 && isCapitalised(tokens[k]!.text) && (k === first || text.slice(tokens[k - 1]!.outerEnd, tokens[k]!.start) === ' ')) k++
  if (k === first) return 0
  // After a comma the campus must end the phrase: "University of Zeta, Lakeview)", not "University of Zeta, Orbit and …".
  if (gap === ', ' && (k - first > 2 || !/^\s*(?:[);]|$)/.test(text.slice(tokens[k - 1]!.outerEnd, tokens[k - 1]!.outerEnd + 2)))) return 0
  return k - 1 - j
}

/**
 * Turn a capitalised run into zero or more name candidates: strip titles
 * and roles, sentence-initial function words, split Title Case headings.
 *
 * @param sentence The sentence.
 * @param tokens Its tokens.
 * @param run Token indexes of the run.
 * @param schema Entity cues.
 * @param bodyCapitalised Words capitalised inside body sentences.
 * @param shape Whether the sentence is a headline, and where its first word starts.
 * @returns Candidates.
 */
export function cleanRun(sentence: Sentence, tokens: Token[], run: number[], schema: EntitySchema, bodyCapitalised: Set<string>, shape: { headline: boolean; firstWord: number }): Mention[] {
  let idx = [...run]
  const cues: TypeCue[] = []
  let titled = false
  const firstToken = tokens[idx[0]!]!
  // The start of a sentence, of a quotation or of what follows a colon: capitals there say nothing.
  // After a dash or bullet that opens a clause ("Thanks @dev! - Added …", "Zeta – Fixed …") and after "!" or "?" the sentence splitter left inside, too.
  // After a numbering ("#3) Making …") or an option's type ("name: (string) Provides …") as well.
  // A bounded window: a regular expression anchored at the end scans all it is given, and sentences can be long.
  const before = sentence.text.slice(Math.max(0, firstToken.start - 60), firstToken.start)
  // "the testnet, ‘Race of Nodes’": a quoted name after the kind of thing it names starts no quotation.
  const initial = isQuotedNameAfterKind(sentence.text.slice(0, firstToken.start)) ? false : firstToken.start <= shape.firstWord || /(?:["“‘:]|\s[-–—•|]|[!?])\s*$/u.test(before.slice(-4)) || (firstToken.start <= 60 && /^\W*#?\d+[.)]\s*$/u.test(before)) || /:\s*\([^()]{1,40}\)\s*$/u.test(before)
  let position: MentionPosition = shape.headline ? 'heading' : initial ? 'initial' : 'body'
  // Leading titles and role words are never part of a name ("Head of Strategy" is no name at all).
  while (idx.length > 0) {
    const word = tokens[idx[0]!]!.text
    if (schema.titles.has(word.replace(/\.$/, ''))) {
      titled = true
      idx.shift()
    } else if (isLeadingRole(tokens, idx, schema) || /^(?:of|de|la|von|van|der|du|da|del)$/.test(word)) {
      idx.shift()
    } else break
  }
  // Leading jargon is a modifier, not part of the name ("DEX Lyra"), unless
  // an acronym after the run spells it ("Parachain Auction Launch (PAL)").
  const spelled = idx.length > 1 && definedByAcronym(sentence.text, tokens[idx[0]!]!.start, tokens[idx[idx.length - 1]!]!.end)
  const unJargoned = idx.length
  while (!spelled && idx.length > 1 && schema.notNames.has(tokens[idx[0]!]!.text.toLowerCase()) && !idx.slice(1).every((k) => schema.suffixType.has(tokens[k]!.text.toLowerCase()))) idx.shift()
  // "Internet of Things": what the jargon's "of" joins is part of the jargon, no name.
  if (idx.length < unJargoned && /^(?:of|de|la|von|van|der|du|da|del)$/.test(tokens[idx[0]!]!.text)) return []
  // Trailing role words ("Zeta CEO") and a lone trailing initial are not either.
  // An organisation's head word is no role though it may read as one ("Orbit Research").
  while (idx.length > 1 && schema.roleWords.has(tokens[idx[idx.length - 1]!]!.text.toLowerCase()) && !schema.suffixType.has(tokens[idx[idx.length - 1]!]!.text.toLowerCase())) idx.pop()
  if (idx.length === 0) return []
  if (titled) cues.push({ type: 'Person', weight: 3, rule: 'ctx-person-title' })

  // "Zeta CEO Maria Lopez": a role inside the run splits it; the person after it is mid-sentence.
  let person: number[] = []
  if (position !== 'heading') {
    const parts = splitAtRole(tokens, idx)
    if (parts.length === 2) [idx, person] = parts as [number[], number[]]
    // "Orbit Foundation Executive Director Maria Lopez": the role's modifier goes with the role.
    while (person.length > 0 && idx.length > 1 && schema.roleWords.has(tokens[idx[idx.length - 1]!]!.text.toLowerCase()) && !schema.suffixType.has(tokens[idx[idx.length - 1]!]!.text.toLowerCase())) idx.pop()
  }
  // "Hope Varga, Director of Research": a person's name, though its first word is a word too.
  // A signature line reads as a Title Case headline ("–Hope Varga, Director of Research, Orbix"): the same holds there.
  if (position !== 'body' && person.length === 0 && isNamedBeforeRole(sentence.text, tokens, idx, schema)) {
    position = 'body'
    cues.push({ type: 'Person', weight: 2, rule: 'ctx-person-named-before-role' })
  } else if (position === 'heading' && person.length === 0 && isNamedAfterSignatureRole(sentence.text, tokens, idx, schema)) {
    // "– Maria Lopez, Staff Engineer @ Orbit Labs": the signature's organisation, whole.
    position = 'body'
  }
  if (position === 'initial') {
    const before = idx.length
    const unstripped = idx
    idx = stripInitialCommonWords(tokens, idx, schema)
    // "As Dr. Wood emphasizes": a title after the stripped words is no part of the name either.
    while (idx.length > 1 && schema.titles.has(tokens[idx[0]!]!.text.replace(/\.$/, ''))) {
      titled = true
      idx.shift()
    }
    if (titled && !cues.some((c) => c.rule === 'ctx-person-title')) cues.push({ type: 'Person', weight: 3, rule: 'ctx-person-title' })
    // "The Zeta network": a capital after a stripped determiner is a real name signal.
    // After plain nouns it is not: "Row Level Security" is a Title Case phrase, "Security" no name mid-sentence.
    if (idx.length < before && idx.length > 0 && !unstripped.slice(0, unstripped.indexOf(idx[0]!)).every((k) => isPlainNoun(tokens[k]!.text))) position = 'body'
  }
  const out: Mention[] = []
  if (person.length > 0) {
    const start = tokens[person[0]!]!.start
    const end = tokens[person[person.length - 1]!]!.end
    out.push({ sentence: sentence.index, start, end, surface: sentence.text.slice(start, end), rule: 'name-capitalised', cues: [{ type: 'Person', weight: 2, rule: 'ctx-person-role-inside' }], position: 'body' })
  }
  if (idx.length === 0) return out

  const groups = position === 'heading' ? splitTitleCase(tokens, idx, schema, bodyCapitalised) : [idx]
  for (const group of groups) {
    const start = tokens[group[0]!]!.start
    const end = tokens[group[group.length - 1]!]!.end
    const surface = sentence.text.slice(start, end)
    out.push({ sentence: sentence.index, start, end, surface, rule: position === 'heading' ? 'name-heading' : 'name-capitalised', cues: [...cues], position, ...(titled ? { titled } : {}) })
  }
  return out
}

/**
 * Whether the run's first word is a role before a name ("Founder Maria
 * Lopez", "Senior Editor Maria Lopez"). A word that only modifies a role
 * ("general", "senior", "business") is one only when a role word follows:
 * "General Counsel" is a role, "General Orbit" a name.
 *
 * @param tokens Sentence tokens.
 * @param idx Run token indexes.
 * @param schema Entity cues.
 * @returns Whether to drop the first word.
 */
function isLeadingRole(tokens: Token[], idx: number[], schema: EntitySchema): boolean {
  const word = tokens[idx[0]!]!.text.toLowerCase()
  if (!schema.roleWords.has(word)) return false
  if (PERSON_ROLE_HEADS.test(word)) return true
  const next = idx.length > 1 ? tokens[idx[1]!]!.text.toLowerCase() : undefined
  return next === undefined || schema.roleWords.has(next) || schema.titles.has(tokens[idx[1]!]!.text.replace(/\.$/, ''))
}

/** Role words that are a role on their own (PERSON_ROLES in cues.ts), compiled once. */
const PERSON_ROLE_HEADS = new RegExp(`^(?:${PERSON_ROLES.join('|')})$`)

/** Role acronyms that always end an organisation's name and start a person's ("Zeta CEO Maria Lopez"). */
const ROLE_ACRONYMS = /^(?:CEO|CTO|COO|CFO|CMO|CIO|CSO|CPO|VP|EVP|SVP|GM)$/
/** Role words that do the same when a two- or three-word name follows ("Zeta Co-Founder Maria Lopez"). */
const ROLE_SPLITTERS = new Set(['founder', 'co-founder', 'cofounder', 'president', 'chairman', 'chairwoman', 'director', 'spokesperson', 'analyst', 'researcher', 'editor', 'economist', 'ambassador'])

/**
 * Split a run at a role inside it: "Peaq CEO Till Wendler" is the
 * organisation "Peaq" and the person "Till Wendler", and the role between
 * them is neither.
 *
 * @param tokens Sentence tokens.
 * @param idx Run token indexes.
 * @returns One group, or the two sides of the role.
 */
function splitAtRole(tokens: Token[], idx: number[]): number[][] {
  for (let k = 1; k < idx.length - 1; k++) {
    const word = tokens[idx[k]!]!.text
    const rest = idx.length - k - 1
    // "The Executive Director of Orbit Labs": what follows the role's "of" is its organisation, no person.
    if (tokens[idx[k + 1]!]!.text === 'of') continue
    if (ROLE_ACRONYMS.test(word) || (ROLE_SPLITTERS.has(word.toLowerCase()) && rest >= 2 && rest <= 3)) return [idx.slice(0, k), idx.slice(k + 1)]
  }
  return [idx]
}

/**
 * Whether the words at `start`–`end` are followed by a parenthesised acronym
 * that spells them.
 *
 * @param text Sentence text.
 * @param start Start of the words.
 * @param end End of the words.
 * @returns Whether an acronym spells them.
 */
function definedByAcronym(text: string, start: number, end: number): boolean {
  const after = /^\s*\(([\p{Lu}\p{N}][\p{L}\p{N}]{1,7})\)/u.exec(text.slice(end))
  return after !== null && isAcronymOf(after[1]!, text.slice(start, end))
}

/**
 * At the start of a sentence a capital says nothing: drop leading common
 * words ("Moreover", "Launched", "The") unless what remains is only a
 * suffix ("Rana Network" stays whole).
 *
 * @param tokens Sentence tokens.
 * @param idx Run token indexes.
 * @param schema Entity cues.
 * @returns Remaining indexes.
 */
function stripInitialCommonWords(tokens: Token[], idx: number[], schema: EntitySchema): number[] {
  const out = [...idx]
  let determiner = false
  while (out.length > 0) {
    const word = tokens[out[0]!]!.text
    // Plurals the lexicon lacks are common words too ("Holders of ZET").
    const common = isCommonWord(word) || (/\p{Ll}s$/u.test(word) && isCommonWord(word.slice(0, -1)))
    if (hasNameShape(word) || (!common && !schema.notNames.has(word.toLowerCase()))) break
    const rest = out.slice(1)
    const restIsSuffixOnly = rest.length > 0 && rest.every((k) => schema.suffixType.has(tokens[k]!.text.toLowerCase()))
    if (restIsSuffixOnly && !isFunctionWord(word)) break
    // "The Bank of England": after a determiner, a noun joined to a name by "of" is the name's head.
    if (determiner && tokens[out[1] ?? -1]?.text === 'of' && !isFunctionWord(word)) break
    determiner = isFunctionWord(word)
    out.shift()
  }
  return out
}

/**
 * Split a Title Case heading run into the parts that are names on their
 * own: words the body text also capitalises mid-sentence, words shaped like
 * names, known first and last names; suffix words attach to them
 * ("Zeta Network Thrives" → "Zeta Network").
 *
 * @param tokens Sentence tokens.
 * @param idx Run token indexes.
 * @param schema Entity cues.
 * @param bodyCapitalised Words capitalised inside body sentences.
 * @returns Groups of token indexes.
 */
function splitTitleCase(tokens: Token[], idx: number[], schema: EntitySchema, bodyCapitalised: Set<string>): number[][] {
  const groups: number[][] = []
  let cur: number[] = []
  for (const k of idx) {
    const word = tokens[k]!.text
    // After a first name comes a surname ("Byline: Jonathan Mayers").
    const afterFirstName = cur.length > 0 && isFirstName(tokens[cur[cur.length - 1]!]!.text)
    const strong = hasNameShape(word) || bodyCapitalised.has(word) || isFirstName(word) || isLastName(word) || afterFirstName
    const suffix = schema.suffixType.has(word.toLowerCase())
    const notName = schema.notNames.has(word.toLowerCase())
    if (strong && !notName && !(suffix && cur.length === 0)) cur.push(k)
    else if (suffix && cur.length > 0) cur.push(k)
    else {
      if (cur.length) groups.push(cur)
      cur = []
    }
    if (tokens[k]!.possessive && cur.length) {
      groups.push(cur)
      cur = []
    }
  }
  if (cur.length) groups.push(cur)
  return groups
}
