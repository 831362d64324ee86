/**
 * Masked sentences: each mention replaced by a marker holding its index, so
 * cue and relation patterns can treat a whole name as one slot.
 */
import { MASK_CLOSE, MASK_OPEN } from './schema.js'
import { lexiconTags, notNounClass } from './english.js'
import type { MarkdownDocument } from '../markdown/types.js'
import type { Mention } from './types.js'

/** A sentence with its mentions masked. */
export interface MaskedSentence {
  /**
   * Text with every mention replaced by `\uE000<index>\uE001` and every
   * whitespace character (no-break and other Unicode spaces) as a plain space.
   */
  text: string
  /** Position in the original sentence text of each masked position (plus the end); made at each use (keep it while needed). */
  readonly toOriginal: Uint32Array | number[]
}

/** Whitespace other than the plain space: exactly what `\s` matches, by construction. */
const OTHER_SPACE = /[^\S ]/g

/**
 * Mask mentions in a sentence.
 *
 * Whitespace becomes a plain space (same length, so positions hold): rule
 * patterns then match a space where they say `\s`, which compiles to far
 * less code (see `compileRule`).
 *
 * @param text Sentence text.
 * @param spans Mentions of this sentence, sorted and non-overlapping, with their global index.
 * @returns Masked sentence.
 */
export function maskSentence(text: string, spans: Array<{ start: number; end: number; index: number }>): MaskedSentence {
  let out = ''
  let pos = 0
  for (const span of spans) {
    out += text.slice(pos, span.start) + marker(span.index)
    pos = span.end
  }
  out += text.slice(pos)
  return new LazyMasked(out.replace(OTHER_SPACE, ' '), text.length, spans)
}

/**
 * The marker of a mention.
 *
 * @param index Global mention index.
 * @returns `\uE000<index>\uE001`.
 */
function marker(index: number): string {
  return `${MASK_OPEN}${index}${MASK_CLOSE}`
}

/** Spans of a sentence without mentions (shared: most sentences of a long article hold none). */
const NO_SPANS: Array<{ start: number; end: number; index: number }> = []

/**
 * A masked sentence whose position map is made when asked for, and not
 * kept: the relation rules need it only where they match (the matcher keeps
 * it while it works on the sentence), and on a 20 MB article the maps of
 * every sentence together take some 75 MB, the maps of the sentences with a
 * match some 55 MB. It keeps only the sentence's length and its mentions'
 * spans (or the sentence it rewrites) to make it.
 */
class LazyMasked implements MaskedSentence {
  /**
   * @param text Masked text.
   * @param length Length of the original sentence text.
   * @param spans Its masked mentions, sorted and non-overlapping, with their global index.
   * @param rewrites A masked sentence of the same positions whose map this one shares.
   */
  constructor(
    readonly text: string,
    private readonly length: number,
    private readonly spans: Array<{ start: number; end: number; index: number }>,
    private readonly rewrites?: MaskedSentence
  ) {}

  /** Original position of each masked position, plus the end (made anew at each call). */
  get toOriginal(): Uint32Array | number[] {
    return this.rewrites ? this.rewrites.toOriginal : positionMap(this.length, this.spans)
  }
}

/**
 * The position map of a masked sentence (see {@link MaskedSentence.toOriginal}).
 * One typed array of the exact length, not a growing number[]: on a 20 MB
 * article the map would otherwise take some 250 MB (8 bytes a character plus slack).
 *
 * @param length Length of the sentence text.
 * @param spans Its masked mentions, sorted and non-overlapping, with their global index.
 * @returns Original position of each masked position, plus the end.
 */
function positionMap(length: number, spans: Array<{ start: number; end: number; index: number }>): Uint32Array {
  const markers = spans.map((span) => marker(span.index))
  let size = length + 1
  spans.forEach((span, k) => (size += markers[k]!.length - (span.end - span.start)))
  const toOriginal = new Uint32Array(size)
  let at = 0
  let pos = 0
  spans.forEach((span, k) => {
    for (let i = pos; i < span.start; i++) toOriginal[at++] = i
    const marker = markers[k]!
    for (let i = 0; i < marker.length; i++) toOriginal[at++] = i === marker.length - 1 ? span.end - 1 : span.start
    pos = span.end
  })
  for (let i = pos; i < length; i++) toOriginal[at++] = i
  toOriginal[at] = length
  return toOriginal
}

/** A list item that starts with a name and a colon ("Zeta: launched ZET", "Zeta: the DeFi hub, built by Y"). */
const LABEL = new RegExp(`^${MASK_OPEN}\\d+${MASK_CLOSE}(:) +([\\p{L}-]+)`, 'u')

/**
 * Let a list item's label be the subject of what follows it: the colon
 * becomes a space before a verb ("Zeta: Launched ZET" reads "Zeta Launched
 * ZET") and a comma before a description ("Zeta: the DeFi hub, built by Y"
 * reads as an appositive). Same length, so positions hold.
 *
 * @param masked Masked sentence.
 * @returns The sentence, rewritten when it is such a label.
 */
export function labelAsSubject(masked: MaskedSentence): MaskedSentence {
  const m = LABEL.exec(masked.text)
  if (!m) return masked
  const word = m[2]!
  const verb = lexiconTags(word).some((t) => /^(?:PastTense|PresentTense|Verb|Infinitive)$/.test(t)) || ['past', 'gerund'].includes(notNounClass(word) ?? '')
  const at = m[0].indexOf(':')
  return new LazyMasked(`${masked.text.slice(0, at)}${verb ? ' ' : ','}${masked.text.slice(at + 1)}`, 0, NO_SPANS, masked)
}

/**
 * Mask every sentence's mentions: the relation rules see each name as a slot.
 * List items' labels become the subject of their item.
 *
 * @param doc Document.
 * @param mentions Mentions.
 * @param mentionEntity Entity of each mention.
 * @returns Masked sentences, one per sentence.
 */
export function maskDocument(doc: MarkdownDocument, mentions: Mention[], mentionEntity: number[]): MaskedSentence[] {
  const bySentence = new Map<number, Array<{ start: number; end: number; index: number }>>()
  mentions.forEach((m, index) => {
    if ((mentionEntity[index] ?? -1) < 0) return
    const list = bySentence.get(m.sentence) ?? []
    list.push({ start: m.start, end: m.end, index })
    bySentence.set(m.sentence, list)
  })
  return doc.sentences.map((s) => {
    const masked = maskSentence(s.text, bySentence.get(s.index) ?? NO_SPANS)
    return s.kind === 'listItem' ? labelAsSubject(masked) : masked
  })
}
