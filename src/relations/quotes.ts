/**
 * Quotation attribution: a double-quoted passage and the entity that said
 * it. Attribution forms are tried in order, the most explicit first (see
 * `ATTRIBUTIONS`): newswire forms ("…," said Maria Lopez, CEO of Orbit Labs;
 * "…," she said; Maria Lopez said: "…"; According to Maria Lopez, "…"), a
 * dash line under a blockquote (— Maria Lopez, Orbit Labs), the later parts
 * of a split quotation, then looser ones (Maria Lopez's concluding words …,
 * "…"; Zeta Labs recognised Omicron as "…").
 */
import type { MarkdownDocument } from '../markdown/types.js'
import type { Mention } from '../entities/types.js'
import type { ResolvedReference } from '../schema.js'
import { affiliationIn, type QuoteAffiliation } from './quote-affiliation.js'
import { CHARACTERISING_VERB, SPEAKER_INTRODUCER, SPEECH_NOUN, SPEECH_TAIL, SPEECH_VERB, TITLE_LOWER_WORDS } from './quote-cues.js'
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js'
import { resolveSpeaker, speakerIn, speakerReference, type BlockView, type Speaker, type SpeakerMode } from './quote-speaker.js'

/** A quotation with its speaker. */
export interface QuoteFact {
  speaker: number
  text: string
  block: number
  /** Span of the quoted text (without the quote marks) in the block text. */
  start: number
  end: number
  rule: string
  /** A pronoun speaker resolved ("he" → Maria Lopez). */
  resolved?: ResolvedReference[]
  /** The speaker's affiliations, when the attribution states a role at an organisation. */
  affiliations?: QuoteAffiliation[]
}

/** How far (in characters) before and after a quotation its attribution is looked for. */
const CLAUSE_REACH = 400

/** Fewer words than this make a quotation a scare quote unless a newswire attribution frames it. */
export const MIN_LOOSE_QUOTE_WORDS = 4

/** What an attribution form sees of one quotation. */
interface QuoteContext {
  views: BlockView[]
  view: BlockView
  span: QuoteSpan
  /** Where the next passage of the block opens (the block end when none does). */
  nextOpen: number
  /** Previous passage in the block and its attribution, if any. */
  previous?: { span: QuoteSpan; found?: Attribution }
  /** Clause before the quotation (after any previous one) and after it (up to the sentence end or the next one). */
  before: [number, number]
  after: [number, number]
  typeOf: (entity: number) => string
  nameOf: (entity: number) => string
  /** Attribution of the last passage of the previous block. */
  previousBlockLast?: { span: QuoteSpan; found?: Attribution; view: BlockView }
}

/** A speaker with where the attribution stands. */
interface Attribution extends Speaker {
  rule: string
  /** Block and span of the attribution (for the affiliation it states). */
  block: number
  start: number
  end: number
  dash?: boolean
}

type AttributionForm = (q: QuoteContext) => Attribution | undefined

const SHORT_OK = /[,.!?…]$/
const DASH = /^[\s*_]*(?:—|–|―|--?)\s*/
const VERB_FIRST = new RegExp(String.raw`^[\s,]*(?:[—–]\s*)?(?:${SPEECH_VERB}|${SPEAKER_INTRODUCER})\b(?:${SPEECH_TAIL}\b)?`, 'i')
const VERB_AFTER_SPEAKER = new RegExp(String.raw`^[\s,]*([^"“”]{1,150}?)\s+(?:also\s+|then\s+|later\s+)?(?:${SPEECH_VERB})(?=${SPEECH_TAIL}(?:\s*[.,;:!?]|\s*$|\s+\p{Lu}))`, 'iud')
const VERB_BEFORE_QUOTE = new RegExp(String.raw`\b(?:${SPEECH_VERB})${SPEECH_TAIL}\s*[:,]?\s*$`, 'i')
const INTRODUCED = new RegExp(String.raw`(?:^|[\s,(])${SPEAKER_INTRODUCER}\s+([^"“”]{1,150}?)\s*[,:]?\s*$`, 'id')
const SPEECH_CUE = new RegExp(String.raw`\b(?:${SPEECH_VERB}|${SPEECH_NOUN}|${SPEAKER_INTRODUCER})\b`, 'i')
/** A pronoun subject of a verb of saying ("He also said he wanted …"). */
const PRONOUN_SAYS = new RegExp(String.raw`(?:^|[,;]\s*|\s)(he|she)\s+(?:[a-z]+\s+){0,2}?(?:${SPEECH_VERB})\b`, 'i')
const CHARACTERISED = new RegExp(String.raw`\b${CHARACTERISING_VERB}\b[^"“”]{0,60}$`, 'i')
/** A title or an initial before a dot: the dot does not end the sentence. */
const ABBREVIATION = /(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|No)|\b\p{Lu})$/u

