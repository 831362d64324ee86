/**
 * Entity typing: votes from the name's shape, from context cues around each
 * mention and (later) from the relations the entity takes part in; the
 * type with most weight wins.
 */
import type { MaskedSentence } from './mask.js'
import type { EntitySchema } from './schema.js'
import type { EntityDraft, TypeCue } from './types.js'
import type { RelationFact } from '../relations/match.js'
import type { PredicateSpec } from '../relations/predicates.js'

/** Total weight under which a type is a guess rather than a finding. */
const SURE = 1.5

/**
 * Add a vote to an entity, and record which cue cast it (the type's evidence).
 *
 * @param entity Entity.
 * @param type Type voted for.
 * @param weight Weight of the vote.
 * @param rule Id of the cue that cast it.
 * @param kb Whether the knowledge base cast it (default `false`).
 */
export function vote(entity: EntityDraft, type: string, weight: number, rule: string, kb = false): void {
  entity.typeScores.set(type, (entity.typeScores.get(type) ?? 0) + weight)
  entity.typeCues ??= new Map()
  const key = `${type}|${rule}`
  const cue = entity.typeCues.get(key)
  if (cue) cue.weight += weight
  else entity.typeCues.set(key, { type, weight, rule, ...(kb ? { kb } : {}) })
}

/**
 * The evidence for an entity's type: every cue that voted, strongest first.
 *
 * @param entity Entity.
 * @returns Cues, weights rounded to hundredths.
 */
export function typeEvidence(entity: EntityDraft): TypeCue[] {
  return [...(entity.typeCues?.values() ?? [])]
    // Keys in the schema's order, so that a graph read back from JSON serialises the same.
    .map((c) => ({ type: c.type, rule: c.rule, weight: Math.round(c.weight * 100) / 100, ...(c.kb ? { kb: true } : {}) }))
    .sort((a, b) => b.weight - a.weight || a.type.localeCompare(b.type) || a.rule.localeCompare(b.rule))
}

/**
 * Collect shape and context cues for every entity.
 *
 * @param entities Entities.
 * @param mentionEntity Entity of each mention.
 * @param masked Masked sentences.
 * @param schema Entity cues.
 */
export function collectTypeCues(entities: EntityDraft[], mentionEntity: number[], masked: MaskedSentence[], schema: EntitySchema): void {
  // Name-shape cues count once per name variant: "Zeta Project" said once
  // must not outvote what twenty mentions of "Zeta" say in context.
  for (const entity of entities) {
    const seen = new Set<string>()
    // "Lumo Project" said once, "Lumo" later: a name the text gives a suffix word is not the place its bare word names.
    const suffixed = entity.mentions.some((m) => m.cues.some((c) => c.rule.startsWith('suffix-')))
    for (const m of entity.mentions) {
      for (const cue of m.cues) {
        const key = `${cue.rule}|${(m.name ?? m.surface).toLowerCase()}`
        if (seen.has(key) || (suffixed && cue.rule === 'lexicon-place')) continue
        seen.add(key)
        vote(entity, cue.type, cue.weight, cue.rule)
      }
    }
  }
  for (const sentence of masked) {
    if (!sentence.text.includes('\uE000')) continue
    for (const cue of schema.contextCues) {
      cue.regex.lastIndex = 0
      for (const match of sentence.text.matchAll(cue.regex)) {
        // A cue with alternatives ("{E}-based|based in {E}") captures in whichever group matched.
        const index = match.slice(1).find((g) => g !== undefined)
        const id = index === undefined ? undefined : mentionEntity[Number(index)]
        if (id === undefined || id < 0) continue
        if (cue.fallback) {
          ;(entities[id]!.fallbackVotes ??= []).push({ type: cue.type, weight: cue.weight, rule: cue.id })
          continue
        }
        vote(entities[id]!, cue.type, cue.weight, cue.id)
        if (!cue.distributes) continue
        for (const other of listedWith(sentence.text, Number(index))) {
          const otherId = mentionEntity[other]
          if (otherId !== undefined && otherId >= 0 && otherId !== id) vote(entities[otherId]!, cue.type, cue.weight, `${cue.id}-list`)
        }
      }
    }
  }
}

