/**
 * Attribution forms: each reads one way of naming who said a quotation
 * ("…," said Maria Lopez; Maria Lopez said: "…"; "…" — Maria Lopez) and
 * returns the speaker and where the attribution stands. `ATTRIBUTIONS` is
 * the order they are tried in, and why.
 */
import { CHARACTERISING_VERB, MIN_LOOSE_QUOTE_WORDS, SPEAKER_INTRODUCER, SPEECH_NOUN, SPEECH_TAIL, SPEECH_VERB } from './quote-cues.js'
import { dashLine, signatureLine } from './quote-dash.js'
import type { QuoteSpan } from './quote-spans.js'
import { mentionsIn, resolveSpeaker, speakerIn, speakerReference, type Attribution, type BlockView, type Speaker, type SpeakerMode } from './quote-speaker.js'

/** How far (in characters) before and after a quotation its attribution is looked for. */
export const CLAUSE_REACH = 400

/** What an attribution form sees of one quotation. */
export interface QuoteContext {
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

/** One way of naming who said a quotation: the speaker and where the attribution stands, or undefined. */
export type AttributionForm = (q: QuoteContext) => Attribution | undefined

/** Punctuation that ends an utterance: a short quotation ending so may be speech ("Yes," she said). */
const SHORT_OK = /[,.!?…]$/
/** A verb of saying right after the quotation (`, said`, `, according to`). */
const VERB_FIRST = new RegExp(String.raw`^[\s,]*(?:[—–]\s*)?(?:${SPEECH_VERB}|${SPEAKER_INTRODUCER})\b(?:${SPEECH_TAIL}\b)?`, 'i')
/** A short speaker phrase, then a verb of saying that ends the clause or takes an adverbial (`, Orbit Labs said in a statement.`). */
const VERB_AFTER_SPEAKER = new RegExp(String.raw`^[\s,]*([^"“”]{1,150}?)\s+(?:also\s+|then\s+|later\s+)?(?:${SPEECH_VERB})(?=${SPEECH_TAIL}(?:\s*[.,;:!?]|\s*$|\s+\p{Lu}))`, 'iud')
/** A verb of saying right before the quotation (`said:`, `added,`, `told reporters:`). */
const VERB_BEFORE_QUOTE = new RegExp(String.raw`\b(?:${SPEECH_VERB})${SPEECH_TAIL}\s*[:,]?\s*$`, 'i')
/** A speaker introduced by a phrase right before the quotation (`According to Maria Lopez,`). */
const INTRODUCED = new RegExp(String.raw`(?:^|[\s,(])${SPEAKER_INTRODUCER}\s+([^"“”]{1,150}?)\s*[,:]?\s*$`, 'id')
/** Any word of saying in the clause. */
const SPEECH_CUE = new RegExp(String.raw`\b(?:${SPEECH_VERB}|${SPEECH_NOUN}|${SPEAKER_INTRODUCER})\b`, 'i')
/** A pronoun subject of a verb of saying ("He also said he wanted …"). */
const PRONOUN_SAYS = new RegExp(String.raw`(?:^|[,;]\s*|\s)(he|she)\s+(?:[a-z]+\s+){0,2}?(?:${SPEECH_VERB})\b`, 'i')
/** A verb that calls something by the quoted words, shortly before them. */
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
 * Attribution forms, in the order they are tried, and why:
 * - `dashAfter`: a dash right after the quotation names the speaker outright.
 * - `verbThenSpeaker`, `speakerThenVerb`: a newswire attribution after the
 *   quotation is the strongest cue; "said X" first, as it cannot be misread,
 *   while "X said" needs the speaker phrase bounded.
 * - `speakerVerbBefore`: "X said:" before it comes next: when a sentence has
 *   both (`Asked by Y, she said "…," Y recalled`), the one after the
 *   quotation is the newswire attribution.
 * - `introducedAbove`, `dashNextBlock`: an attribution in the neighbouring
 *   paragraph, only when the quotation's own sentence names nobody.
 * - `continuation`: a quotation no form attributes continues the previous one.
 * - `paragraphSubject`: a first-person quotation standing alone in a
 *   paragraph about one person (a press release's bio, then the quote).
 * - `speechCueBefore`, `characterised`: the loose forms last, and only for
 *   quotations of several words.
 */
export const ATTRIBUTIONS: AttributionForm[] = [
  dashAfter,
  verbThenSpeaker,
  speakerThenVerb,
  speakerVerbBefore,
  introducedAbove,
  dashNextBlock,
  continuation,
  paragraphSubject,
  speechCueBefore,
  characterised
]

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
export function dashAfter(q: QuoteContext): Attribution | undefined {
  if (!opensClause(q)) return undefined
  return dashLine(q.view, q.span.close, Math.min(q.nextOpen, q.span.close + CLAUSE_REACH), q.typeOf, 'quote-speaker-dash')
}

/** The quotation ends its block and the next block is a dash line (`— Maria Lopez, Orbit Labs`), or, in a blockquote, a signature without the dash. */
function dashNextBlock(q: QuoteContext): Attribution | undefined {
  const nextView = q.views[q.view.index + 1]
  if (!nextView || nextView.kind === 'heading' || !opensClause(q) || q.view.text.slice(q.span.close).trim().replace(/^[*_.,]+$/, '') !== '') return undefined
  return dashLine(nextView, 0, nextView.text.length, q.typeOf, 'quote-speaker-dash-line') ?? (q.view.kind === 'blockquote' ? signatureLine(nextView, q.typeOf) : undefined)
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
 * attribution sentence ends right before it), `"…," Orbit Labs wrote on its
 * blog, "…"` (the attribution stands between the parts), or a paragraph that
 * opens with a quotation after a paragraph that ended with an attributed one.
 */
function continuation(q: QuoteContext): Attribution | undefined {
  const p = q.previous
  // `"…," Zeta Labs wrote on its blog, "…"`: the attribution between the parts, no sentence end.
  const text = q.view.text
  if (p?.found && p.found.block === q.view.index && p.found.start >= p.span.close && p.found.end <= q.span.open &&
    /,\s*$/.test(text.slice(p.span.close, q.span.open)) && sentenceEnd(text, p.span.close, q.span.open) === q.span.open) {
    return { ...p.found, rule: 'quote-continuation' }
  }
  if (!opensClause(q)) return undefined
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
  const lastText = last.view.text
  if (lastText.slice(sentenceEnd(lastText, last.span.close, Math.min(lastText.length, last.span.close + CLAUSE_REACH))).trim() !== '') return undefined
  return { ...last.found, rule: 'quote-continuation-paragraph' }
}

/** First-person words: a quotation that has them is someone speaking. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|I['’]m|I['’]ve|I['’]d|[Ww]e|[Ww]e['’]re|[Ww]e['’]ve|[Oo]ur|[Mm]y|me|us)(?![\p{L}'’])/u

/**
 * `Maria Lopez is the founder of Orbit Labs. … "I'm thrilled to join."`: a
 * first-person quotation that is a sentence of its own, in a paragraph that
 * names one person (outside quotations) before it.
 */
function paragraphSubject(q: QuoteContext): Attribution | undefined {
  if (isShort(q) || !opensClause(q) || !FIRST_PERSON.test(q.span.body)) return undefined
  if (!/^[\s.,!?]*$/.test(q.view.text.slice(q.after[0], q.after[1]))) return undefined
  const people = mentionsIn(q.view, 0, q.span.open).filter((m) => q.typeOf(m.entity) === 'Person' && !q.view.quoted.some(([o, c]) => m.pos >= o && m.end <= c))
  const named = new Set(people.map((m) => m.entity))
  if (named.size !== 1) return undefined
  const last = people[people.length - 1]!
  return { entity: last.entity, mention: last, rule: 'quote-speaker-paragraph', block: q.view.index, start: last.pos, end: last.end }
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
 * Start of the sentence holding a position: just after the last `.`, `!` or
 * `?` before it that is followed by white space and is not an abbreviation's,
 * and not before `floor`.
 *
 * @param text Block text.
 * @param pos Position.
 * @param floor Earliest start.
 * @returns Start offset.
 */
export function sentenceStart(text: string, pos: number, floor: number): number {
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
export function sentenceEnd(text: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) {
    if (/[.!?]/.test(text[i]!) && (i + 1 >= text.length || /\s/.test(text[i + 1]!)) && !ABBREVIATION.test(text.slice(Math.max(0, i - 8), i))) return i + 1
  }
  return limit
}
