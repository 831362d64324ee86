/**
 * What a mention refiner is (chrono's refiners: each takes the candidates
 * and returns them corrected), and the small helpers refiners share.
 */
import type { MarkdownDocument } from '../../markdown/types.js'
import type { EntitySchema } from '../schema.js'
import type { Mention } from '../types.js'

/** What every refiner may read. */
export interface RefineContext {
  doc: MarkdownDocument
  schema: EntitySchema
  /** Surfaces of all candidates of the document, as written. */
  names: Set<string>
  /** Words the document writes in lower case (outside headlines). */
  lowerCaseWords: Set<string>
}

/** A refiner: drops, narrows or splits candidates that only look like names. */
export interface MentionRefiner {
  /** Id, for order comments and debugging. */
  id: string
  /**
   * Correct the candidates.
   *
   * @param mentions Candidates in document order.
   * @param context Document, cues and word use.
   * @returns Corrected candidates in document order.
   */
  refine(mentions: Mention[], context: RefineContext): Mention[]
}

/**
 * The mention narrowed to `start`–`end` of its sentence (a name given by a
 * possessive is kept only when the span is unchanged).
 *
 * @param m Mention.
 * @param text Its sentence text.
 * @param start New start.
 * @param end New end.
 * @returns The narrowed mention.
 */
export function narrow(m: Mention, text: string, start: number, end: number): Mention {
  const { name, ...rest } = m
  const out: Mention = { ...rest, start, end, surface: text.slice(start, end) }
  if (name && start === m.start && end === m.end) out.name = name
  return out
}

/**
 * Which words of a mention's surface stay when words passing `drop` are
 * trimmed off either end ("Zeta ALWAYS" → "Zeta", "HTTP Zeta API" → "Zeta").
 *
 * @param words The surface split at spaces.
 * @param drop Whether a word at an end goes.
 * @returns Index of the first word kept and one past the last (equal when none is).
 */
export function trimEnds(words: string[], drop: (word: string) => boolean): [number, number] {
  let first = 0
  let last = words.length
  while (first < last && drop(words[first]!)) first++
  while (last > first && drop(words[last - 1]!)) last--
  return [first, last]
}

/**
 * A mention narrowed to its words `first` to `last` (see {@link trimEnds}).
 *
 * @param m Mention.
 * @param context Refine context.
 * @param words The surface split at spaces.
 * @param first First word kept.
 * @param last One past the last word kept.
 * @returns The narrowed mention.
 */
export function narrowToWords(m: Mention, context: RefineContext, words: string[], first: number, last: number): Mention {
  const start = m.start + words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0)
  return narrow(m, sentenceOf(m, context), start, start + words.slice(first, last).join(' ').length)
}

/**
 * Whether only opening punctuation stands between the start of the
 * sentence and `offset` (the word there is the sentence's first).
 *
 * @param text Sentence text.
 * @param offset Offset of a word.
 * @returns Whether the word starts the sentence.
 */
export function startsSentence(text: string, offset: number): boolean {
  return offset <= 40 && /^[\s"“‘'*_([#>-]*$/u.test(text.slice(0, offset))
}

/**
 * The sentence text of a mention.
 *
 * @param m Mention.
 * @param context Refine context.
 * @returns Sentence text.
 */
export function sentenceOf(m: Mention, context: RefineContext): string {
  return context.doc.sentences[m.sentence]!.text
}
