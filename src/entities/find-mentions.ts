/**
 * Name finder: capitalised word sequences, lower-case names introduced by an
 * appositive, tickers; then refiners that drop what only looks like a name
 * (Title Case headings, sentence-initial capitals, jargon, quoted slogans).
 */
import type { MarkdownDocument, Sentence } from '../markdown/types.js'
import { isCommonWord, isFirstName, isFunctionWord, isLastName, isLikelyNotNoun, isPlaceName, isVerbFormOnly, lexiconTags, notNounClass } from './english.js'
import { hasNameShape, isAllCaps, isCapitalised, tokenize, type Token } from './tokenize.js'
import type { Mention, MentionPosition, TypeCue } from './types.js'
import type { EntitySchema } from './schema.js'
import { acronymLongForm, isAcronymOf } from './acronym.js'
import { codeIdentifiers } from './mentions/code-identifiers.js'
import { compoundParts } from './mentions/compound-parts.js'
import { coordinatedNames } from './mentions/coordinated-names.js'
import { currencyPrefix } from './mentions/currency-prefix.js'
import { gluedWords } from './mentions/glued-words.js'
import { initialRole } from './mentions/initial-role.js'
import { licenceWords } from './mentions/licence-words.js'
import { placeFragment } from './mentions/place-fragment.js'
import type { MentionRefiner } from './mentions/refiner.js'
import { sentenceEnd } from './mentions/sentence-end.js'
import { shoutedWords } from './mentions/shouted-words.js'
import { titleCaseJargon } from './mentions/title-case-jargon.js'

/**
 * Refiners for names that only look like names, in order (chrono's
 * configuration is the model: each takes and returns the candidates).
 */
export const REFINERS: MentionRefiner[] = [
  // Spans first: a candidate cut wrongly is fixed before anything judges its words.
  // A name across a sentence end splits before "&" and "of" are looked at inside it.
  sentenceEnd,
  coordinatedNames,
  compoundParts,
  // Glued words need the document's other names, which the splits above may have freed.
  gluedWords,
  placeFragment,
  // Then words: after the spans are right, drop or trim what is no name.
  currencyPrefix,
  initialRole,
  licenceWords,
  codeIdentifiers,
  shoutedWords,
  // Last: jargon is judged on the final words of each candidate.
  titleCaseJargon
]

/** Quote characters that may enclose a name or a slogan. */
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»'])
/**
 * What may follow a sentence-initial word to say it is a name: a possessive,
 * an appositive, a coordination with another name, a role or a head noun,
 * a copula introducing a description, a verb of what organisations do.
 */
const NAME_FOLLOWS = /^(?:['’]s\b|,\s+(?:developed|built|created|founded|co-founded|launched|backed|incubated|formerly|previously|also known)\s|\s+\([\p{Lu}\p{N}]{2,8}\)|\s+(?:CEO|CTO|COO|CFO|CMO|Co-?[Ff]ounder|Founder)\b|,\s+(?:a|an|the)\s|,\s+\p{Lu}|\s+(?:and|&)\s+\p{Lu}|\s+(?:co-?founder|founder|ceo|cto|team|network|protocol|token|parachain|chain|council|treasury|foundation)\b|\s+(?:is|was|remains|became)\s+(?:a|an|the|\p{Lu}[\p{L}\p{N}-]*['’]s)\s|\s+(?:has\s+|have\s+)?(?:launched|launches|announced|announces|introduced|unveiled|unveils|released|partnered|acquired|raised|secured|won|deployed|integrated|joined|founded|co-founded|emerged\s+as|revealed|unveiled|completed|received|expanded|debuted|rolled\s+out|went\s+live|will|plans|(?:is|was|are|were|has\s+been)\s+(?:built|developed|backed|funded|powered|based|maintained|operated|acquired|founded|launched|deployed|live|now))\s)/u

