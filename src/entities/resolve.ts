/**
 * Within-document resolution: mentions whose names are variants of one name
 * become one entity with aliases ("Orion Network"/"Orion", "Maria Lopez"/
 * "Lopez"/"Dr. Lopez"); names that only overlap stay apart (Zeta, Zeta
 * Council, Zeta Treasury).
 */
import type { MarkdownDocument } from '../markdown/types.js'
import type { EntitySchema } from './schema.js'
import type { EntityDraft, Mention } from './types.js'
import { abbreviates } from '../relations/ticker.js'
import { isAcronymOf, isClippedFormOf } from './acronym.js'
import { displayVariant, mentionKey, UnionFind } from '../names/index.js'
import { acronymHeadAliases, domainAliases, initialsAliases, pluralAliases, qualifiedAliases, shortenedHeadAliases, spellingAliases, tailAliases } from './alias-rules.js'
import { isCommonWord, isFirstName, isLastName } from './english.js'
import { maskSentence } from './mask.js'
import { vote } from './typing.js'

/** Result of resolution. */
export interface Resolution {
  entities: EntityDraft[]
  /** For each mention (same order as the input), the entity id. */
  mentionEntity: number[]
}

/**
 * Group mentions into entities.
 *
 * @param mentions Mentions in document order.
 * @param doc The document (for parenthesised acronyms).
 * @param schema Entity cues.
 * @returns Entities and the entity of each mention.
 */
export function resolveMentions(mentions: Mention[], doc: MarkdownDocument, schema: EntitySchema): Resolution {
  const keys = mentions.map((m) => mentionKey(m.name ?? m.surface))
  const distinct = [...new Set(keys)]
  const sets = new UnionFind(distinct)
  const union = (a: string, b: string): void => sets.union(a, b)
  const personish = personKeys(mentions, keys)
  const keySet = new Set(distinct)

  for (const k of distinct) {
    const words = k.split(' ')
    // "Orion Network" = "Orion": a suffix that does not change identity.
    if (words.length >= 2 && schema.transparent.has(words[words.length - 1]!)) {
      const short = words.slice(0, -1).join(' ')
      // "ZET Token" is ZET, but "Zeta Token" is not Zeta: token suffixes join tickers only.
      const tokenSuffix = /^(?:token|coin)s?$/.test(words[words.length - 1]!)
      const tickerShort = mentions.some((m, i) => keys[i] === short && /^[\p{Lu}\p{N}]{2,6}$/u.test(m.surface))
      if (keySet.has(short) && !schema.notNames.has(short) && (!tokenSuffix || tickerShort)) union(k, short)
      // "Zeta Token" is the ticker that abbreviates Zeta (ZET), when there is exactly one.
      if (tokenSuffix && !tickerShort) {
        const tickers = distinct.filter((t) => /^[\p{L}\p{N}]{2,6}$/u.test(t) && mentions.some((m, i) => keys[i] === t && /^[\p{Lu}\p{N}]{2,6}$/u.test(m.surface)) && abbreviates(t, short))
        if (tickers.length === 1) union(tickers[0]!, k)
      }
    }
    // User lexicon aliases.
    const entry = schema.lexicon.get(k)
    if (entry) {
      for (const n of [entry.name, ...(entry.aliases ?? [])]) if (keySet.has(n.toLowerCase())) union(k, n.toLowerCase())
    }
  }
  const surfaces = new Map<string, string>()
  mentions.forEach((m, i) => surfaces.has(keys[i]!) || surfaces.set(keys[i]!, m.name ?? m.surface))
  const firstAt = new Map<string, number>()
  keys.forEach((k, i) => firstAt.has(k) || firstAt.set(k, i))
  const personName = (word: string): boolean => isFirstName(word) || isLastName(word)
  // A kind of thing, not a name: jargon, a suffix or role, or a word people are named by.
  const kind = (key: string): boolean => schema.notNames.has(key) || schema.suffixType.has(key) || schema.transparent.has(key) || schema.roleWords.has(key) || personish.has(key)
  for (const [a, b] of [
    ...initialsAliases(distinct, surfaces),
    ...tailAliases(distinct),
    ...acronymHeadAliases(distinct, surfaces),
    ...shortenedHeadAliases(distinct),
    ...spellingAliases(distinct),
    ...domainAliases(distinct),
    ...pluralAliases(distinct, personName),
    ...qualifiedAliases(distinct, kind, firstAt)
  ]) union(a, b)
  const surnames = surnameKeys(distinct, surfaces, schema, firstAt)
  /** Full names the document then shortens to their surname: people, by how they are named. */
  const namedBySurname = new Set<string>()
  for (const k of distinct) {
    const words = k.split(' ')
    if (words.length !== 1) continue
    // "Lopez" = "Maria Lopez" when exactly one person has that surname; a
    // surname used alone is itself how people are named ("Orbit Labs" is not "Labs").
    const people = distinct.filter((o) => o !== k && (personish.has(o) || surnames.has(o)) && o.split(' ').length >= 2 && o.endsWith(` ${k}`))
    if (people.length === 1) {
      union(people[0]!, k)
      if (!personish.has(people[0]!)) namedBySurname.add(people[0]!)
    }
    // "Maria" = "Maria Lopez" when exactly one name starts so, and it is a person's.
    const starting = distinct.filter((o) => o !== k && o.startsWith(`${k} `))
    const full = starting[0]
    if (starting.length === 1 && full!.split(' ').length <= 3 && (personish.has(full!) || saidOfPerson(full!, mentions, keys, doc, schema))) union(full!, k)
    // "the Council" = "Zeta Council" when exactly one entity ends so.
    if (schema.headAliasWords.has(k)) {
      const heads = distinct.filter((o) => o !== k && o.endsWith(` ${k}`))
      if (heads.length === 1) union(heads[0]!, k)
    }
  }
  linkNeighbours(mentions, keys, doc, isAcronymPair, union)
  linkNeighbours(mentions, keys, doc, isRenamePair, union)

  // Head-alias words that found no entity are not names.
  const drop = new Set(distinct.filter((k) => schema.headAliasWords.has(k) && sets.isAlone(k)))

  const entities: EntityDraft[] = []
  const byRoot = new Map<string, EntityDraft>()
  const mentionEntity: number[] = []
  mentions.forEach((m, i) => {
    const k = keys[i]!
    if (drop.has(k)) {
      mentionEntity.push(-1)
      return
    }
    const root = sets.find(k)
    let entity = byRoot.get(root)
    if (!entity) {
      entity = { id: entities.length, name: '', aliases: [], mentions: [], typeScores: new Map(), typeCues: new Map(), type: '' }
      entities.push(entity)
      byRoot.set(root, entity)
    }
    entity.mentions.push(m)
    mentionEntity.push(entity.id)
  })
  for (const entity of entities) nameEntity(entity)
  for (const k of namedBySurname) {
    const entity = byRoot.get(sets.find(k))
    if (entity) vote(entity, 'Person', 2, 'ctx-person-surname-alone')
  }
  return { entities, mentionEntity }
}

