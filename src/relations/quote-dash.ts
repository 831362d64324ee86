/**
 * Dash attributions: `"…" — Maria Lopez, Orbit Labs` and `-- Omar Haddad`
 * on the line under a blockquote, and blockquotes without quote marks that
 * such a line signs.
 */
import { MIN_LOOSE_QUOTE_WORDS } from './quote-cues.js'
import type { QuoteSpan } from './quote-spans.js'
import { speakerIn, type Attribution, type BlockView } from './quote-speaker.js'

const DASH = /^[\s*_]*(?:—|–|―|--?)\s*/

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
export function dashLine(view: BlockView, start: number, end: number, typeOf: (entity: number) => string, rule: string): Attribution | undefined {
  const dash = DASH.exec(view.text.slice(start, end))
  if (!dash || !/[—–―-]/.test(dash[0])) return undefined
  return namedLine(view, start + dash[0].length, end, typeOf, rule)
}

/**
 * A line that opens with a name, then nothing or an appositive: the speaker
 * of a dash line, or of a signature.
 *
 * @param view Block holding the line.
 * @param from Where the name may start (a title may come first).
 * @param end End of the line.
 * @param typeOf Type of an entity.
 * @param rule Rule id.
 * @returns The attribution.
 */
function namedLine(view: BlockView, from: number, end: number, typeOf: (entity: number) => string, rule: string): Attribution | undefined {
  const speaker = speakerIn(view, from, end, typeOf, 'any')
  if (!speaker?.mention || view.text.slice(from, speaker.mention.pos).replace(/^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+/, '').trim() !== '') return undefined
  if (!/^\s*(?:$|[,(;]|\.\s*$)/.test(view.text.slice(speaker.mention.end, end))) return undefined
  return { ...speaker, rule, block: view.index, start: from, end, dash: true }
}

/** Most words a signature line holds (a name and a role at an organisation). */
const MAX_SIGNATURE_WORDS = 16

/**
 * A signature under a quotation in a blockquote, without a dash: a
 * blockquote paragraph of its own that is only a name and an appositive
 * (`Maria Lopez, CEO of Orbit Labs`), as in `> "…"` / `>` / `> Maria Lopez,
 * CEO`, or the caption of a quotation component. A longer paragraph, one
 * with quote marks or a second sentence is text, not a signature.
 *
 * @param view Block that may be the signature.
 * @param typeOf Type of an entity.
 * @returns The attribution.
 */
export function signatureLine(view: BlockView, typeOf: (entity: number) => string): Attribution | undefined {
  const text = view.text
  if (view.kind !== 'blockquote' || /["“”«»]/.test(text) || /[.!?]\s+\S/.test(text)) return undefined
  if (text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > MAX_SIGNATURE_WORDS) return undefined
  return namedLine(view, 0, text.length, typeOf, 'quote-speaker-signature')
}

/**
 * The attribution of a whole block that signs the quotation above it: a
 * dash line, or a signature without a dash.
 *
 * @param view The block under the quotation.
 * @param typeOf Type of an entity.
 * @returns The attribution.
 */
export function signedBy(view: BlockView, typeOf: (entity: number) => string): Attribution | undefined {
  return dashLine(view, 0, view.text.length, typeOf, 'quote-speaker-dash-line') ?? signatureLine(view, typeOf)
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
export function bareBlockquote(views: BlockView[], spans: QuoteSpan[][], view: BlockView, typeOf: (entity: number) => string): { span: QuoteSpan; dash?: { block: number; start: number } } | undefined {
  const text = view.text
  if (DASH_LINE_START.test(text) || signatureLine(view, typeOf)) return undefined
  const ownDash = lastDashAttribution(view, typeOf)
  if (ownDash !== undefined) return bareSpan(text, ownDash)
  for (let j = view.index + 1; j < views.length && j <= view.index + MAX_BARE_PARAGRAPHS; j++) {
    const next = views[j]!
    if (next.kind === 'heading' || next.section !== view.section) return undefined
    const start = DASH_LINE_START.test(next.text) || signatureLine(next, typeOf) ? 0 : next.kind === 'blockquote' && spans[j]!.length === 0 ? lastDashAttribution(next, typeOf) : undefined
    if (start === 0 && !signedBy(next, typeOf)) return undefined
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