/** A person's name in a byline: two to four capitalised words. */
const BYLINE_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}"
/**
 * A byline paragraph: a cue and one or more names, alone or before a role
 * ("By Emma Foster | Senior Editor", "Written by A and B", "Author: A"), or
 * a name alone in parentheses ("(Emma Foster)"). Group 1 or 2 holds the
 * names. Capitals there name people even where a first name is an English
 * word ("By Lily Turner").
 */
const BYLINE = new RegExp(
  `^(?:(?:By|BY|Written by|Words by|Reported by|Authors?:|Byline:)\\s+(${BYLINE_NAME}(?:\\s+(?:and|&)\\s+${BYLINE_NAME})*)\\s*(?:$|[|,(–—-])|\\((${BYLINE_NAME})\\)$)`,
  'u'
)

/** Words before a quoted name that say it is a name ("under the name "Lyra""). */
const NAMING_CUE = /\b(?:name|named|called|dubbed|known as|codenamed|branded|titled|nicknamed)\s*[,:]?\s*$/i

/**
 * Find entity mentions in every sentence of a document.
 *
 * @param doc Parsed document.
 * @param schema Entity cues (suffixes, jargon, roles, lexicon).
 * @returns Mentions in document order, non-overlapping within a sentence.
 */
export function findMentions(doc: MarkdownDocument, schema: EntitySchema): Mention[] {
  // Each sentence is tokenised once and its headline shape decided once; every pass below reuses them.
  const tokenised = doc.sentences.map((sentence) => {
    const tokens = tokenize(sentence.text)
    return { sentence, tokens, headline: sentence.kind === 'heading' || isTitleCase(tokens, sentence) }
  })
  const { lowerCaseWords, bodyCapitalised } = collectWordUse(tokenised)
  const raw: Mention[] = []
  for (const { sentence, tokens, headline } of tokenised) {
    const byline = sentence.kind === 'paragraph' ? bylineNames(sentence) : []
    if (byline.length > 0) {
      raw.push(...byline)
      continue
    }
    const shape = { headline, firstWord: tokens[0]?.start ?? 0 }
    for (const run of capitalisedRuns(sentence, tokens)) {
      for (const candidate of cleanRun(sentence, tokens, run, schema, bodyCapitalised, shape)) raw.push(candidate)
    }
  }
  const lowerNames = findLowerCaseNames(tokenised, schema)
  // Jargon written with capitals in the body ("Decentralized Finance") vouches for no heading word.
  const bodyRaw = raw.filter((m) => m.position === 'body' && !schema.notNames.has(m.surface.toLowerCase()))
  const bodyNames = new Set(bodyRaw.map((m) => m.surface.toLowerCase()))
  for (const m of bodyRaw) for (const w of m.surface.toLowerCase().split(' ')) bodyNames.add(w)
  const kept = withoutCommunityWords(raw.filter((m) => keepCandidate(m, doc, bodyNames, lowerCaseWords, schema)))
  const possessed = findPossessedBodies(doc, kept, schema)
  const known = findLexiconNames(tokenised, schema)
  const jargon = jargonAcronyms(doc)
  let candidates = withoutOverlaps([...known, ...kept, ...lowerNames, ...possessed]).filter((m) => m.rule === 'name-lexicon' || !jargon.has(m.surface))
  const context = { doc, schema, names: new Set(candidates.map((m) => m.surface)), lowerCaseWords }
  for (const refiner of REFINERS) candidates = refiner.refine(candidates, context)
  return candidates
    // A refiner may leave jargon ("Series A" split off a name); a body's head word ("the Council") stays.
    .filter((m) => {
      const lower = (m.name ?? m.surface).toLowerCase()
      return m.surface.length > 0 && (!schema.notNames.has(lower) || schema.headAliasWords.has(lower))
    })
    .map((m) => {
      const text = doc.sentences[m.sentence]!.text
      return { ...m, cues: [...m.cues, ...shapeCues(m, schema, acronymLongForm(text, m.start, m.end) !== undefined, text)] }
    })
}