/**
 * Keys that look like people (a first name, a title, a person cue).
 *
 * @param mentions Mentions.
 * @param keys Their keys.
 * @returns Set of keys.
 */
function personKeys(mentions: Mention[], keys: string[]): Set<string> {
  const out = new Set<string>()
  mentions.forEach((m, i) => {
    if (m.titled || m.cues.some((c) => c.type === 'Person')) out.add(keys[i]!)
  })
  return out
}

/**
 * Two- and three-word names whose last word the document also uses alone,
 * and that last word is no common word, suffix or jargon: "Maria Lopez" …
 * "Lopez said". Organisations are shortened to their first word ("Orbit"
 * for "Orbit Labs"), people to their surname.
 *
 * @param keys Distinct keys.
 * @param surfaces Key → a surface as written.
 * @param schema Entity cues.
 * @param firstAt Key → index of its first mention: a person is named in full
 *   before by surname, so a word used alone earlier names something else.
 * @returns Keys of such names.
 */
function surnameKeys(keys: string[], surfaces: Map<string, string>, schema: EntitySchema, firstAt: Map<string, number>): Set<string> {
  const single = new Set(keys.filter((k) => !k.includes(' ')))
  const out = new Set<string>()
  for (const k of keys) {
    const words = (surfaces.get(k) ?? k).split(' ')
    if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.$|^(?:van|von|de|der|da|du|del|la)$/u.test(w))) continue
    const last = words[words.length - 1]!
    const lower = last.toLowerCase()
    // A plural ends a product's name ("Orbix Widgets", then "With Widgets …"): a word in -s that the lexicon
    // knows as no surname ("Roberts", "Banks" are), after a word that is no first name.
    const pluralNoun = /\p{Ll}s$/u.test(last) && !isLastName(last) && !isFirstName(words[0]!)
    if (!single.has(lower) || firstAt.get(lower)! < firstAt.get(k)! || isCommonWord(last) || pluralNoun || schema.suffixType.has(lower) || schema.notNames.has(lower) || schema.transparent.has(lower)) continue
    out.add(k)
  }
  return out
}

/** Person cues strong enough to tell a person on their own (a role, a title). */
const STRONG_PERSON_CUE = 2

/**
 * Whether some sentence says of a name what is said of people: a role
 * after it or before it, a title ("Tavix Brel, CEO of Orbix", "Tavix Brel
 * is Head of Research at Orbix"). Reads the schema's Person context cues
 * with the name alone masked.
 *
 * @param key Key of the name.
 * @param mentions Mentions.
 * @param keys Their keys.
 * @param doc The document.
 * @param schema Entity cues.
 * @returns Whether a strong Person cue fits one of its mentions.
 */