/** Whether a quotation is short enough to be a scare quote. */
const isShort = (q: QuoteContext): boolean => q.span.words < MIN_LOOSE_QUOTE_WORDS
/** Whether the quotation opens its clause (nothing before it but a previous quotation). */
const opensClause = (q: QuoteContext): boolean => q.view.text.slice(q.before[0], q.before[1]).trim() === ''
/** A short quotation counts only when it opens its clause and ends as an utterance ("Yes," she said). */
const framedShort = (q: QuoteContext): boolean => !isShort(q) || (opensClause(q) && SHORT_OK.test(q.span.body))

/**
 * Attribution forms, in the order they are tried. Explicit newswire forms
 * come first; a quotation that none of them attributes may continue the
 * previous one; the loose forms last, and only for quotations of several
 * words.
 */
const ATTRIBUTIONS: AttributionForm[] = [
  dashAfter,
  verbThenSpeaker,
  speakerThenVerb,
  speakerVerbBefore,
  introducedAbove,
  dashNextBlock,
  continuation,
  speechCueBefore,
  characterised
]

/**
 * Find quotations and their speakers.
 *
 * @param doc Document.
 * @param mentions Mentions in document order.
 * @param entityOf Entity of a mention index (-1 when dropped).
 * @param typeOf Type of an entity.
 * @param nameOf Canonical name of an entity (for resolved pronouns; default: the entity id).
 * @returns Attributed quotes, in document order.
 */
export function findQuotes(doc: MarkdownDocument, mentions: Mention[], entityOf: (mention: number) => number, typeOf: (entity: number) => string, nameOf: (entity: number) => string = String): QuoteFact[] {
  const views = blockViews(doc, mentions, entityOf)
  const spans = views.map((v) => (v.kind === 'heading' ? [] : findQuoteSpans(v.text)))
  // A blockquote without quote marks that a dash line attributes is a quotation too.
  const dashBelow = new Map<QuoteSpan, { block: number; start: number }>()
  for (const view of views) {
    if (view.kind !== 'blockquote' || spans[view.index]!.length > 0) continue
    const bare = bareBlockquote(views, spans, view, typeOf)
    if (!bare) continue
    spans[view.index] = [bare.span]
    if (bare.dash) dashBelow.set(bare.span, bare.dash)
  }
  views.forEach((v, i) => { v.quoted = spans[i]!.map((s) => [s.open, s.close]) })
  const out: QuoteFact[] = []
  let previousBlockLast: QuoteContext['previousBlockLast']
  for (const view of views) {
    let previous: QuoteContext['previous']
    const inBlock = spans[view.index]!
    inBlock.forEach((span, i) => {
      const floor = Math.max(previous?.span.close ?? 0, span.open - CLAUSE_REACH)
      const start = sentenceStart(view.text, span.open, floor)
      const nextOpen = inBlock[i + 1]?.open ?? view.text.length
      const end = sentenceEnd(view.text, span.close, Math.min(nextOpen, span.close + CLAUSE_REACH))
      const context: QuoteContext = { views, view, span, previous, nextOpen, before: [start, span.open], after: [span.close, end], typeOf, nameOf, previousBlockLast }
      let found: Attribution | undefined
      if (isTitle(span.body)) {
        previous = { span }
        return
      }
      if (span.bare) {
        const below = dashBelow.get(span)
        found = below ? dashLine(views[below.block]!, below.start, views[below.block]!.text.length, typeOf, 'quote-speaker-dash-line') : dashAfter(context)
      } else {
        for (const form of ATTRIBUTIONS) {
          found = form(context)
          if (found) break
        }
      }
      previous = { span, found }
      if (!found) return
      // An unclosed quotation in the paragraph before goes on in this one: same speaker.
      const last = previousBlockLast
      if (i === 0 && last && !last.found && last.span.unclosed && last.view.section === view.section && view.text.slice(0, span.open).trim() === '') {
        out.push(quoteFact(doc, views, last.view, last.span, { ...found, rule: 'quote-continuation-paragraph' }, typeOf, false))
      }
      out.push(quoteFact(doc, views, view, span, found, typeOf, true))
    })
    if (view.kind !== 'heading') previousBlockLast = previous ? { ...previous, view } : undefined
  }
  return out
}

