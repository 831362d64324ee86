/**
 * Refiner: a heading written all in capitals ("### CONTINUED LEADERSHIP BY
 * COMMUNITY MEMBERS ###") says nothing by its capitals. A candidate there is
 * kept only when the document writes it the same way outside such headings
 * ("IBM").
 */
import type { Sentence } from '../../markdown/types.js'
import type { MentionRefiner } from './refiner.js'

/**
 * Whether a sentence is a heading written in capitals: two words or more and
 * no lower-case letter.
 *
 * @param sentence A sentence.
 * @returns Whether it is a shouted heading.
 */
export function isShoutedHeading(sentence: Sentence): boolean {
  return sentence.kind === 'heading' && !/\p{Ll}/u.test(sentence.text) && /\p{Lu}{2,}[^\p{L}]+\p{Lu}{2,}/u.test(sentence.text)
}

/** Drops candidates of shouted headings that the rest of the document never writes. */
export const shoutedHeadings: MentionRefiner = {
  id: 'shouted-headings',
  refine(mentions, context) {
    const sentences = context.doc.sentences
    if (!sentences.some(isShoutedHeading)) return mentions
    const elsewhere = (surface: string): boolean => sentences.some((s) => !isShoutedHeading(s) && s.text.includes(surface))
    return mentions.filter((m) => m.rule === 'name-lexicon' || !isShoutedHeading(sentences[m.sentence]!) || elsewhere(m.surface))
  }
}
