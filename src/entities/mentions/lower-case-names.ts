/**
 * Finder: lower-case names introduced as names, in possessor or appositive
 * position before a chain noun.
 */
import type { MentionFinder } from './finder.js'
import { isCommonWord } from '../english.js'
import type { Mention } from '../types.js'
import type { EntitySchema } from '../schema.js'
import type { TokenisedSentence } from './word-use.js'

/**
 * Lower-case names introduced as names ("krest, peaq's canary network"):
 * a word unknown to the lexicon in possessor or appositive position before
 * a chain noun; every later use of the word is a mention too.
 *
 * @param tokenised Sentences with their tokens.
 * @param schema Entity cues.
 * @returns Mentions of lower-case names.
 */
export function findLowerCaseNames(tokenised: TokenisedSentence[], schema: EntitySchema): Mention[] {
  const introducers = [
    /(?<![\p{L}\p{N}])(\p{Ll}[\p{Ll}\p{N}-]{2,})['’]s\s+(?:own\s+)?(?:canary network|parachain|testnet|mainnet|native token|relay chain)\b/gu,
    /(?<![\p{L}\p{N}])(\p{Ll}[\p{Ll}\p{N}-]{2,}),\s+(?:(?:the|an?)\s+(?:[\p{Ll}\p{N}-]+\s+){0,3}?|\p{L}[\p{L}\p{N}-]*['’]s\s+(?:[\p{Ll}\p{N}-]+\s+){0,2}?)(?:canary network|parachain|testnet|mainnet|blockchain|protocol)\b/gu
  ]
  const names = new Set<string>()
  for (const { sentence: s } of tokenised) {
    for (const m of introducers.flatMap((re) => [...s.text.matchAll(re)])) {
      const word = m[1]!
      if (isCommonWord(word) || schema.notNames.has(word) || schema.roleWords.has(word) || /^(?:it|its|their|our|which|that|this)$/.test(word)) continue
      names.add(word)
    }
  }
  const out: Mention[] = []
  if (names.size === 0) return out
  for (const { sentence: s, tokens } of tokenised) {
    for (const t of tokens) {
      if (!names.has(t.text)) continue
      out.push({ sentence: s.index, start: t.start, end: t.end, surface: t.text, rule: 'name-lowercase-introduced', cues: [], position: 'body' })
    }
  }
  return out
}

/** Finder: lower-case names introduced as names ({@link findLowerCaseNames}). */
export const lowerCaseNames: MentionFinder = {
  id: 'lower-case-names',
  find: ({ tokenised, schema }) => findLowerCaseNames(tokenised, schema)
}