/**
 * Names of the user's lexicon, wherever they are written as in the lexicon
 * (same case, whole words): a known name is found even where capitals say
 * nothing ("Orbit Labs" at the start of a sentence, where "Orbit" is an
 * English word).
 *
 * @param tokenised Sentences and their tokens.
 * @param schema Entity cues (the lexicon).
 * @returns Mentions, longest name first at each word.
 */
function findLexiconNames(tokenised: Array<{ sentence: Sentence; tokens: Token[] }>, schema: EntitySchema): Mention[] {
  const out: Mention[] = []
  if (schema.lexiconNames.size === 0) return out
  for (const { sentence, tokens } of tokenised) {
    for (let i = 0; i < tokens.length; i++) {
      for (let n = Math.min(schema.lexiconMaxWords, tokens.length - i); n >= 1; n--) {
        const start = tokens[i]!.start
        const end = tokens[i + n - 1]!.end
        const surface = sentence.text.slice(start, end)
        if (!schema.lexiconNames.has(surface)) continue
        out.push({ sentence: sentence.index, start, end, surface, rule: 'name-lexicon', cues: [], position: 'body' })
        i += n - 1
        break
      }
    }
  }
  return out
}

/**
 * Maximal runs of capitalised tokens joined by single spaces (a title's dot
 * and name connectors like "of" allowed), cut after a possessive.
 *
 * @param sentence The sentence.
 * @param tokens Its tokens.
 * @returns Runs as token index lists.
 */
