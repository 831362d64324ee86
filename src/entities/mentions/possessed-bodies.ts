/**
 * Finder: bodies named through a possessive of a found name.
 */
import type { MentionFinder } from './finder.js'
import type { MarkdownDocument } from '../../markdown/types.js'
import type { Mention } from '../types.js'
import type { EntitySchema } from '../schema.js'

/** What follows a body's word when it is part of a compound noun ("foundation model", "council seat" stays a body). */
const BODY_WORD_COMPOUNDS = /^\s+(?:models?|layers?|stones?|courses?|work)\b/u

/**
 * "Zeta's council": a governance body named by its owner's possessive is
 * a mention of "Zeta Council".
 *
 * @param doc Document.
 * @param mentions Name mentions found so far.
 * @param schema Entity cues.
 * @returns Mentions of the possessed bodies.
 */
export function findPossessedBodies(doc: MarkdownDocument, mentions: Mention[], schema: EntitySchema): Mention[] {
  const out: Mention[] = []
  for (const m of mentions) {
    const text = doc.sentences[m.sentence]!.text
    const after = /^['’]s\s+(\p{Ll}+)\b/u.exec(text.slice(m.end))
    if (!after || !schema.headAliasWords.has(after[1]!)) continue
    // "Zeta's foundation model": a compound noun, no body.
    if (BODY_WORD_COMPOUNDS.test(text.slice(m.end + after[0].length, m.end + after[0].length + 16))) continue
    const start = m.end + after[0].length - after[1]!.length
    const word = after[1]!
    out.push({ sentence: m.sentence, start, end: start + word.length, surface: word, name: `${m.surface} ${word[0]!.toUpperCase()}${word.slice(1)}`, rule: 'name-possessed-body', cues: [], position: 'body' })
  }
  return out
}

/**
 * Finder: bodies named by a possessive of a capitalised name
 * ({@link findPossessedBodies}); it reads only what `capitalised-names` found.
 */
export const possessedBodies: MentionFinder = {
  id: 'possessed-bodies',
  find: ({ doc, schema }, found) => findPossessedBodies(doc, found.get('capitalised-names') ?? [], schema)
}
