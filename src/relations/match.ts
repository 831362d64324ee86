/**
 * The relation matcher: runs compiled rules over masked sentences, binds
 * slots to entities (distributing over coordinations, resolving references),
 * filters negated and hypothetical statements, and reduces appositives.
 */
import type { MarkdownDocument } from '../markdown/types.js'
import { REFERENCE_PHRASES } from '../entities/cues.js'
import { MASK_CLOSE, MASK_OPEN } from '../entities/schema.js'
import type { MaskedSentence } from '../entities/mask.js'
import type { ResolvedReference } from '../schema.js'
import { CONCEPT_DETERMINERS, SLOT_START, slotGroup, type CompiledRule, type EventRule } from './compile.js'
import { foldText } from './fold-case.js'
import type { PredicateSpec } from './predicates.js'
import { FIRST_PERSON_WORDS } from './publisher.js'
import { requirementMask } from './literal-index.js'
import { hasRequiredText } from './required-text.js'
import { ruleGates } from './rule-gates.js'

/** One end of a relation: an entity (by id) or an unnamed Concept. */
export type Argument = { entity: number } | { concept: string }

/** A relation found in one sentence. */
export interface RelationFact {
  subject: Argument
  predicate: string
  object: Argument
  rule: string
  confidence: number
  sentence: number
  /** Span of the match in the sentence text. */
  start: number
  end: number
  resolved: ResolvedReference[]
}

/** What the matcher needs to know about entities. */
export interface EntityView {
  /** Current best type of an entity, and whether the cues are strong. */
  typeOf(id: number): { type: string; sure: boolean }
  /** Entity of a mention index (-1 when the mention was dropped). */
  entityOfMention(mention: number): number
  /** Canonical name of an entity. */
  nameOf(id: number): string
  /** Entities mentioned before a point, nearest first: sentence index and position in it. */
  antecedents(sentence: number, position: number): number[]
  /** The document's main subject (a network), if it has one. */
  mainSubject: number | undefined
  /** Whom "we", "our" and "us" stand for at a point of the text (sentence, offset of the pronoun); none: unresolved. */
  firstPerson?: (sentence: number, position: number) => number | undefined
  /** Throws when the document's time budget is spent. */
  checkBudget(): void
  /** Counts the matcher's work: regular-expression runs and the characters they ran on (and, when asked, milliseconds per rule). */
  work?: { runs: number; chars: number; perRule?: Map<string, number> }
}

/** Reference phrase → the types it can point at. */
const REFERENCE_TYPES = new Map(REFERENCE_PHRASES.flatMap((p) => p.words.map((w) => [w, p.types] as const)))
/** First-person words: they stand for the article's publisher (see `publisher.ts`). */
const FIRST_PERSON = new Set(FIRST_PERSON_WORDS)
/** A masked mention, capturing its index; one glued to a hyphen is a modifier ("Zeta-compatible platform X"), never an argument. */
const MARKER = new RegExp(`${MASK_OPEN}(\\d+)${MASK_CLOSE}(?!-)`, 'g')

/** A label before the members of a coordination ("as well as three Zeta parachain winners: A and B"): its names are no members. */
const LABEL_BEFORE_COLON = /as\s+well\s+as\s+[^,:]*:\s/gi

/** Longest sentence (in characters) that relation rules run on. */
export const MAX_SENTENCE = 5000