/** What may follow a listed name before the separator: a parenthesis ("StrongLoop (an Orbit company)") or a "!" of the name. */
const AFTER_MEMBER = String.raw`(?:\s*\([^()]{0,60}\))?[!?]?`
/** Separators of list members: commas, "and", "&", a slash ("Zeta/Omicron Software"). */
const SEPARATOR = String.raw`(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+|\s*\/\s*)(?:the\s+)?`
/** Up to three members that are no mention (a lower-case name: "A, nearby, B") may stand between two that are. */
const BARE_MEMBERS = String.raw`(?:[\p{L}\p{N}][\p{L}\p{N}.!-]*${SEPARATOR}){0,3}`
const NEXT_MEMBER = new RegExp(String.raw`^${AFTER_MEMBER}${SEPARATOR}${BARE_MEMBERS}\uE000(\d+)\uE001`, 'u')
const PREVIOUS_MEMBER = new RegExp(String.raw`\uE000(\d+)\uE001${AFTER_MEMBER}${SEPARATOR}${BARE_MEMBERS}$`, 'u')

/**
 * The mentions listed with a mention, on either side: in "members include
 * A, B (a B company), C and D" those of B are A, C and D.
 *
 * @param text Masked sentence.
 * @param index Mention index of the listed name.
 * @returns Mention indexes of the other members.
 */
export function listedWith(text: string, index: number): number[] {
  const marker = `\uE000${index}\uE001`
  const at = text.indexOf(marker)
  if (at < 0) return []
  const out: number[] = []
  let rest = text.slice(at + marker.length)
  for (let next = NEXT_MEMBER.exec(rest); next; next = NEXT_MEMBER.exec(rest)) {
    out.push(Number(next[1]))
    rest = rest.slice(next[0].length)
  }
  let head = text.slice(0, at)
  for (let previous = PREVIOUS_MEMBER.exec(head); previous; previous = PREVIOUS_MEMBER.exec(head)) {
    out.push(Number(previous[1]))
    head = head.slice(0, previous.index)
  }
  return out
}

/** A list of three or more masked mentions: "A, B (BB), C and D". */
const LIST = /\uE000\d+\uE001(?:\s*\(\uE000\d+\uE001\))?(?:,\s+(?:the\s+)?\uE000\d+\uE001(?:\s*\(\uE000\d+\uE001\))?)+,?\s+(?:and|&)\s+(?:the\s+)?\uE000\d+\uE001/giu
/** Cues that say what a name is on their own (not what a list around it says). */
const OWN_EVIDENCE = 1.5

/**
 * First casts the votes of fallback cues for entities nothing else typed.
 * Lists are made of one kind of thing: in "Orbit Capital, Zeta Ventures,
 * Omicron and Lyra Partners" the members the text says nothing else about
 * get the type most of their neighbours have for sure. Members with
 * evidence of their own keep it.
 *
 * @param entities Entities, with their votes so far.
 * @param mentionEntity Entity of each mention.
 * @param masked Masked sentences.
 */
