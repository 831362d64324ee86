/**
 * Refiner: two people joined into one candidate ("Maria Lopez & Tomas
 * Brel", "Maria Lopez and Tomas Brel of Orbit Capital" read as one run), and
 * a person joined to an organisation by "of" ("Maria Lopez of Orbit
 * Capital"). Names of companies keep their ampersand ("Orbit & Sons"):
 * a side splits off only when it is a person's name or a name the document
 * also uses on its own.
 */
import { isFirstName } from '../english.js'
import type { Mention } from '../types.js'
import type { MentionRefiner, RefineContext } from './refiner.js'
import { narrow, sentenceOf } from './refiner.js'

/** Whether words look like a person's name: a known first name and one to two more capitalised words. */
function personLike(part: string): boolean {
  const words = part.split(' ')
  return words.length >= 2 && words.length <= 3 && isFirstName(words[0]!) && words.every((w) => /^\p{Lu}/u.test(w))
}

/** Whether a side of a split stands as a name of its own. */
function standsAlone(part: string, context: RefineContext): boolean {
  return personLike(part) || context.names.has(part)
}

/** Splits candidates at " & " between two names, and at " of " after a person's name. */
export const coordinatedNames: MentionRefiner = {
  id: 'coordinated-names',
  refine(mentions, context) {
    const out: Mention[] = []
    for (const m of mentions) {
      const text = sentenceOf(m, context)
      const parts = splitCandidate(m, context)
      out.push(...(parts ? parts.map(([s, e]) => ({ ...narrow(m, text, s, e), position: m.position === 'heading' ? m.position : ('body' as const) })) : [m]))
    }
    return out
  }
}

/**
 * Where a candidate splits, as sentence offsets, or `undefined`.
 *
 * @param m Candidate.
 * @param context Refine context.
 * @returns Spans of the parts to keep.
 */
function splitCandidate(m: Mention, context: RefineContext): Array<[number, number]> | undefined {
  const s = m.surface
  // "Maria Lopez of Orbit Capital": the person only; the organisation is found as its own run.
  const of = / of (?=\p{Lu})/u.exec(s)
  if (of) {
    const people = s.slice(0, of.index)
    const inner = splitAt(people, m.start, context)
    if (inner || personLike(people)) return [...(inner ?? [[m.start, m.start + of.index]]), [m.start + of.index + 4, m.end]]
  }
  return splitAt(s, m.start, context)
}

/**
 * Split "A & B" where both sides stand alone.
 *
 * @param s Surface.
 * @param offset Its start in the sentence.
 * @param context Refine context.
 * @returns Spans, or `undefined`.
 */
function splitAt(s: string, offset: number, context: RefineContext): Array<[number, number]> | undefined {
  const amp = s.indexOf(' & ')
  if (amp < 0) return undefined
  const left = s.slice(0, amp)
  const right = s.slice(amp + 3)
  if (!standsAlone(left, context) || !standsAlone(right, context)) return undefined
  return [[offset, offset + amp], [offset + amp + 3, offset + s.length]]
}