function capitalisedRuns(sentence: Sentence, tokens: Token[]): number[][] {
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
      const joinable = gap === ' ' || (gap === '. ' && (/^(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr)$/.test(cur.text) || /^\p{Lu}$/u.test(cur.text))) || gap === ' & '
      if (joinable && isCapitalised(next.text)) {
        run.push(++j)
        continue
      }
      // "Bank of England": a connector between two capitalised words.
      const after = tokens[j + 2]
      if (gap === ' ' && after && /^(?:of|de|la|von|van|der|du|da|del)$/.test(next.text) && text.slice(next.outerEnd, after.start) === ' ' && isCapitalised(after.text) && !next.possessive) {
        run.push(j + 1, j + 2)
        j += 2
        continue
      }
      break
    }
    runs.push(run)
    i = j + 1
  }
  return runs
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
function cleanRun(sentence: Sentence, tokens: Token[], run: number[], schema: EntitySchema, bodyCapitalised: Set<string>, shape: { headline: boolean; firstWord: number }): Mention[] {
  let idx = [...run]
  const cues: TypeCue[] = []
  let titled = false
  const firstToken = tokens[idx[0]!]!
  // The start of a sentence, of a quotation or of what follows a colon: capitals there say nothing.
  // After a dash or bullet that opens a clause ("Thanks @dev! - Added …", "Zeta – Fixed …") and after "!" or "?" the sentence splitter left inside, too.
  // After a numbering ("#3) Making …") or an option's type ("name: (string) Provides …") as well.
  // A bounded window: a regular expression anchored at the end scans all it is given, and sentences can be long.
  const before = sentence.text.slice(Math.max(0, firstToken.start - 60), firstToken.start)
  const initial = firstToken.start <= shape.firstWord || /(?:["“‘:]|\s[-–—•|]|[!?])\s*$/u.test(before.slice(-4)) || (firstToken.start <= 60 && /^\W*#?\d+[.)]\s*$/u.test(before)) || /:\s*\([^()]{1,40}\)\s*$/u.test(before)
  let position: MentionPosition = shape.headline ? 'heading' : initial ? 'initial' : 'body'
  // Leading titles and role words are never part of a name ("Head of Strategy" is no name at all).
  while (idx.length > 0) {
    const word = tokens[idx[0]!]!.text
    if (schema.titles.has(word.replace(/\.$/, ''))) {
      titled = true
      idx.shift()
    } else if (schema.roleWords.has(word.toLowerCase()) || /^(?:of|de|la|von|van|der|du|da|del)$/.test(word)) {
      idx.shift()
    } else break
  }
  // Leading jargon is a modifier, not part of the name ("DEX Lyra"), unless
  // an acronym after the run spells it ("Parachain Auction Launch (PAL)").
  const spelled = idx.length > 1 && definedByAcronym(sentence.text, tokens[idx[0]!]!.start, tokens[idx[idx.length - 1]!]!.end)
  while (!spelled && idx.length > 1 && schema.notNames.has(tokens[idx[0]!]!.text.toLowerCase()) && !idx.slice(1).every((k) => schema.suffixType.has(tokens[k]!.text.toLowerCase()))) idx.shift()
  // Trailing role words ("Zeta CEO") and a lone trailing initial are not either.
  while (idx.length > 1 && schema.roleWords.has(tokens[idx[idx.length - 1]!]!.text.toLowerCase())) idx.pop()
  if (idx.length === 0) return []
  if (titled) cues.push({ type: 'Person', weight: 3, rule: 'ctx-person-title' })

  // "Zeta CEO Maria Lopez": a role inside the run splits it; the person after it is mid-sentence.
  let person: number[] = []
  if (position !== 'heading') {
    const parts = splitAtRole(tokens, idx)
    if (parts.length === 2) [idx, person] = parts as [number[], number[]]
  }
  if (position === 'initial') {
    const before = idx.length
    idx = stripInitialCommonWords(tokens, idx, schema)
    // "As Dr. Wood emphasizes": a title after the stripped words is no part of the name either.
    while (idx.length > 1 && schema.titles.has(tokens[idx[0]!]!.text.replace(/\.$/, ''))) {
      titled = true
      idx.shift()
    }
    if (titled && !cues.some((c) => c.rule === 'ctx-person-title')) cues.push({ type: 'Person', weight: 3, rule: 'ctx-person-title' })
    // "The Zeta network": a capital after a stripped determiner is a real name signal.
    if (idx.length < before) position = 'body'
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
 * The people a byline paragraph names, whole ("By Lily Turner and Mark
 * Stone"); none when the paragraph is not a byline.
 *
 * @param sentence A paragraph's sentence.
 * @returns Person mentions.
 */
function bylineNames(sentence: Sentence): Mention[] {
  const m = BYLINE.exec(sentence.text)
  const names = m?.[1] ?? m?.[2]
  if (!m || !names) return []
  const at = m.index + m[0].indexOf(names)
  const out: Mention[] = []
  for (const part of names.matchAll(new RegExp(BYLINE_NAME, 'gu'))) {
    const start = at + part.index
    const end = start + part[0].length
    out.push({ sentence: sentence.index, start, end, surface: part[0], rule: 'name-byline', cues: [{ type: 'Person', weight: 3, rule: 'ctx-person-byline' }], position: 'body' })
  }
  return out
}

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
 * Acronyms a document defines with a lower-case long form ("cross-chain
 * message passing (XCMP)", "nominated proof-of-stake (NPoS)"): the writer
 * treats the thing as a common noun, so the acronym is jargon, not a name,
 * wherever the document uses it.
 *
 * @param doc Document.
 * @returns Acronyms as written.
 */
function jargonAcronyms(doc: MarkdownDocument): Set<string> {
  const out = new Set<string>()
  for (const s of doc.sentences) {
    if (!s.text.includes('(')) continue
    for (const m of s.text.matchAll(/\(([\p{Lu}\p{N}][\p{L}\p{N}]{1,7})\)/gu)) {
      const start = m.index + 1
      const long = acronymLongForm(s.text, start, start + m[1]!.length)
      if (long && /^\p{Ll}/u.test(long)) out.add(m[1]!)
    }
    for (const m of s.text.matchAll(/(?<![\p{L}\p{N}])([\p{Lu}\p{N}][\p{L}\p{N}]{1,7})\s*\(\p{Ll}/gu)) {
      const long = acronymLongForm(s.text, m.index, m.index + m[1]!.length)
      if (long && /^\p{Ll}/u.test(long)) out.add(m[1]!)
    }
  }
  return out
}

/**
 * Whether a sentence is written in Title Case (a headline in a paragraph:
 * "Headline: Hot June for Zeta: Parachain Auctions Ignite Market"):
 * every word of four letters or more that is not a function word is
 * capitalised, and there are six of them, or three in a paragraph that does
 * not end like a sentence ("**Technical Developments: Propelling Forward
 * with Innovation**", "Article 3: Rapid Strides in Technical Developments").
 * Prose always has lower-case verbs and nouns of that length ("acquired").
 * List items and table cells are often bare names ("- Orbit Labs"), so only
 * the six-word test applies to them.
 *
 * @param tokens Sentence tokens.
 * @param sentence The sentence.
 * @returns Whether capitals in it say little.
 */
function isTitleCase(tokens: Token[], sentence: Sentence): boolean {
  const long = tokens.filter((t) => t.text.length >= 4 && /^\p{L}/u.test(t.text) && !isFunctionWord(t.text))
  if (long.length < 3 || !long.every((t) => isCapitalised(t.text))) return false
  return long.length >= 6 || (sentence.kind === 'paragraph' && !/[.!?]["”'’)]*\s*$/u.test(sentence.text))
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

/**
 * Refiner: keep a candidate only when its capitals mean a name.
 *
 * @param m Candidate.
 * @param doc Document.
 * @param bodyNames Lower-cased names and name words found mid-sentence in body text.
 * @param lowerCaseWords Words the document writes in lower case.
 * @param schema Entity cues.
 * @returns Whether to keep it.
 */
function keepCandidate(m: Mention, doc: MarkdownDocument, bodyNames: Set<string>, lowerCaseWords: Set<string>, schema: EntitySchema): boolean {
  const lower = m.surface.toLowerCase()
  const words = lower.split(' ')
  if (/^[\p{N}\s.,-]+$/u.test(lower)) return false
  if (schema.notNames.has(lower) || schema.notNames.has(lower.replace(/s$/, ''))) return schema.headAliasWords.has(lower)
  if (words.every((w) => schema.notNames.has(w))) return schema.headAliasWords.has(lower)
  if (words.length === 1 && schema.roleWords.has(lower)) return false
  const sentence = doc.sentences[m.sentence]!
  if (isQuotedSlogan(m, sentence, schema)) return false
  const shaped = hasNameShape(m.surface)
  if (m.position === 'heading' && words.length === 1) return shaped || bodyNames.has(lower)
  if (m.position === 'initial' && words.length === 1 && !shaped) {
    // A lone capitalised word at the start of a sentence is a name only when
    // something else says so: the body capitalises it mid-sentence, the
    // lexicon knows it as a name, or a possessive/appositive follows.
    if (lowerCaseWords.has(lower) || isCommonWord(m.surface)) return false
    const after = sentence.text.slice(m.end)
    // A list item's label or a table cell of its own is a name ("- **Zeta**: upgraded its runtime").
    if ((sentence.kind === 'listItem' || sentence.kind === 'tableCell') && /^\s*(?:$|[:–—]\s|-\s)/u.test(after) && !isLikelyNotNoun(m.surface)) return true
    // The tagger guesses unknown words from their endings ("Subsocial" reads
    // as an adjective); an appositive after it ("Subsocial, a platform") says name.
    const guessed = notNounClass(m.surface)
    if (guessed && !(guessed === 'adjective' && /^,\s+(?:a|an|the)\s/.test(after))) return false
    if (NAMING_CUE.test(sentence.text.slice(0, m.start).replace(/["“‘']\s*$/u, ''))) return true
    return bodyNames.has(lower) || isFirstName(m.surface) || isLastName(m.surface) || isPlaceName(m.surface) || NAME_FOLLOWS.test(after)
  }
  if (words.length === 1 && lexiconTags(m.surface).includes('Demonym')) return false
  // A capitalised common word the article also writes in lower case is a common word.
  // A verb form or adverb is no name, capitalised or not ("Thanks @dev", "Added").
  if (words.length === 1 && !shaped && isVerbFormOnly(m.surface) && !schema.headAliasWords.has(lower)) return false
  // Also mid-sentence, when the lexicon knows it as a common word: type names in docs ("a Request instance" and "the request").
  if (words.length === 1 && !shaped && lowerCaseWords.has(lower) && (!bodyNames.has(lower) || (isCommonWord(m.surface) && !schema.headAliasWords.has(lower)))) return false
  return true
}

/** Endings that make a community's name from a place or network ("Kusaman", "Polkadotters"). */
const COMMUNITY_ENDINGS = ['n', 'ns', 'an', 'ans', 'ian', 'ians', 'rian', 'rians', 'er', 'ers', 'ter', 'ters', 'ite', 'ites']

/**
 * Refiner: a word made from another name of the document by a demonym
 * ending names its community, not a thing ("the Kusaman community",
 * "Polkadotters"), unless it is also part of a longer name.
 *
 * @param mentions Candidates.
 * @returns Candidates without the community words.
 */
function withoutCommunityWords(mentions: Mention[]): Mention[] {
  const names = new Set(mentions.map((m) => m.surface.toLowerCase()))
  const community = (word: string): boolean => {
    const lower = word.toLowerCase()
    return COMMUNITY_ENDINGS.some((end) => lower.endsWith(end) && lower.length - end.length >= 3 && names.has(lower.slice(0, -end.length)))
  }
  return mentions.filter((m) => m.surface.includes(' ') || !community(m.surface))
}

/**
 * Whether a candidate is a short quoted phrase that is not introduced as a
 * name ("“Expect Chaos” ideology").
 *
 * @param m Candidate.
 * @param sentence Its sentence.
 * @returns Whether it is a quoted slogan.
 */
function isQuotedSlogan(m: Mention, sentence: Sentence, schema: EntitySchema): boolean {
  const before = sentence.text[m.start - 1]
  if (!before || !QUOTES.has(before)) return false
  // The quotation closes right after the name or a few lower-case words later ("'Flock of blockchains'").
  const close = /^[^"“”'‘’.!?;:]{0,40}?["”'’]/.exec(sentence.text.slice(m.end))
  if (!close) return false
  if (NAMING_CUE.test(sentence.text.slice(0, m.start - 1))) return false
  const words = m.surface.split(' ')
  if (words.length > 1 && schema.suffixType.has(words[words.length - 1]!.toLowerCase())) return false
  if (words.length === 1 && close[0].length <= 2) return false
  return words.every((w) => isCommonWord(w))
}

/** A sentence with its tokens and whether it reads as a headline. */
interface TokenisedSentence {
  sentence: Sentence
  tokens: Token[]
  headline: boolean
}

/**
 * How body text writes its words: the words it writes in lower case (to
 * recognise capitalised common words) and the words it capitalises
 * mid-sentence (to recognise names in Title Case headings).
 *
 * @param tokenised Sentences with their tokens and headline shape.
 * @returns Both sets.
 */
function collectWordUse(tokenised: TokenisedSentence[]): { lowerCaseWords: Set<string>; bodyCapitalised: Set<string> } {
  const lowerCaseWords = new Set<string>()
  const bodyCapitalised = new Set<string>()
  for (const { sentence: s, tokens, headline } of tokenised) {
    if (headline) continue
    tokens.forEach((t, i) => {
      if (/^\p{Ll}/u.test(t.text)) lowerCaseWords.add(t.text)
      else if (i > 0 && isCapitalised(t.text) && /[\p{L}\p{N}]/u.test(s.text.slice(0, t.start))) bodyCapitalised.add(t.text)
    })
  }
  return { lowerCaseWords, bodyCapitalised }
}

/**
 * Lower-case names introduced as names ("krest, peaq's canary network"):
 * a word unknown to the lexicon in possessor or appositive position before
 * a chain noun; every later use of the word is a mention too.
 *
 * @param tokenised Sentences with their tokens.
 * @param schema Entity cues.
 * @returns Mentions of lower-case names.
 */
function findLowerCaseNames(tokenised: TokenisedSentence[], schema: EntitySchema): Mention[] {
  const introducers = [
    /(?<![\p{L}\p{N}])(\p{Ll}[\p{Ll}\p{N}-]{2,})['’]s\s+(?:own\s+)?(?:canary network|parachain|testnet|mainnet|native token|relay chain)\b/gu,
    /(?<![\p{L}\p{N}])(\p{Ll}[\p{Ll}\p{N}-]{2,}),\s+(?:(?:the|an?)\s+(?:[\p{Ll}\p{N}-]+\s+){0,3}?|\p{L}[\p{L}\p{N}-]*['’]s\s+(?:[\p{Ll}\p{N}-]+\s+){0,2}?)(?:canary network|parachain|testnet|mainnet|blockchain|protocol)\b/gu
  ]
  const names = new Set<string>()
  for (const { sentence: s } of tokenised) {
    for (const m of introducers.flatMap((re) => [...s.text.matchAll(re)])) {
      const word = m[1]!
      if (isCommonWord(word) || schema.notNames.has(word) || schema.roleWords.has(word) || /^(?:it|its|their|our|which|that|this)$/.test(word)) continue
      names.add(word)
    }
  }
  const out: Mention[] = []
  if (names.size === 0) return out
  for (const { sentence: s, tokens } of tokenised) {
    for (const t of tokens) {
      if (!names.has(t.text)) continue
      out.push({ sentence: s.index, start: t.start, end: t.end, surface: t.text, rule: 'name-lowercase-introduced', cues: [], position: 'body' })
    }
  }
  return out
}

/**
 * "Zeta's council": a governance body named by its owner's possessive is
 * a mention of "Zeta Council".
 *
 * @param doc Document.
 * @param mentions Name mentions found so far.
 * @param schema Entity cues.
 * @returns Mentions of the possessed bodies.
 */
function findPossessedBodies(doc: MarkdownDocument, mentions: Mention[], schema: EntitySchema): Mention[] {
  const out: Mention[] = []
  for (const m of mentions) {
    const text = doc.sentences[m.sentence]!.text
    const after = /^['’]s\s+(\p{Ll}+)\b/u.exec(text.slice(m.end))
    if (!after || !schema.headAliasWords.has(after[1]!)) continue
    const start = m.end + after[0].length - after[1]!.length
    const word = after[1]!
    out.push({ sentence: m.sentence, start, end: start + word.length, surface: word, name: `${m.surface} ${word[0]!.toUpperCase()}${word.slice(1)}`, rule: 'name-possessed-body', cues: [], position: 'body' })
  }
  return out
}

/**
 * Type cues from the name itself: suffix words, first names, places,
 * all-capital tickers.
 *
 * @param m Mention.
 * @param schema Entity cues.
 * @param acronym Whether the mention is an acronym defined beside its long
 *   form (capitals then spell words, not a ticker).
 * @param text The mention's sentence.
 * @returns Cues.
 */
function shapeCues(m: Mention, schema: EntitySchema, acronym: boolean, text: string): TypeCue[] {
  const cues: TypeCue[] = []
  const name = m.name ?? m.surface
  const words = name.split(' ')
  const last = words[words.length - 1]!
  const lexiconType = schema.lexicon.get(name.toLowerCase())
  if (lexiconType) cues.push({ type: lexiconType.type, weight: 10, rule: 'lexicon' })
  const suffix = words.length > 1 ? schema.suffixType.get(last.toLowerCase()) : undefined
  if (suffix) cues.push({ type: suffix.type, weight: suffix.weight, rule: suffix.rule })
  if (words.length >= 2 && words.length <= 4 && !suffix) {
    if (isFirstName(words[0]!)) cues.push({ type: 'Person', weight: 3, rule: 'lexicon-first-name' })
    else if (isLastName(last)) cues.push({ type: 'Person', weight: 2, rule: 'lexicon-last-name' })
  }
  if (words.length === 1 && isLastName(last) && m.titled) cues.push({ type: 'Person', weight: 2, rule: 'lexicon-last-name' })
  if (words.length <= 2 && isPlaceName(m.surface) && !suffix) cues.push({ type: 'Place', weight: 2, rule: 'lexicon-place' })
  // Companies compromise's lexicon knows by name ("IBM", "Microsoft").
  if (!suffix && lexiconTags(name).includes('Organization')) cues.push({ type: 'Organization', weight: 2, rule: 'lexicon-organization' })
  // Capitals alone do not make a ticker (DCG, SAP are companies): a dollar sign or a parenthesis after a name does ("Zeta (ZET)").
  if (words.length === 1 && isAllCaps(last) && last.length <= 6 && !acronym && tickerPosition(text, m)) cues.push({ type: 'Token', weight: 1, rule: 'shape-ticker' })
  // Stablecoin tickers are named after the currency they track (USDT, USDC, EURC).
  else if (words.length === 1 && /^(?:USD|EUR|GBP|JPY|CNY)[A-Z]{1,2}$|^[A-Z]{1,2}USD$/.test(last)) cues.push({ type: 'Token', weight: 2, rule: 'shape-stablecoin' })
  // A first name alone ("back Sam and the team") is most likely the person, when it is no common word too.
  if (words.length === 1 && !m.titled && isFirstName(last) && !isCommonWord(last) && !isPlaceName(last)) cues.push({ type: 'Person', weight: 1, rule: 'lexicon-first-name-alone' })
  return cues
}

/**
 * Whether an all-capital mention stands where tickers stand: after a dollar
 * sign ("$ZET"), alone in parentheses ("Zeta (ZET)"), or before "token".
 *
 * @param text Sentence text.
 * @param m Mention.
 * @returns Whether the position says ticker.
 */
function tickerPosition(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 2), m.start)
  const after = text.slice(m.end, m.end + 8)
  return /\$\s?$/.test(before) || (/\($/.test(before) && /^\)/.test(after)) || /^\s+tokens?\b/i.test(after)
}

/**
 * Refiner: where candidates overlap keep the longer one (chrono's
 * overlap removal), except that a lexicon name beats a candidate that
 * cuts across it ("Labs TEAMED UP" against the known "Orbit Labs") and
 * loses only to one that holds it whole ("Orbit Labs Network").
 *
 * @param mentions Candidates.
 * @returns Non-overlapping mentions in document order.
 */
function withoutOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.sentence - b.sentence || a.start - b.start || b.end - a.end)
  const out: Mention[] = []
  const wins = (m: Mention, over: Mention): boolean => {
    const holds = m.start <= over.start && m.end >= over.end
    if (over.rule === 'name-lexicon' && m.rule !== 'name-lexicon') return holds && m.end - m.start > over.end - over.start
    if (m.rule === 'name-lexicon' && over.rule !== 'name-lexicon') return !(over.start <= m.start && over.end >= m.end)
    return m.end - m.start > over.end - over.start
  }
  for (const m of sorted) {
    // A lexicon name may overlap several kept candidates; it replaces each it beats.
    let overlapping = out.length
    while (overlapping > 0 && out[overlapping - 1]!.sentence === m.sentence && m.start < out[overlapping - 1]!.end) overlapping--
    const rivals = out.slice(overlapping)
    if (rivals.length === 0) out.push(m)
    else if (rivals.every((r) => wins(m, r))) out.splice(overlapping, rivals.length, m)
  }
  return out
}
