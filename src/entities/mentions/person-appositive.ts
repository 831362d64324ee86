/**
 * A person named before a role appositive or a speech verb: "Hope Varga,
 * Director of Research, Orbix" or "Will Quell said". The first name may be
 * a common word the lexicon knows ("Hope", "Will", "Christian") or a name
 * it does not know at all; two or three capitalised words in that place
 * are a person's name all the same, and sentence-initial capitals are not
 * stripped off it.
 */
import { PERSON_ROLES } from '../cues.js'
import { isFirstName, isFunctionWord, isVerbFormOnly, lexiconTags } from '../english.js'
import type { EntitySchema } from '../schema.js'
import type { Token } from '../tokenize.js'

const ROLE = `(?:${PERSON_ROLES.join('|')})`
/** A role appositive ("…, Director of X", "…, the CEO of X", "…, VP, X"). */
const ROLE_FOLLOWS = new RegExp(`^,\\s+(?:(?:the|an?|our|its)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${ROLE}\\b`, 'iu')
/** A speech verb ("… said"): weaker, so the first word must be no English word ("Later Brel wrote" is no person). */
const SPEECH_FOLLOWS = /^,?\s+(?:said|says|added|noted|explained|stated|commented|wrote)\b/u
/** A word of a person's name: capitalised, maybe double-barrelled ("Preston-Werner"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?$/u

/**
 * Whether a run of tokens is a person's name by what follows it.
 *
 * @param text Sentence text.
 * @param tokens Its tokens.
 * @param idx Token indexes of the run.
 * @param schema Entity cues.
 * @returns Whether the run is two or three name words before a role appositive or speech verb.
 */
export function isNamedBeforeRole(text: string, tokens: Token[], idx: number[], schema: EntitySchema): boolean {
  if (idx.length < 2 || idx.length > 3) return false
  const words = idx.map((k) => tokens[k]!.text)
  if (!words.every((w) => NAME_WORD.test(w))) return false
  const lower = words.map((w) => w.toLowerCase())
  if (lower.some((w) => schema.notNames.has(w) || schema.suffixType.has(w) || schema.roleWords.has(w) || schema.transparent.has(w))) return false
  if (words.some((w) => isFunctionWord(w) || isVerbFormOnly(w))) return false
  const last = tokens[idx[idx.length - 1]!]!
  if (last.possessive) return false
  const after = text.slice(last.end, last.end + 80)
  return ROLE_FOLLOWS.test(after) || (SPEECH_FOLLOWS.test(after) && (lexiconTags(words[0]!).length === 0 || isFirstName(words[0]!)))
}