export function collectListCues(entities: EntityDraft[], mentionEntity: number[], masked: MaskedSentence[]): void {
  // After every cue of a name's own and the knowledge base: fallback cues vote where nothing else did.
  for (const entity of entities) {
    if (entity.typeScores.size === 0) for (const cue of entity.fallbackVotes ?? []) vote(entity, cue.type, cue.weight, cue.rule)
    delete entity.fallbackVotes
  }
  const entityOf = (index: string): number => mentionEntity[Number(index)] ?? -1
  for (const sentence of masked) {
    if (!sentence.text.includes(',')) continue
    for (const list of sentence.text.matchAll(LIST)) {
      // A parenthesised acronym after a member is the member again, not a member of its own.
      voteLikeNeighbours(entities, [...list[0].matchAll(/(?<!\(\s*)\uE000(\d+)\uE001/gu)].map((m) => entityOf(m[1]!)))
    }
  }
  // Runs of list items shaped "Name (Name)" ("- Maria Lopez (Orbit Labs)"): each column is a list.
  let left: number[] = []
  let right: number[] = []
  const flush = (): void => {
    if (left.length >= 3) {
      voteLikeNeighbours(entities, left)
      voteLikeNeighbours(entities, right)
    }
    left = []
    right = []
  }
  // Items that are a name alone ("- Maria Lopez") stand in the first column of such a run too.
  for (const sentence of masked) {
    const item = PAIR_ITEM.exec(sentence.text)
    const single = item ? null : SINGLE_ITEM.exec(sentence.text)
    if (!item && !single) {
      flush()
      continue
    }
    left.push(entityOf((item ?? single)![1]!))
    if (item) right.push(entityOf(item[2]!))
  }
  flush()
}

/** A list item that is a name and, in parentheses, a name (the first of the parentheses counts). */
const PAIR_ITEM = /^\s*\uE000(\d+)\uE001\s*\(\s*\uE000(\d+)\uE001[^()]{0,60}\)\s*$/u
/** A list item that is one name and nothing else, or with a parenthesis of words ("- Maria Lopez (advisor)"). */
const SINGLE_ITEM = /^\s*\uE000(\d+)\uE001\s*(?:\([^()\uE000]{0,60}\))?\s*$/u

/**
 * Give the members of one list that the text says nothing else about the
 * type most members have for sure: at least two must agree, and outnumber
 * the members typed otherwise.
 *
 * @param entities Entities, with their votes so far.
 * @param ids Entity ids of the members (negative ids are skipped).
 */
function voteLikeNeighbours(entities: EntityDraft[], ids: number[]): void {
  const members = ids.filter((id, i, all) => id >= 0 && all.indexOf(id) === i)
  if (members.length < 3) return
  const sure = new Map<string, number>()
  const unsure: number[] = []
  for (const id of members) {
    const { type, sure: isSure } = decideType(entities[id]!)
    if (isSure && (entities[id]!.typeScores.get(type) ?? 0) >= OWN_EVIDENCE) sure.set(type, (sure.get(type) ?? 0) + 1)
    else unsure.push(id)
  }
  const [best, count] = [...sure.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0]
  const others = members.length - unsure.length - count
  if (count < 2 || count <= others) return
  for (const id of unsure) vote(entities[id]!, best, 1.5, 'ctx-list-neighbours')
}

/**
 * The winning type of an entity and whether the evidence is strong.
 *
 * @param entity Entity.
 * @param fallback Type when nothing voted (default `Project`: in news about
 *   technology an unknown name is most often a project).
 * @returns Type and certainty.
 */
export function decideType(entity: EntityDraft, fallback = 'Project'): { type: string; sure: boolean } {
  let best = ''
  let bestScore = 0
  // Ties break by a fixed order so results never depend on insertion order.
  for (const type of [...entity.typeScores.keys()].sort()) {
    const score = entity.typeScores.get(type)!
    if (score > bestScore) {
      best = type
      bestScore = score
    }
  }
  if (!best) return { type: fallback, sure: false }
  return { type: best, sure: bestScore >= SURE }
}

/**
 * Let the relations found vote for their arguments' types (a `foundedBy`
 * object is a Person or Organization, …), then settle every entity's type.
 *
 * @param entities Entities; their votes and `type` change.
 * @param facts Relation facts found.
 * @param predicates Predicate specs (their subject and object hints).
 */
export function typeFromRelations(entities: EntityDraft[], facts: readonly RelationFact[], predicates: ReadonlyMap<string, PredicateSpec>): void {
  for (const fact of facts) {
    const spec = predicates.get(fact.predicate)
    if ('entity' in fact.subject && spec?.subjectHint) vote(entities[fact.subject.entity]!, spec.subjectHint, 1, `relation-${fact.predicate}`)
    if ('entity' in fact.object && spec?.objectHint) vote(entities[fact.object.entity]!, spec.objectHint, 1, `relation-${fact.predicate}`)
  }
  for (const entity of entities) entity.type = decideType(entity).type
}
