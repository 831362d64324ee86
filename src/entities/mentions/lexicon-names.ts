/**
 * Finder: names of the user's lexicon, wherever written as in the lexicon.
 */
import type { MentionFinder } from './finder.js'
import type { Sentence } from '../../markdown/types.js'
import type { Mention } from '../types.js'
import type { EntitySchema } from '../schema.js'
import type { Token } from '../tokenize.js'

/**
 * Names of the user's lexicon, wherever they are written as in the lexicon
 * (same case, whole words): a known name is found even where capitals say
 * nothing ("Orbit Labs" at the start of a sentence, where "Orbit" is an
 * English word).
 *
 * @param tokenised Sentences and their tokens.
 * @param schema Entity cues (the lexicon).
 * @returns Mentions, longest name first at each word.
 */
export function findLexiconNames(tokenised: Array<{ sentence: Sentence; tokens: Token[] }>, schema: EntitySchema): Mention[] {
  const out: Mention[] = []
  if (schema.lexiconNames.size === 0) return out
  for (const { sentence, tokens } of tokenised) {
    for (let i = 0; i < tokens.length; i++) {
      for (let n = Math.min(schema.lexiconMaxWords, tokens.length - i); n >= 1; n--) {
        const start = tokens[i]!.start
        const end = tokens[i + n - 1]!.end
        const surface = sentence.text.slice(start, end)
        if (!schema.lexiconNames.has(surface)) continue
        out.push({ sentence: sentence.index, start, end, surface, rule: 'name-lexicon', cues: [], position: 'body' })
        i += n - 1
        break
      }
    }
  }
  return out
}

/** Finder: names of the user's lexicon ({@link findLexiconNames}). */
export const lexiconNames: MentionFinder = {
  id: 'lexicon-names',
  find: ({ tokenised, schema }) => findLexiconNames(tokenised, schema)
}
