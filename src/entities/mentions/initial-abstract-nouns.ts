/**
 * Refiner: a word with an abstract noun's ending ("Incentivization",
 * "Decentralization", "Interoperability") capitalised only because it
 * starts its sentences is an English noun the lexicon does not know, not a
 * name. It goes when every one of its candidates starts a sentence; a name
 * the document also writes mid-sentence stays.
 */
import { hasAbstractNounEnding } from '../english.js'
import type { MentionRefiner } from './refiner.js'
import { sentenceOf, startsSentence } from './refiner.js'

/** Drops abstract nouns that are capitalised only at sentence starts. */
export const initialAbstractNouns: MentionRefiner = {
  id: 'initial-abstract-nouns',
  refine(mentions, context) {
    const midSentence = new Set<string>()
    for (const m of mentions) if (!startsSentence(sentenceOf(m, context), m.start)) midSentence.add(m.surface)
    return mentions.filter((m) => m.rule === 'name-lexicon' || m.surface.includes(' ') || midSentence.has(m.surface) || !hasAbstractNounEnding(m.surface))
  }
}
