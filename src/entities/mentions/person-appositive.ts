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
/** A first name written as two initials ("JP Simard", "J.P. Simard"). */
const INITIALS = /^\p{Lu}\.?\p{Lu}\.?$/u
/**
 * A signature line before a name: a dash, the person's name, a comma and a role with its
 * preposition or comma ("– Maria Lopez, Staff Engineer @ ", "—Maria Lopez, Director of Research, ").
 */
const SIGNATURE_ROLE_BEFORE = new RegExp(`^\\s*[-–—―]\\s*[\\p{L}.'’-]+(?:\\s+[\\p{L}.'’-]+){0,3},\\s+(?:(?:the|an?)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?${ROLE}(?:\\s+of\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?)?(?:\\s*[@,]|\\s+(?:at|with))\\s*$`, 'iu')

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
  if (!words.every((w, i) => NAME_WORD.test(w) || (i === 0 && INITIALS.test(w)))) return false
  const lower = words.map((w) => w.toLowerCase())
  if (lower.some((w) => schema.notNames.has(w) || schema.suffixType.has(w) || schema.roleWords.has(w) || schema.transparent.has(w))) return false
  if (words.some((w) => isFunctionWord(w) || isVerbFormOnly(w))) return false
  const last = tokens[idx[idx.length - 1]!]!
  if (last.possessive) return false
  const after = text.slice(last.end, last.end + 80)
  return ROLE_FOLLOWS.test(after) || (SPEECH_FOLLOWS.test(after) && (lexiconTags(words[0]!).length === 0 || isFirstName(words[0]!)))
}

/**
 * Whether a run of tokens is the organisation of a signature line, after the person and the
 * role ("– Maria Lopez, Staff Engineer @ Orbit Labs"): a signature reads as a Title Case
 * headline, where capitals say little, but the place after the role is an organisation's.
 *
 * @param text Sentence text.
 * @param tokens Its tokens.
 * @param idx Token indexes of the run.
 * @param schema Entity cues.
 * @returns Whether the run follows a signature's name and role.
 */
export function isNamedAfterSignatureRole(text: string, tokens: Token[], idx: number[], schema: EntitySchema): boolean {
  if (idx.length === 0 || idx.length > 4) return false
  const first = tokens[idx[0]!]!
  if (isFunctionWord(first.text) || schema.notNames.has(first.text.toLowerCase()) || schema.roleWords.has(first.text.toLowerCase())) return false
  const last = tokens[idx[idx.length - 1]!]!
  // The organisation ends the line (or a sentence in it).
  if (!/^\s*[.;]?\s*$/u.test(text.slice(last.end))) return false
  return first.start <= 120 && SIGNATURE_ROLE_BEFORE.test(text.slice(0, first.start))
}
