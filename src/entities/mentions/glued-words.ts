/**
 * Refiner: words glued together by a page converter ("OrbitNewsMore",
 * "DetailsZetex", "MethodologyAs"): a heading or menu word run into a name
 * without a space. A glued function word is cut off ("…As", "…More"); a
 * glued word is cut off a name the document also writes on its own
 * ("DetailsZetex" where "Zetex" stands alone elsewhere); what is left must
 * still be a name.
 */
import { isFunctionWord } from '../english.js'
import { hasNameShape } from '../tokenize.js'
import type { Mention } from '../types.js'
import type { MentionRefiner, RefineContext } from './refiner.js'
import { narrow, sentenceOf } from './refiner.js'

/**
 * The span of a glued word that is the name, relative to the word, or
 * `undefined` when the word is not glued.
 *
 * @param word One word.
 * @param context The document's names, and the suffix words of the cues (never cut off).
 * @returns `[start, end]` within the word, `[0, 0]` to drop it.
 */
export function gluedName(word: string, context: Pick<RefineContext, 'names'> & { suffixes: Set<string> }): [number, number] | undefined {
  // Capitalised humps: "CoinDeskMore" → Coin, Desk, More.
  const humps = word.split(/(?<=\p{Ll})(?=\p{Lu})/u)
  if (humps.length < 2) return undefined
  let start = 0
  let end = word.length
  let first = 0
  let last = humps.length
  // A trailing function word is a glued next sentence or menu word ("MethodologyAs", "CoinDeskMore").
  while (last - first > 1 && /^\p{Lu}\p{Ll}+$/u.test(humps[last - 1]!) && isFunctionWord(humps[last - 1]!)) {
    end -= humps[--last]!.length
  }
  // A leading word glued to a name the document writes alone ("DetailsZetex").
  // Only plain words are cut off ("Details"), never an acronym or a suffix of the name ("KusamaDAO", "xcXRT").
  const plainWord = (h: string): boolean => /^\p{Lu}\p{Ll}{2,}$/u.test(h) && !context.suffixes.has(h.toLowerCase())
  for (let k = first + 1; k < last; k++) {
    const rest = humps.slice(k, last).join('')
    if (context.names.has(rest) && rest.length >= 3 && humps.slice(first, k).every(plainWord)) {
      start += humps.slice(first, k).join('').length
      first = k
      break
    }
  }
  // And a name followed by a glued word ("OrbitNewsMore" once "More" is off, "ZetexDetails").
  for (let k = last - 1; k > first; k--) {
    const head = humps.slice(first, k).join('')
    if (context.names.has(head) && head.length >= 3 && humps.slice(k, last).every(plainWord)) {
      end -= humps.slice(k, last).join('').length
      last = k
      break
    }
  }
  if (start === 0 && end === word.length) return undefined
  const left = word.slice(start, end)
  // What is left is a name only by its shape or by the document's use of it.
  return hasNameShape(left) || context.names.has(left) ? [start, end] : [0, 0]
}

/** Cuts glued words off one-word candidates, or drops them. */
export const gluedWords: MentionRefiner = {
  id: 'glued-words',
  refine(mentions, context) {
    const out: Mention[] = []
    for (const m of mentions) {
      if (m.surface.includes(' ') || m.rule === 'name-lexicon') {
        out.push(m)
        continue
      }
      const span = gluedName(m.surface, { names: context.names, suffixes: new Set(context.schema.suffixType.keys()) })
      if (!span) out.push(m)
      else if (span[1] > span[0]) out.push(narrow(m, sentenceOf(m, context), m.start + span[0], m.start + span[1]))
    }
    return out
  }
}