/** How many blockquote paragraphs one dash line may attribute. */
const MAX_BARE_PARAGRAPHS = 6

/**
 * A blockquote paragraph without quote marks as a quotation, when a dash
 * line attributes it: at its own end (`… — Maria Lopez, Orbit Labs`) or as a
 * later paragraph of the blockquote or the paragraph under it, with only
 * such paragraphs between.
 *
 * @param views Blocks.
 * @param spans Quoted passages of each block.
 * @param view The blockquote paragraph.
 * @param typeOf Type of an entity.
 * @returns The passage (`bare`), and where the dash line starts when it is in another block.
 */
function bareBlockquote(views: BlockView[], spans: QuoteSpan[][], view: BlockView, typeOf: (entity: number) => string): { span: QuoteSpan; dash?: { block: number; start: number } } | undefined {
  const text = view.text
  if (DASH_LINE_START.test(text)) return undefined
  const ownDash = lastDashAttribution(view, typeOf)
  if (ownDash !== undefined) return bareSpan(text, ownDash)
  for (let j = view.index + 1; j < views.length && j <= view.index + MAX_BARE_PARAGRAPHS; j++) {
    const next = views[j]!
    if (next.kind === 'heading' || next.section !== view.section) return undefined
    const start = DASH_LINE_START.test(next.text) ? 0 : next.kind === 'blockquote' && spans[j]!.length === 0 ? lastDashAttribution(next, typeOf) : undefined
    if (start === 0 && !dashLine(next, 0, next.text.length, typeOf, 'quote-speaker-dash-line')) return undefined
    if (start !== undefined) {
      const span = bareSpan(text, text.length)
      return span && { ...span, dash: { block: j, start } }
    }
    if (next.kind !== 'blockquote' || spans[j]!.length > 0) return undefined
  }
  return undefined
}

/** A dash opening a line ("— Maria Lopez", "-- Omar Haddad"). */
const DASH_LINE_START = /^[\s*_]*(?:—|–|―|--?)\s*\p{Lu}/u
/** A dash before a capitalised word, the candidates for a closing attribution. */
const DASH_BEFORE_NAME = /\s(?:—|–|―|--?)\s*(?=\p{Lu})/gu

/**
 * Where a dash attribution that ends a block starts (`… — Maria Lopez, Orbit Labs`).
 *
 * @param view Block.
 * @param typeOf Type of an entity.
 * @returns Offset of the white space before the dash, or undefined.
 */
function lastDashAttribution(view: BlockView, typeOf: (entity: number) => string): number | undefined {
  let last: number | undefined
  for (const m of view.text.matchAll(DASH_BEFORE_NAME)) last = m.index
  if (last === undefined || !dashLine(view, last, view.text.length, typeOf, 'quote-speaker-dash')) return undefined
  return last
}

/**
 * A passage without marks over `[0, end)` of a text, of several words.
 *
 * @param text Block text.
 * @param end End of the passage.
 * @returns The passage, or undefined when it is too short.
 */
function bareSpan(text: string, end: number): { span: QuoteSpan } | undefined {
  let start = 0
  let stop = end
  while (start < stop && /[\s*_]/.test(text[start]!)) start++
  while (stop > start && /[\s*_]/.test(text[stop - 1]!)) stop--
  const body = text.slice(start, stop)
  const words = body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
  return words >= MIN_LOOSE_QUOTE_WORDS ? { span: { open: start, close: stop, start, end: stop, body, words, bare: true } } : undefined
}

/**
 * A quote fact from a passage and its attribution.
 *
 * @param doc Document.
 * @param views Block views.
 * @param view Block of the passage.
 * @param span The passage.
 * @param found Its attribution.
 * @param typeOf Type of an entity.
 * @param withAffiliation Whether to read the speaker's affiliation from the attribution.
 * @returns The fact.
 */
function quoteFact(doc: MarkdownDocument, views: BlockView[], view: BlockView, span: QuoteSpan, found: Attribution, typeOf: (entity: number) => string, withAffiliation: boolean): QuoteFact {
  const fact: QuoteFact = { speaker: found.entity, text: span.body.replace(/,$/, ''), block: view.index, start: span.start, end: span.end, rule: found.rule }
  if (found.resolved) fact.resolved = found.resolved
  const affiliations = withAffiliation && found.mention && typeOf(found.entity) === 'Person' ? affiliationOf(doc, views[found.block]!, found) : []
  if (affiliations.length) fact.affiliations = affiliations
  return fact
}