const NEGATION = /(?<![\p{L}])(?:not|never|no longer|n['’]t|cannot|failed to|fails to|denied|denies|refused|rumou?red|unlikely)(?![\p{L}])/iu
const HYPOTHETICAL = /(?<![\p{L}])(?:could|might|would|may|if|whether|unless)(?![\p{L}])/iu

/**
 * Run rules over every sentence.
 *
 * @param doc Document.
 * @param masked Masked sentences (same order as `doc.sentences`).
 * @param rules Compiled rules in order.
 * @param predicates Predicate specs by name.
 * @param view Entity information.
 * @returns Relation facts in document order.
 */
export function matchRelations(
  doc: MarkdownDocument,
  masked: MaskedSentence[],
  rules: CompiledRule[],
  predicates: Map<string, PredicateSpec>,
  view: EntityView
): RelationFact[] {
  // A family shares one trigger: it is tested once per sentence, not once per rule.
  const triggerIndex = new Map<RegExp, number>()
  for (const { trigger } of rules) if (trigger && !triggerIndex.has(trigger)) triggerIndex.set(trigger, triggerIndex.size)
  // Rules run one at a time over a batch of sentences, not sentence by sentence:
  // each rule's compiled code then stays in the CPU's caches (twice as fast).
  // Batch by batch, what the matcher keeps per sentence (folded text, trigger
  // results, position maps) lives for one short batch only, and dies young:
  // on a 20 MB article, kept for all sentences at once, it took some 150 MB,
  // and with batches of 128 sentences V8 still moved some 230 MB of it to its
  // old generation before it died (16: some 40 MB). Facts are put back in
  // sentence order, then rule order, afterwards.
  const perRule: RelationFact[][] = rules.map(() => [])
  const events: EventOwners = new Map()
  // Which literals each sentence of a batch holds: one bit per sentence (see `ruleGates`).
  const gates = ruleGates(rules)
  const literals = new Uint16Array(gates.index.size)
  for (let first = 0; first < doc.sentences.length; first += BATCH) {
    const states = sentenceStates(doc, masked, first, Math.min(doc.sentences.length, first + BATCH))
    const triggers: TriggerMemo = { index: triggerIndex, width: triggerIndex.size, first, found: new Uint8Array(states.length * triggerIndex.size) }
    literals.fill(0)
    let live = 0
    states.forEach((state, at) => {
      if (state === undefined) return
      gates.index.mark(state.folded, literals, 1 << at)
      live |= 1 << at
    })
    // Sentences a reduction rewrote: their marks are stale, so every rule asks them in full.
    let rewritten = 0
    rules.forEach((compiled, r) => {
      const found = perRule[r]!
      const started = view.work?.perRule ? process.hrtime.bigint() : 0n
      if ((first & 63) === 0) view.checkBudget()
      for (let todo = requirementMask(gates.clauses[r]!, literals, live) | rewritten; todo !== 0; todo &= todo - 1) {
        const at = 31 - Math.clz32(todo & -todo)
        const state = states[at]!
        matchSentence(compiled, r, state, doc.sentences[first + at]!.text, first + at, triggers, predicates, view, found, events)
        if (state.rewritten !== undefined) rewritten |= 1 << at
      }
      if (view.work?.perRule) view.work.perRule.set(compiled.rule.id, (view.work.perRule.get(compiled.rule.id) ?? 0) + Number(process.hrtime.bigint() - started) / 1e6)
    })
  }
  view.checkBudget()
  const facts: RelationFact[] = []
  const next = perRule.map(() => 0)
  for (let index = 0; index < doc.sentences.length; index++) {
    perRule.forEach((found, r) => {
      let at = next[r]!
      while (at < found.length && found[at]!.sentence === index) facts.push(found[at++]!)
      next[r] = at
    })
  }
  return facts
}

/** Sentences a batch of the matcher holds (see {@link matchRelations}): small, so a batch ends between two of V8's young-generation collections. */
const BATCH = 16 // at most 16: the literal marks hold one bit per sentence of a batch (a Uint16Array)

/**
 * What the matcher keeps for a batch of sentences.
 *
 * @param doc Document.
 * @param masked Masked sentences (same order as `doc.sentences`).
 * @param first First sentence of the batch.
 * @param end Sentence after the batch.
 * @returns One state per sentence (undefined for a sentence too long to match).
 */
function sentenceStates(doc: MarkdownDocument, masked: MaskedSentence[], first: number, end: number): Array<SentenceState | undefined> {
  const states: Array<SentenceState | undefined> = []
  for (let index = first; index < end; index++) {
    const sentence = doc.sentences[index]!
    const maskedSentence = masked[index]!
    const { text } = maskedSentence
    // Prose sentences are short; a "sentence" of many thousand characters
    // (a pasted table, a run-on dump) is not matched, so work stays bounded.
    if (text.length > MAX_SENTENCE) {
      states.push(undefined)
      continue
    }
    const hypothetical = /^\s*(?:if|whether|should)\b/i.test(sentence.text) || /\?\s*["”]?\s*$/.test(sentence.text)
    let context: { text: string; folded?: string } | undefined
    const contextOf = (folded: boolean): string => {
      context ??= { text: sentenceContext(doc, index) }
      return folded ? (context.folded ??= foldText(context.text)) : context.text
    }
    // A sentence with a masked name is two-byte already (see `twoByte`).
    const folded = foldText(text)
    states.push({ text, folded: text.includes(MASK_OPEN) ? folded : twoByte(folded), masked: maskedSentence, hypothetical, context: contextOf })
  }
  return states
}

/**
 * The same text, held by V8 as two-byte characters. V8 compiles a regular
 * expression to machine code once per encoding of the strings it runs on;
 * a sentence with a masked name is two-byte (the mask characters are), one
 * without may be one-byte, and the rules and triggers that run on both were
 * compiled twice. A slice of a two-byte string is two-byte (V8 keeps slices
 * as views of their parent, or copies them in its encoding), whatever it holds.
 *
 * @param text Text.
 * @returns Equal text.
 */
function twoByte(text: string): string {
  return `\uE000${text}`.slice(1)
}

/** What the matcher keeps per sentence while rules run: reductions rewrite it. */
interface SentenceState {
  /** Masked text, as rewritten by reductions so far. */
  text: string
  /** The same, folded (see `foldText`): what folded rules run on. */
  folded: string
  /** The masked sentence: its position map (made on first use) until a reduction rewrites the text. */
  masked: MaskedSentence
  /** The masked sentence's position map, once made (it lives as long as the batch). */
  toOriginal?: Uint32Array | number[]
  /** Original position of each masked position, once a reduction has rewritten the text. */
  rewritten?: Uint32Array | number[]
  /** Whether the whole sentence is a question or a condition. */
  hypothetical: boolean
  /** The sentence's heading path and, in a list, its lead-in sentence (see `sentenceContext`), folded or not; built once, on first use. */
  context: (folded: boolean) => string
  /** Where name slots may begin (found on first use, and again after a reduction). */
  starts?: number[]
}

/** Longest lead-in sentence (in characters) a list item takes as context. */
const MAX_LEAD_IN = 400

/**
 * A sentence's context: its heading path and, for a list item, the
 * sentence that introduces the list (the last sentence before the list,
 * when it ends with a colon: "The Board is comprised of:").
 *
 * @param doc Document.
 * @param index Sentence index.
 * @returns Context text (may be empty).
 */
function sentenceContext(doc: MarkdownDocument, index: number): string {
  const sentence = doc.sentences[index]!
  const parts = [...sentence.section]
  if (sentence.kind === 'listItem') {
    let at = index - 1
    while (at >= 0 && doc.sentences[at]!.kind === 'listItem') at--
    const lead = doc.sentences[at]
    if (lead && lead.kind !== 'heading' && lead.text.length <= MAX_LEAD_IN && /:\s*$/.test(lead.text)) parts.push(lead.text)
  }
  return parts.join(' \n ')
}

/** Owners of events by kind: the sentence, position, entity and rule (its place in the order) of each (owner rules run before member rules). */
type EventOwners = Map<string, Array<{ sentence: number; position: number; entity: number; rule: number }>>

/**
 * How many sentences back a member of an event looks for its owner: a press
 * release names the round in its lead and its investors a paragraph or two later.
 */
const EVENT_REACH = 10

/**
 * The owner of the nearest event of a kind: in the sentence (before the
 * position, else after it), else in the few sentences before.
 *
 * @param events Owners found so far.
 * @param name Event kind.
 * @param sentence Sentence of the member.
 * @param position Position of the member in it.
 * @param rule The member rule's place in the rule order: owners found by rules after it do not count
 *   (so the result does not depend on how the sentences are batched).
 * @param reach How many sentences back to look (default {@link EVENT_REACH}).
 * @returns Entity id, or undefined.
 */
function eventOwner(events: EventOwners, name: string, sentence: number, position: number, rule: number, reach = EVENT_REACH): number | undefined {
  const owners = events.get(name) ?? []
  let best: { sentence: number; position: number; entity: number } | undefined
  for (const o of owners) {
    if (o.sentence > sentence || o.sentence < sentence - reach || o.rule > rule) continue
    const before = o.sentence < sentence || o.position <= position
    const bestBefore = best ? best.sentence < sentence || best.position <= position : false
    if (!best || (before && !bestBefore) || (before === bestBefore && (o.sentence > best.sentence || (o.sentence === best.sentence && (before ? o.position > best.position : o.position < best.position))))) best = o
  }
  return best?.entity
}

/** Which triggers each sentence contains: one byte per sentence and trigger (0 not tested yet, 1 no, 2 yes). */
interface TriggerMemo {
  index: Map<RegExp, number>
  width: number
  /** The batch's first sentence (row 0). */
  first: number
  found: Uint8Array
}

/**
 * Run one rule over one sentence, appending its facts.
 *
 * @param compiled Rule.
 * @param ruleIndex Its place in the rule order (a member takes owners of rules before it only).
 * @param state The sentence's current text (reductions rewrite it).
 * @param original The sentence's original text.
 * @param index Sentence index.
 * @param triggers Trigger results so far (a reduction clears its sentence's row).
 * @param predicates Predicate specs by name.
 * @param view Entity information.
 * @param facts Facts found so far (appended to).
 */
function matchSentence(
  compiled: CompiledRule,
  ruleIndex: number,
  state: SentenceState,
  original: string,
  index: number,
  triggers: TriggerMemo,
  predicates: Map<string, PredicateSpec>,
  view: EntityView,
  facts: RelationFact[],
  events: EventOwners
): void {
  const { rule, trigger, event } = compiled
  if (trigger) {
    const at = (index - triggers.first) * triggers.width + triggers.index.get(trigger)!
    if (triggers.found[at] === 0) triggers.found[at] = trigger.test(compiled.triggerFolded ? state.folded : state.text) ? 2 : 1
    // A rule whose cue may stand in the context ("## Board", "The Board is comprised of:") looks there too.
    if (triggers.found[at] === 1 && !((rule as EventRule).triggerInContext && trigger.test(state.context(compiled.triggerFolded ?? false)))) return
  }
  // Literal text every match contains (a folded rule runs on the folded sentence): without it, no match.
  // The gate asked that already, unless a reduction has rewritten the sentence since (see `matchRelations`).
  if (state.rewritten !== undefined && !hasRequiredText(state.folded, compiled.required)) return
  // Each part between the slots must match somewhere (a far smaller expression to compile than the rule).
  for (const part of compiled.segments) if (!part.test(state.folded)) return
  const spec = predicates.get(rule.predicate)
  let from = 0
  let starts = compiled.sticky ? (state.starts ??= slotStarts(state.folded)) : []
  let match: RegExpExecArray | null
  let guard = 0
  while ((match = nextMatch(compiled, compiled.folded ? state.folded : state.text, from, starts, view.work)) !== null && guard++ < 1000) {
    const start = match.index
    const end = start + match[0].length
    if (end === start) {
      from = start + 1
      continue
    }
    const toOriginal = state.rewritten ?? (state.toOriginal ??= state.masked.toOriginal)
    const origStart = toOriginal[start] ?? 0
    const origEnd = (toOriginal[end - 1] ?? origStart) + 1
    const span = original.slice(origStart, origEnd)
    const subjectSlot = slotGroup(match, 'S', state.text)
    const objectSlot = slotGroup(match, 'O', state.text)
    const negated = NEGATION.test(span) || state.hypothetical || (!rule.predicate.startsWith('plans') && HYPOTHETICAL.test(span))
    let emitted = 0
    if (!negated) {
      const resolved: ResolvedReference[] = []
      const position = origStart
      const strict = rule.strictTypes ?? false
      // A pronoun's own offset in the sentence (whether "we" stands inside a quotation).
      const at = (slot: { indices?: [number, number] } | undefined): number => (slot?.indices ? (toOriginal[slot.indices[0]] ?? origStart) : origStart)
      const publisher = compiled.publisherSlot
      const sureObject = (rule as EventRule).sureObject ?? false
      // An event's owner fills one slot (see `RuleEvent.slot`): the owner rule records it, a member rule without that slot takes it.
      const ownerSlot = event?.slot ?? 'S'
      const bind = (slot: 'S' | 'O'): Argument[] => {
        const captured = slot === 'S' ? subjectSlot : objectSlot
        if (event?.role === 'member' && ownerSlot === slot && captured === undefined) {
          // A member takes the owner of the nearest event; without one, the rule's implicit argument (if any).
          const owner = eventOwner(events, event.name, index, position, ruleIndex, event.reach)
          if (owner !== undefined && fitsSlot(owner, slot === 'S' ? spec?.domain : spec?.range, slot === 'S' ? rule.subjectTypes : rule.objectTypes, view)) {
            resolved.push({ text: '', entity: view.nameOf(owner), how: `owner of the ${event.name}` })
            return [{ entity: owner }]
          }
        }
        return slot === 'S'
          ? bindSlot(subjectSlot?.text, publisher === 'S' ? 'publisher' : rule.implicitSubject, index, position, spec?.domain, rule.subjectTypes, rule.subjectConcept, view, resolved, strict, at(subjectSlot))
          : bindSlot(objectSlot?.text, publisher === 'O' ? 'publisher' : rule.implicitObject, index, position, spec?.range, rule.objectTypes, rule.objectConcept, view, resolved, strict || sureObject, at(objectSlot))
      }
      const subjects = bind('S')
      const objects = bind('O')
      if (event?.role === 'owner') {
        for (const a of ownerSlot === 'S' ? subjects : objects) if ('entity' in a) (events.get(event.name) ?? events.set(event.name, []).get(event.name)!).push({ sentence: index, position, entity: a.entity, rule: ruleIndex })
      }
      // "A, B and C respectively introduced X, Y and Z": members pair up in order.
      const respectively = subjects.length > 1 && subjects.length === objects.length && /\brespectively\b/i.test(original)
      // An owner rule without the other argument only records the event.
      const recordsOnly = event?.role === 'owner' && (ownerSlot === 'S' ? objectSlot : subjectSlot) === undefined
      for (const [si, s] of (recordsOnly ? [] : subjects).entries()) {
        for (const [oi, o] of objects.entries()) {
          if (respectively && si !== oi) continue
          if ('entity' in s && 'entity' in o && s.entity === o.entity) continue
          const confidence = scoreConfidence(rule.confidence ?? 0.8, resolved.length, subjectSlot === undefined || objectSlot === undefined)
          facts.push({ subject: s, predicate: rule.predicate, object: o, rule: rule.id, confidence, sentence: index, start: origStart, end: origEnd, resolved: [...resolved] })
          emitted++
        }
      }
    }
    if (emitted > 0 && rule.reduce) {
      const kept = rule.reduce === 'S' ? subjectSlot : objectSlot
      if (kept?.indices) {
        // Appositive reduced to its head: later rules see "X plans …", not "X, the …, plans …".
        const groupText = kept.text
        const indices = kept.indices
        state.text = state.text.slice(0, start) + groupText + state.text.slice(end)
        state.folded = foldText(state.text)
        state.rewritten = [...toOriginal.slice(0, start), ...toOriginal.slice(indices[0], indices[1]), ...toOriginal.slice(end)]
        // The rewritten text may have lost a trigger word: test the triggers again.
        triggers.found.fill(0, (index - triggers.first) * triggers.width, (index - triggers.first + 1) * triggers.width)
        state.starts = compiled.sticky ? slotStarts(state.folded) : undefined
        if (state.starts) starts = state.starts
        from = start + groupText.length
        continue
      }
    }
    // After a fact, go on after the match (not inside it: the same clause would match again).
    from = emitted > 0 ? end : start + 1
  }
}

/**
 * Positions where a name slot may begin.
 *
 * @param text Masked sentence, folded.
 * @returns Ascending positions.
 */
function slotStarts(text: string): number[] {
  const out: number[] = []
  SLOT_START.lastIndex = 0
  for (const m of text.matchAll(SLOT_START)) {
    out.push(m.index ?? 0)
    // "the Dr. ⟦X⟧": the marker itself is a start too.
    const marker = m[0].indexOf('\uE000')
    if (marker > 0) out.push((m.index ?? 0) + marker)
  }
  return out
}

/**
 * The next match of a rule at or after `from`: a scan for ordinary rules,
 * sticky tries at slot starts for rules that begin with a name slot.
 *
 * @param compiled Rule.
 * @param text Masked sentence.
 * @param from Position to search from.
 * @param starts Slot starts (for sticky rules).
 * @param work Work counter (optional).
 * @returns Match or null.
 */
function nextMatch(compiled: CompiledRule, text: string, from: number, starts: number[], work?: { runs: number; chars: number; perRule?: Map<string, number> }): RegExpExecArray | null {
  if (!compiled.sticky) {
    compiled.regex.lastIndex = from
    if (work) {
      work.runs++
      work.chars += text.length - from
    }
    return compiled.regex.exec(text)
  }
  for (const at of starts) {
    if (at < from) continue
    if (work) {
      work.runs++
      work.chars += text.length - at
    }
    compiled.sticky.lastIndex = at
    const match = compiled.sticky.exec(text)
    if (match) return match
  }
  return null
}

/**
 * Whether an entity may fill a slot.
 *
 * @param id Entity id (-1: a dropped mention).
 * @param defaultTypes Types the predicate allows.
 * @param ruleTypes Types the rule allows (overrides the predicate's).
 * @param view Entity information.
 * @param strict Whether an unsure type is not enough (default `false`).
 * @returns Whether its type fits.
 */
function fitsSlot(id: number, defaultTypes: string[] | undefined, ruleTypes: string[] | undefined, view: EntityView, strict = false): boolean {
  if (id < 0) return false
  const allowed = ruleTypes ?? defaultTypes
  const { type, sure } = view.typeOf(id)
  // Strict rules demand a sure type where the rule itself names the types.
  if (strict && ruleTypes) return sure && ruleTypes.includes(type)
  // An unsure type may take a role, except that only names with positive
  // Person evidence can be people: unknown names are never taken for people.
  return !allowed || allowed.includes(type) || (!sure && type !== 'Person' && allowed.some((t) => t !== 'Person'))
}

/**
 * Bind a slot's text to arguments: each masked mention of a coordination,
 * a resolved reference, or a Concept noun phrase.
 *
 * @param text Text captured by the slot (undefined when the slot did not take part).
 * @param implicit Whether an absent slot means the main subject (`'publisher'`: the organisation the article speaks for).
 * @param sentence Sentence index.
 * @param position Position in the sentence (for antecedents).
 * @param defaultTypes Types the predicate allows.
 * @param ruleTypes Types the rule allows (overrides the predicate's).
 * @param conceptAllowed Whether the slot may be a Concept.
 * @param view Entity information.
 * @param resolved Collects resolved references.
 * @param strict Whether an unsure type is not enough.
 * @param slotPosition Offset of the slot in the sentence (for the first person; default: `position`).
 * @returns Arguments (empty when nothing fits).
 */
function bindSlot(
  text: string | undefined,
  implicit: boolean | 'publisher' | undefined,
  sentence: number,
  position: number,
  defaultTypes: string[] | undefined,
  ruleTypes: string[] | undefined,
  conceptAllowed: boolean | undefined,
  view: EntityView,
  resolved: ResolvedReference[],
  strict = false,
  slotPosition = position
): Argument[] {
  const allowed = ruleTypes ?? defaultTypes
  const fits = (id: number): boolean => fitsSlot(id, defaultTypes, ruleTypes, view, strict)
  if (text === undefined) {
    if (implicit === 'publisher') {
      const id = view.firstPerson?.(sentence, slotPosition)
      if (id === undefined || !fits(id)) return []
      resolved.push({ text: '', entity: view.nameOf(id), how: 'implicit: the organisation the article speaks for' })
      return [{ entity: id }]
    }
    const main = view.mainSubject
    if (implicit && main !== undefined && fits(main)) {
      resolved.push({ text: '', entity: view.nameOf(main), how: 'implicit: the article\'s main network' })
      return [{ entity: main }]
    }
    return []
  }
  const ids = [...text.replace(LABEL_BEFORE_COLON, 'as well as ').matchAll(MARKER)].map((m) => view.entityOfMention(Number(m[1])))
  if (ids.length > 0) {
    const out: Argument[] = []
    for (const id of ids) if (fits(id) && !out.some((a) => 'entity' in a && a.entity === id)) out.push({ entity: id })
    return out
  }
  const phrase = text.trim().replace(/\s+/g, ' ')
  // "we", "our", "us" (not the country "US"): the organisation the article speaks for.
  if (FIRST_PERSON.has(phrase.toLowerCase())) {
    const id = phrase === 'US' ? undefined : view.firstPerson?.(sentence, slotPosition)
    if (id === undefined || !fits(id)) return []
    resolved.push({ text: phrase, entity: view.nameOf(id), how: 'first person: the organisation the article speaks for' })
    return [{ entity: id }]
  }
  const types = REFERENCE_TYPES.get(phrase.toLowerCase())
  if (types) {
    for (const id of view.antecedents(sentence, position)) {
      const { type } = view.typeOf(id)
      if (types.includes(type) && fits(id)) {
        resolved.push({ text: phrase, entity: view.nameOf(id), how: 'nearest compatible antecedent' })
        return [{ entity: id }]
      }
    }
    const main = view.mainSubject
    if (main !== undefined && fits(main) && types.includes(view.typeOf(main).type)) {
      resolved.push({ text: phrase, entity: view.nameOf(main), how: 'main subject of the article' })
      return [{ entity: main }]
    }
    return []
  }
  if (!conceptAllowed || (allowed && !allowed.includes('Concept'))) return []
  // A coordination of noun phrases gives one Concept per member.
  const out: Argument[] = []
  for (const part of phrase.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
    const concept = part.replace(CONCEPT_DETERMINERS, '').trim()
    if (concept.length < 3 || !/\p{L}/u.test(concept) || !isConceptPhrase(concept) || out.some((a) => 'concept' in a && a.concept === concept)) continue
    out.push({ concept })
  }
  return out
}

/**
 * Whether a noun phrase may be a Concept: not a Title Case phrase the
 * entity stage declined as a name (a headline's words: "Kusama Unveils New
 * Governance Features"), and not a bare gerund ("have started collaborating").
 *
 * @param phrase Noun phrase, determiners stripped.
 * @returns Whether it names a thing.
 */
function isConceptPhrase(phrase: string): boolean {
  const words = phrase.split(' ')
  if (words.length >= 2 && words.every((w) => /^[\p{Lu}\d]/u.test(w))) return false
  return !(words.length === 1 && /^\p{Ll}+ing$/u.test(phrase))
}

/**
 * Confidence of one relation: the rule's base confidence, lowered by 0.1
 * per reference that had to be resolved and by 0.15 when an argument was
 * implicit (taken from the article's main subject).
 *
 * @param base Rule confidence.
 * @param resolutions Number of resolved references.
 * @param implicit Whether an argument was implicit.
 * @returns Confidence in [0.05, 1].
 */
export function scoreConfidence(base: number, resolutions: number, implicit: boolean): number {
  const value = base - 0.1 * resolutions - (implicit ? 0.15 : 0)
  return Math.round(Math.max(0.05, Math.min(1, value)) * 100) / 100
}
