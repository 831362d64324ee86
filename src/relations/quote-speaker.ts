/**
 * Who a stretch of attribution names as the speaker ("said Zeta founder Dr.
 * Maria Lopez", "a Zeta Foundation spokesperson", "Orbit Labs"), and who a
 * pronoun speaker ("he said") stands for.
 */
import { partitionPoint } from '../util/partition-point.js'
import type { ResolvedReference } from '../schema.js'
import { ROLE_NOUN, SPEAKER_REFERENCES, SPEAKING_BODY } from './quote-cues.js'

/** A mention placed in its block's text. */
export interface PlacedMention {
  /** Start and end in the block text. */
  pos: number
  end: number
  entity: number
  sentence: number
  /** Whether a title (Dr., Ms.) stood before it: a person whatever the type votes said. */
  titled: boolean
}

/** A block's text with its mentions and quoted passages. */
export interface BlockView {
  index: number
  kind: string
  text: string
  /** Section path joined, to keep reference resolution inside a section. */
  section: string
  /** Mentions in text order. */
  mentions: PlacedMention[]
  /** Quoted passages: `[open, close)` offsets. */
  quoted: Array<[number, number]>
}

/** A speaker found in a stretch of text. */
export interface Speaker {
  entity: number
  /** The mention that names it (absent for a resolved pronoun). */
  mention?: PlacedMention
  resolved?: ResolvedReference[]
}

/**
 * The mentions of a block inside `[start, end)` (binary search: blocks may
 * hold thousands).
 *
 * @param view Block.
 * @param start Start offset.
 * @param end End offset.
 * @returns Mentions in text order.
 */
export function mentionsIn(view: BlockView, start: number, end: number): PlacedMention[] {
  const out: PlacedMention[] = []
  const list = view.mentions
  for (let i = firstAtOrAfter(view, start); i < list.length && list[i]!.pos < end; i++) if (list[i]!.end <= end) out.push(list[i]!)
  return out
}

/**
 * Index of the first mention of a block that starts at or after a position.
 *
 * @param view Block.
 * @param pos Position.
 * @returns Index (the mention count when none does).
 */
function firstAtOrAfter(view: BlockView, pos: number): number {
  return partitionPoint(view.mentions.length, (i) => view.mentions[i]!.pos < pos)
}

/**
 * Whether a position is inside a quoted passage of the block.
 *
 * @param view Block.
 * @param pos Position.
 * @returns Whether it is quoted.
 */
function isQuoted(view: BlockView, pos: number): boolean {
  const span = view.quoted[partitionPoint(view.quoted.length, (i) => view.quoted[i]![0] <= pos) - 1]
  return !!span && pos < span[1]
}

/** A speaker with where the attribution stands. */
export interface Attribution extends Speaker {
  /** Id of the attribution form. */
  rule: string
  /** Block and span of the attribution (for the affiliation it states). */
  block: number
  start: number
  end: number
  /** Whether the attribution is a dash line ("— Maria Lopez, Orbit Labs"). */
  dash?: boolean
}

/** How a stretch is read: any named speaker, the clause subject, or only people and organisations. */
export type SpeakerMode = 'any' | 'subject' | 'strict'

/** Types that never speak. */
const MUTE_TYPES = new Set(['Token', 'Place', 'Concept'])
const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Rev)\.?\s+)`
/** Only a determiner or title (or "as") between the start of the stretch and the name. */
const AT_HEAD = new RegExp(String.raw`^[\s,]*(?:as\s+)?(?:(?:the|a|an)\s+)?${TITLE}?$`, 'i')
/** Nothing but an appositive or an auxiliary between a subject and its verb ("Orbit Labs, a Zeta company, has said"). */
const NEXT_TO_VERB = /^(?:\s*,[^"“”,]{1,100},)?\s*(?:(?:also|then|later|has|have|had|once|again|was|were)\s+)*$/i
/** A capitalised word (not a determiner) at the head of a stretch. */
const UNKNOWN_NAME_AT_HEAD = new RegExp(String.raw`^[\s,]*${TITLE}?(?!(?:The|A|An)\b)\p{Lu}`, 'u')
/** A title written as part of the name ("Dr. Wood"). */
const TITLED = new RegExp(`^${TITLE}`, 'i')
/** A name that speaks as a body: "Zeta Foundation spokesperson", "Zeta's team". */
const BODY_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:${SPEAKING_BODY}|${ROLE_NOUN})\b`, 'i')
/** A name a role or spokesperson belongs to: "a spokesperson for the Zeta Foundation". */
const BODY_BEFORE = new RegExp(String.raw`\b(?:${SPEAKING_BODY}|${ROLE_NOUN})(?:\s+of\s+[\w-]+)?\s+(?:for|of|from|at|with)\s+(?:the\s+)?$`, 'i')
/** A name that is an object of a preposition is not the subject ("with Maria Lopez"). */
const AFTER_PREPOSITION = /\b(?:with|to|from|by|of|for|and|at|about|than|like|including|between|against|on|in|thanked|thanks|met|meeting)\s+(?:the\s+)?(?:[A-Z][\w-]*\.?\s+)?$/i

/**
 * The speaker a stretch of block text names: the first person (in
 * `subject` mode the first one that is not the object of a preposition);
 * else a name at the head of the stretch ("said Orbit Labs in a statement";
 * in `subject` mode a name next to the verb: "Orbit Labs said"); else a
 * name speaking as a body ("One Zeta developer was quoted saying"); else an
 * organisation. `strict` mode takes only people and organisations.
 *
 * @param view Block.
 * @param start Start of the stretch in the block text.
 * @param end End of the stretch.
 * @param typeOf Type of an entity.
 * @param mode How the stretch is read (default `any`).
 * @returns The speaker, or undefined.
 */
