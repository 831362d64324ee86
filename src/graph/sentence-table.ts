/**
 * The sentence table of a graph: every sentence (or quoted paragraph) that
 * evidence points to, stored once, with its heading path as indexes into a
 * table of distinct headings. Evidence keeps only its own span and the
 * index of its sentence, so output grows with the input, not with
 * mentions × sentence length.
 */
import type { GraphAttributes, SentenceEntry } from '../schema.js'

/** A sentence as the tables are built from it: section as heading texts. */
export interface SentenceText {
  text: string
  section: string[]
  offset: number
  source?: string
}

/** The sentence and heading tables of a graph, and how to renumber evidence into them. */
export interface SentenceTables {
  sentences: SentenceEntry[]
  headings: string[]
  /** Final index of each entry given to {@link buildSentenceTables}, in the order given. */
  index: number[]
}

/**
 * Sort sentences into their tables: sentences by source, then offset, then
 * text (code-unit order, so any merge order gives the same tables);
 * distinct headings in code-unit order. Equal entries become one.
 *
 * @param list Sentences with their heading texts.
 * @returns Tables and the final index of each entry of `list`.
 */
export function buildSentenceTables(list: SentenceText[]): SentenceTables {
  const keys = list.map(sentenceKey)
  const distinct = [...new Set(keys)].sort(compare)
  const position = new Map(distinct.map((k, i) => [k, i]))
  const byKey = new Map<string, SentenceText>()
  list.forEach((s, i) => {
    if (!byKey.has(keys[i]!)) byKey.set(keys[i]!, s)
  })
  const headings = [...new Set(list.flatMap((s) => s.section))].sort(compare)
  const headingIndex = new Map(headings.map((h, i) => [h, i]))
  const sentences = distinct.map((k) => {
    const s = byKey.get(k)!
    const entry: SentenceEntry = { text: s.text, section: s.section.map((h) => headingIndex.get(h)!), offset: s.offset }
    if (s.source !== undefined) entry.source = s.source
    return entry
  })
  return { sentences, headings, index: keys.map((k) => position.get(k)!) }
}

/**
 * The sentences of a graph's tables with their heading texts.
 *
 * @param attributes Graph attributes holding `sentences` and `headings`.
 * @returns One entry per table entry, in table order.
 */
export function sentenceTexts(attributes: GraphAttributes): SentenceText[] {
  const headings = attributes.headings ?? []
  return (attributes.sentences ?? []).map((s) => {
    const out: SentenceText = { text: s.text, section: s.section.map((h) => headings[h] ?? ''), offset: s.offset }
    if (s.source !== undefined) out.source = s.source
    return out
  })
}

/**
 * What identifies a sentence across graphs: source, offset and text.
 *
 * @param s Sentence.
 * @returns Sort and identity key.
 */
function sentenceKey(s: SentenceText): string {
  return `${s.source ?? ''}\u0000${String(s.offset).padStart(12, '0')}\u0000${s.text}`
}

/**
 * Code-unit comparison.
 *
 * @param a String.
 * @param b String.
 * @returns Order.
 */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