const TITLE_LOWER = new Set(TITLE_LOWER_WORDS)

/**
 * Whether quoted words are a title rather than speech ("Zeta Prime: The
 * Next Generation of Scaling"): every word of four letters or more is
 * capitalised, there are two or more, and no sentence punctuation ends it.
 *
 * @param body Quoted text.
 * @returns Whether it reads as a title.
 */
function isTitle(body: string): boolean {
  if (/[.!?,…]$/.test(body)) return false
  const long = body.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w.length >= 4 && !TITLE_LOWER.has(w))
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w))
}

/**
 * The block views: text, mentions placed in block coordinates, section.
 *
 * @param doc Document.
 * @param mentions Mentions.
 * @param entityOf Entity of a mention.
 * @returns One view per block.
 */
function blockViews(doc: MarkdownDocument, mentions: Mention[], entityOf: (mention: number) => number): BlockView[] {
  const views: BlockView[] = doc.blocks.map((b) => ({ index: b.index, kind: b.kind, text: b.text, section: b.section.join('\u0000'), mentions: [], quoted: [] }))
  mentions.forEach((m, i) => {
    const entity = entityOf(i)
    if (entity < 0) return
    const sentence = doc.sentences[m.sentence]!
    views[sentence.block]!.mentions.push({ pos: sentence.blockOffset + m.start, end: sentence.blockOffset + m.end, entity, sentence: m.sentence, titled: !!m.titled })
  })
  for (const v of views) v.mentions.sort((a, b) => a.pos - b.pos)
  return views
}

/**
 * The speaker a stretch names, or the one a pronoun at its end stands for.
 *
 * @param q Quotation context.
 * @param start Start of the stretch.
 * @param end End of the stretch.
 * @param mode How the stretch is read.
 * @param pronounAlone Whether a pronoun must be the whole stretch ("said he") or may end it ("As he").
 * @param view Block holding the stretch (default: the quotation's).
 * @returns The speaker.
 */
function speakerOrReference(q: QuoteContext, start: number, end: number, mode: SpeakerMode, pronounAlone: boolean, view: BlockView = q.view): Speaker | undefined {
  const stretch = view.text.slice(start, end)
  const reference = speakerReference(stretch, pronounAlone)
  const resolve = (ref: string): Speaker | undefined => resolveSpeaker(q.views, view.index, view === q.view ? q.span.open : start, ref, q.typeOf, q.nameOf)
  // A pronoun right before the verb is the subject, whatever names the clause holds before it.
  if (reference && !pronounAlone) return resolve(reference)
  const named = speakerIn(view, start, end, q.typeOf, mode)
  if (named || !reference) return named
  return resolve(reference)
}

/** `"…" — Maria Lopez, Partner at Orbit Labs` in the same block. */
function dashAfter(q: QuoteContext): Attribution | undefined {
  if (!opensClause(q)) return undefined
  return dashLine(q.view, q.span.close, Math.min(q.nextOpen, q.span.close + CLAUSE_REACH), q.typeOf, 'quote-speaker-dash')
}

/** The quotation ends its block and the next block is a dash line: `— Maria Lopez, Orbit Labs`. */
function dashNextBlock(q: QuoteContext): Attribution | undefined {
  const nextView = q.views[q.view.index + 1]
  if (!nextView || nextView.kind === 'heading' || !opensClause(q) || q.view.text.slice(q.span.close).trim().replace(/^[*_.,]+$/, '') !== '') return undefined
  return dashLine(nextView, 0, nextView.text.length, q.typeOf, 'quote-speaker-dash-line')
}

/**
 * A dash attribution: a dash, then a name right away, then nothing or an
 * appositive.
 *
 * @param view Block holding the dash line.
 * @param start Where the dash may start.
 * @param end End of the line.
 * @param typeOf Type of an entity.
 * @param rule Rule id.
 * @returns The attribution.
 */