export function speakerIn(view: BlockView, start: number, end: number, typeOf: (entity: number) => string, mode: SpeakerMode = 'any'): Speaker | undefined {
  const candidates = mentionsIn(view, start, end)
  if (candidates.length === 0) return undefined
  const isPerson = (m: PlacedMention): boolean => m.titled || TITLED.test(view.text.slice(m.pos, m.end)) || typeOf(m.entity) === 'Person'
  const people = candidates.filter(isPerson)
  const person = mode === 'subject' ? people.find((m) => !AFTER_PREPOSITION.test(view.text.slice(start, m.pos))) ?? people[0] : people[0]
  if (person) return { entity: person.entity, mention: person }
  const speaking = candidates.filter((m) => !MUTE_TYPES.has(typeOf(m.entity)))
  if (mode !== 'strict') {
    // Before a verb (subject mode) the name must stand next to it; after one, at the head of the stretch.
    const head = mode === 'subject'
      ? [...speaking].reverse().find((m) => NEXT_TO_VERB.test(view.text.slice(m.end, end))) ?? speaking.find((m) => AT_HEAD.test(view.text.slice(start, m.pos)) && NEXT_TO_VERB.test(view.text.slice(m.end, end)))
      : speaking.find((m) => AT_HEAD.test(view.text.slice(start, m.pos)))
    if (head) return { entity: head.entity, mention: head }
    // After a verb, a capitalised word at the head that is no known name is the speaker we cannot name
    // ("said Xavi Orr, CEO of Orbit Labs"): the organisation after it is not.
    if (mode === 'any' && UNKNOWN_NAME_AT_HEAD.test(view.text.slice(start, end)) && !speaking.some((m) => AT_HEAD.test(view.text.slice(start, m.pos)))) return undefined
    const body = speaking.find((m) => BODY_AFTER.test(view.text.slice(m.end, end)) || BODY_BEFORE.test(view.text.slice(start, m.pos)))
    if (body) return { entity: body.entity, mention: body }
  }
  const organisation = candidates.find((m) => typeOf(m.entity) === 'Organization')
  return organisation ? { entity: organisation.entity, mention: organisation } : undefined
}

/** A pronoun or definite description at the end of a stretch ("As he", "the company"). */
const REFERENCE_AT_END = new RegExp(String.raw`(?:^|[\s,])(${SPEAKER_REFERENCES.flatMap((r) => r.words).sort((a, b) => b.length - a.length).join('|')})\s*$`, 'i')
/** A pronoun or definite description that is the whole stretch. */
const REFERENCE_ALONE = new RegExp(String.raw`^\s*(${SPEAKER_REFERENCES.flatMap((r) => r.words).sort((a, b) => b.length - a.length).join('|')})\s*$`, 'i')

/**
 * The reference a stretch ends with, or is ("he", "the company").
 *
 * @param stretch Text.
 * @param alone Whether the reference must be the whole stretch.
 * @returns The reference in lower case, or undefined.
 */
export function speakerReference(stretch: string, alone: boolean): string | undefined {
  return (alone ? REFERENCE_ALONE : REFERENCE_AT_END).exec(stretch)?.[1]?.toLowerCase().replace(/\s+/g, ' ')
}

/** How far back (in blocks) a pronoun speaker looks for its antecedent. */
const REFERENCE_REACH = 3

/**
 * The entity a pronoun speaker stands for: the one entity of a fitting type
 * named in the nearest sentence before `pos` that names any (quoted text
 * aside), within the same section and a few blocks. Two candidates in that
 * sentence make it ambiguous: nothing is resolved.
 *
 * @param views Blocks of the document.
 * @param block Block of the reference.
 * @param pos Position in that block before which to look.
 * @param reference The reference ("he", "the company").
 * @param typeOf Type of an entity.
 * @param nameOf Canonical name of an entity.
 * @returns The speaker with the resolution recorded, or undefined.
 */
export function resolveSpeaker(views: BlockView[], block: number, pos: number, reference: string, typeOf: (entity: number) => string, nameOf: (entity: number) => string): Speaker | undefined {
  const types = SPEAKER_REFERENCES.find((r) => r.words.includes(reference))?.types ?? []
  const fits = (m: PlacedMention): boolean => types.includes(typeOf(m.entity)) || (m.titled && types.includes('Person'))
  const section = views[block]?.section
  for (let b = block; b >= 0 && b > block - REFERENCE_REACH; b--) {
    const view = views[b]!
    if (view.kind === 'heading' || view.section !== section) break
    // Walk back from the reference to the nearest fitting name outside quotations, then over the rest of its sentence.
    let last: PlacedMention | undefined
    const candidates = new Set<number>()
    for (let i = firstAtOrAfter(view, b === block ? pos : view.text.length) - 1; i >= 0; i--) {
      const m = view.mentions[i]!
      if (last && m.sentence !== last.sentence) break
      if (!fits(m) || isQuoted(view, m.pos)) continue
      last ??= m
      candidates.add(m.entity)
    }
    if (!last) continue
    if (candidates.size !== 1) return undefined
    return { entity: last.entity, resolved: [{ text: reference, entity: nameOf(last.entity), how: 'last named speaker before the quotation' }] }
  }
  return undefined
}
