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
import { TITLE_LOWER_WORDS } from './quote-cues.js'
import { bareBlockquote, dashLine, signedBy } from './quote-dash.js'
import { ATTRIBUTIONS, CLAUSE_REACH, dashAfter, sentenceEnd, sentenceStart, type QuoteContext } from './quote-forms.js'
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js'
import type { Attribution, BlockView } from './quote-speaker.js'

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
    // Scare quotes inside a blockquote ("a lot of ‘what ifs’") do not make it a quoted passage of its own.
    if (view.kind !== 'blockquote' || !spans[view.index]!.every((s) => isScareQuote(view.text, s))) continue
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
        found = below ? (below.start === 0 ? signedBy(views[below.block]!, typeOf) : dashLine(views[below.block]!, below.start, views[below.block]!.text.length, typeOf, 'quote-speaker-dash-line')) : dashAfter(context)
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

/** Most words of a scare-quoted phrase inside running text. */
const MAX_SCARE_QUOTE_WORDS = 3

/**
 * Whether a quoted passage is a scare-quoted phrase inside running text
 * ("a lot of ‘what ifs’ in building"): a few words, with text on both sides
 * in its block.
 *
 * @param text Block text.
 * @param span The passage.
 * @returns Whether it is one.
 */
function isScareQuote(text: string, span: QuoteSpan): boolean {
  return span.words <= MAX_SCARE_QUOTE_WORDS && /[\p{L}\p{N}]/u.test(text.slice(0, span.start)) && /[\p{L}\p{N}]/u.test(text.slice(span.end))
}

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