function saidOfPerson(key: string, mentions: Mention[], keys: string[], doc: MarkdownDocument, schema: EntitySchema): boolean {
  const cues = schema.contextCues.filter((c) => c.type === 'Person' && c.weight >= STRONG_PERSON_CUE)
  return mentions.some((m, i) => {
    if (keys[i] !== key) return false
    const { text } = maskSentence(doc.sentences[m.sentence]!.text, [{ start: m.start, end: m.end, index: 0 }])
    return cues.some((cue) => {
      cue.regex.lastIndex = 0
      return [...text.matchAll(cue.regex)].some((match) => match.slice(1).includes('0'))
    })
  })
}

/** Two capitals at least: "NPoS", "W3F", not a capitalised word. */
const SHORT_FORM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{Lu}\p{N}][\p{L}\p{N}]{1,7}$/u

/**
 * "Orbit Foundation (OF)", "XCMP (Cross-Chain Message Passing)": a
 * parenthesised acronym right after the name it stands for, or that name in
 * parentheses right after the acronym, is another name of the same thing.
 * A ticker after a name is not its acronym ("Kusama Network (KSM)"): the
 * acronym must take the initial of every word.
 *
 * @param a A mention.
 * @param b The next mention, in the same sentence.
 * @param text Their sentence's text.
 * @returns Whether one is the acronym of the other.
 */
function isAcronymPair(a: Mention, b: Mention, text: string): boolean {
  // Quoted and with an article too: "Orbit Cooperative (the “OC”)".
  if (!/^\s*\(\s*(?:the\s+)?["“']?$/.test(text.slice(a.end, b.start)) || !/^["”']?\)/.test(text.slice(b.end, b.end + 2))) return false
  if ((SHORT_FORM.test(b.surface) && isAcronymOf(b.surface, a.surface)) || (SHORT_FORM.test(a.surface) && isAcronymOf(a.surface, b.surface))) return true
  // "Zeta Operations Network (Opnet)": a short name clipped from the long one's words.
  return !b.surface.includes(' ') && a.surface.includes(' ') && isClippedFormOf(b.surface, a.surface)
}

/** What stands between a name and its former name ("Hydration, formerly known as HydraDX", "X (formerly Y)"). */
const RENAMED = /^(?:,?\s+(?:formerly|previously|once|originally)(?:\s+(?:known\s+as|called|named|branded\s+as))?|\s+\((?:formerly|previously|fka|f\.k\.a\.)(?:\s+(?:known\s+as|called))?|,?\s+(?:which\s+|that\s+)?(?:rebranded|renamed)\s+(?:itself\s+)?(?:as|to)|,?\s+now\s+(?:known\s+as|called))\s+$/

/**
 * A renamed project keeps its identity: its former name is an alias.
 *
 * @param a A mention.
 * @param b The next mention, in the same sentence.
 * @param text Their sentence's text.
 * @returns Whether the text between them says one is the other's former name.
 */
function isRenamePair(a: Mention, b: Mention, text: string): boolean {
  return RENAMED.test(text.slice(a.end, b.start))
}

/**
 * Join neighbouring mentions of one sentence that a test says are one thing.
 *
 * @param mentions Mentions in document order.
 * @param keys Their grouping keys.
 * @param doc The document.
 * @param same Test on two neighbours and their sentence's text.
 * @param union Joins two keys.
 */
function linkNeighbours(mentions: Mention[], keys: string[], doc: MarkdownDocument, same: (a: Mention, b: Mention, text: string) => boolean, union: (a: string, b: string) => void): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!
    const b = mentions[i + 1]!
    if (a.sentence === b.sentence && same(a, b, doc.sentences[a.sentence]!.text)) union(keys[i]!, keys[i + 1]!)
  }
}

/**
 * Canonical name and aliases: the fullest name used (most words, then most
 * used, then first) is the name; the other variants are aliases.
 *
 * @param entity Entity to name (mutated while it is being built).
 */
function nameEntity(entity: EntityDraft): void {
  const counts = new Map<string, { count: number; first: number; words: number; body: number }>()
  entity.mentions.forEach((m, i) => {
    const variant = displayVariant(m.name ?? m.surface)
    const body = m.position === 'heading' ? 0 : 1
    const c = counts.get(variant)
    if (c) {
      c.count++
      c.body = Math.max(c.body, body)
    } else counts.set(variant, { count: 1, first: i, words: variant.split(' ').length, body })
  })
  // Title Case headings capitalise suffixes ("ZET Token"): body variants win.
  const ranked = [...counts.entries()].sort((a, b) => b[1].body - a[1].body || b[1].words - a[1].words || b[1].count - a[1].count || a[1].first - b[1].first)
  entity.name = ranked[0]![0]
  const seen = new Set([mentionKey(entity.name)])
  for (const [variant] of ranked.slice(1)) {
    const k = mentionKey(variant)
    if (seen.has(k)) continue
    seen.add(k)
    entity.aliases.push(variant)
  }
}