function dashLine(view: BlockView, start: number, end: number, typeOf: (entity: number) => string, rule: string): Attribution | undefined {
  const dash = DASH.exec(view.text.slice(start, end))
  if (!dash || !/[—–―-]/.test(dash[0])) return undefined
  const from = start + dash[0].length
  const speaker = speakerIn(view, from, end, typeOf, 'any')
  if (!speaker?.mention || view.text.slice(from, speaker.mention.pos).replace(/^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+/, '').trim() !== '') return undefined
  if (!/^\s*(?:$|[,(]|\.\s*$)/.test(view.text.slice(speaker.mention.end, end))) return undefined
  return { ...speaker, rule, block: view.index, start: from, end, dash: true }
}

/** `"…," said Maria Lopez, CEO of Orbit Labs.` / `"…," according to Maria Lopez.` */
function verbThenSpeaker(q: QuoteContext): Attribution | undefined {
  const [from, to] = q.after
  const verb = VERB_FIRST.exec(q.view.text.slice(from, to))
  if (!verb || !framedShort(q)) return undefined
  const speaker = speakerOrReference(q, from + verb[0].length, to, 'any', true)
  return speaker && { ...speaker, rule: 'quote-speaker-after', block: q.view.index, start: from + verb[0].length, end: to }
}

/** `"…," Maria Lopez said.` / `"…," she said.` / `"…," Orbit Labs said in a statement.` */
function speakerThenVerb(q: QuoteContext): Attribution | undefined {
  const [from, to] = q.after
  const clause = VERB_AFTER_SPEAKER.exec(q.view.text.slice(from, to))
  if (!clause || /['’]s?$/.test(clause[1]!) || !framedShort(q)) return undefined
  const [phraseStart, phraseEnd] = clause.indices![1]!.map((i) => from + i) as [number, number]
  const speaker = speakerOrReference(q, phraseStart, phraseEnd, 'subject', false)
  return speaker && { ...speaker, rule: 'quote-speaker-after', block: q.view.index, start: phraseStart, end: phraseEnd }
}

/** `Maria Lopez said: "…"` / `He added, "…"` / `According to Maria Lopez, "…"`. */
function speakerVerbBefore(q: QuoteContext): Attribution | undefined {
  const [from, to] = q.before
  const before = q.view.text.slice(from, to)
  if (!before.trim()) return undefined
  if (isShort(q) && !(/[:,]\s*$/.test(before) && SHORT_OK.test(q.span.body))) return undefined
  return introducingClause(q, q.view, from, to)
}

/** `Maria Lopez added:` ending the paragraph before one that opens with the quotation. */
function introducedAbove(q: QuoteContext): Attribution | undefined {
  if (q.previous || isShort(q) || q.view.text.slice(0, q.span.open).trim() !== '') return undefined
  const above = q.views[q.view.index - 1]
  if (!above || above.kind === 'heading' || above.section !== q.view.section || !/:\s*$/.test(above.text)) return undefined
  const end = above.text.trimEnd().length
  const start = Math.max(sentenceStart(above.text, end - 1, Math.max(0, end - CLAUSE_REACH)), above.quoted[above.quoted.length - 1]?.[1] ?? 0)
  return introducingClause(q, above, start, end)
}

/**
 * The speaker a clause that introduces a quotation names: `According to X,`
 * or `X said:` (the verb ends the clause, with at most an adverbial after it).
 *
 * @param q Quotation context.
 * @param view Block holding the clause.
 * @param from Start of the clause.
 * @param to End of the clause (where the quotation opens).
 * @returns The attribution.
 */
function introducingClause(q: QuoteContext, view: BlockView, from: number, to: number): Attribution | undefined {
  const before = view.text.slice(from, to)
  const introduced = INTRODUCED.exec(before)
  if (introduced) {
    const [start, end] = introduced.indices![1]!.map((i) => from + i) as [number, number]
    const speaker = speakerOrReference(q, start, end, 'any', true, view)
    if (speaker) return { ...speaker, rule: 'quote-speaker-introduced', block: view.index, start, end }
  }
  const verb = VERB_BEFORE_QUOTE.exec(before)
  if (!verb) return undefined
  const end = from + verb.index
  const speaker = speakerOrReference(q, from, end, 'subject', false, view)
  return speaker && { ...speaker, rule: 'quote-speaker-before', block: view.index, start: from, end }
}

/**
 * A later part of a split quotation: `"…," said Maria Lopez. "…"` (the
 * attribution sentence ends right before it) or a paragraph that opens with
 * a quotation after a paragraph that ended with an attributed one.
 */
function continuation(q: QuoteContext): Attribution | undefined {
  if (!opensClause(q)) return undefined
  const p = q.previous
  if (p?.found) {
    const between = q.view.text.slice(p.span.close, q.span.open)
    const end = sentenceEnd(q.view.text, p.span.close, q.span.open)
    const ended = end < q.span.open && q.view.text.slice(end, q.span.open).trim() === ''
    if (/^[\s,]*$/.test(between) || ended) return { ...p.found, rule: 'quote-continuation', resolved: p.found.resolved }
    return undefined
  }
  const last = q.previousBlockLast
  if (p || !last?.found || isShort(q) || q.view.text.slice(0, q.span.open).trim() !== '' || last.view.section !== q.view.section) return undefined
  // The previous paragraph must end with that quotation and at most its attribution.
  const text = last.view.text
  if (text.slice(sentenceEnd(text, last.span.close, Math.min(text.length, last.span.close + CLAUSE_REACH))).trim() !== '') return undefined
  return { ...last.found, rule: 'quote-continuation-paragraph' }
}

/**
 * `Maria Lopez's concluding words …, "…"`, `She also said the deal would "…"`:
 * a speech word in the clause, for quotations of several words; the speaker
 * is the first person or organisation named there, or the one a pronoun
 * subject of the verb stands for.
 */
function speechCueBefore(q: QuoteContext): Attribution | undefined {
  const [from, to] = q.before
  const before = q.view.text.slice(from, to)
  if (isShort(q) || !before.trim() || !(SPEECH_CUE.test(before) || /:\s*$/.test(before))) return undefined
  const pronoun = PRONOUN_SAYS.exec(before)
  const speaker = speakerIn(q.view, from, to, q.typeOf, 'strict') ?? (pronoun ? resolveSpeaker(q.views, q.view.index, q.span.open, pronoun[1]!.toLowerCase(), q.typeOf, q.nameOf) : undefined)
  return speaker && { ...speaker, rule: 'quote-speaker-sentence', block: q.view.index, start: from, end: to }
}

/** `Zeta Labs recognised Omicron as "…"`: the subject calls something by the quoted words. */
function characterised(q: QuoteContext): Attribution | undefined {
  const [from, to] = q.before
  const verb = CHARACTERISED.exec(q.view.text.slice(from, to))
  if (isShort(q) || !verb) return undefined
  const speaker = speakerIn(q.view, from, from + verb.index, q.typeOf, 'strict')
  return speaker && { ...speaker, rule: 'quote-speaker-characterises', block: q.view.index, start: from, end: from + verb.index }
}

/**
 * The affiliation an attribution states, placed in its sentence.
 *
 * @param doc Document.
 * @param view Block of the attribution.
 * @param found The attribution.
 * @returns The affiliations (none when none is stated, or it spreads over two sentences).
 */
function affiliationOf(doc: MarkdownDocument, view: BlockView, found: Attribution): QuoteAffiliation[] {
  const a = affiliationIn(view, found.mention!, found.start, found.end, !!found.dash)
  const sentence = found.mention!.sentence
  if (!a || a.organisations.some((o) => o.sentence !== sentence)) return []
  const offset = doc.sentences[sentence]!.blockOffset
  return a.organisations.map((o) => ({ person: found.entity, organisation: o.entity, sentence, start: a.start - offset, end: a.end - offset, rule: a.rule }))
}

/**
 * Start of the sentence holding a position: just after the last `.`, `!` or
 * `?` before it that is followed by white space and is not an abbreviation's,
 * and not before `floor`.
 *
 * @param text Block text.
 * @param pos Position.
 * @param floor Earliest start.
 * @returns Start offset.
 */
function sentenceStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i > floor; i--) {
    if (/[.!?]/.test(text[i - 1]!) && /\s/.test(text[i]!) && !ABBREVIATION.test(text.slice(Math.max(0, i - 8), i - 1))) return i
  }
  return floor
}

/**
 * End of the sentence after a position (just after its `.`, `!` or `?`),
 * or `limit`.
 *
 * @param text Block text.
 * @param pos Position.
 * @param limit Furthest end.
 * @returns End offset (exclusive).
 */
function sentenceEnd(text: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) {
    if (/[.!?]/.test(text[i]!) && (i + 1 >= text.length || /\s/.test(text[i + 1]!)) && !ABBREVIATION.test(text.slice(Math.max(0, i - 8), i))) return i + 1
  }
  return limit
}
