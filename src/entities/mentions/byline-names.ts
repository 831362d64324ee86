/**
 * Finder: the names of a byline paragraph ("By Maria Lopez | Editor").
 */
import type { Sentence } from '../../markdown/types.js'
import type { Mention } from '../types.js'

/** A person's name in a byline: two to four capitalised words. */
const BYLINE_NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}"
/**
 * A byline paragraph: a cue and one or more names, alone or before a role
 * ("By Emma Foster | Senior Editor", "Written by A and B", "Author: A"), or
 * a name alone in parentheses ("(Emma Foster)"). Group 1 or 2 holds the
 * names. Capitals there name people even where a first name is an English
 * word ("By Lily Turner").
 */
const BYLINE = new RegExp(
  `^(?:(?:By|BY|Written by|Words by|Reported by|Authors?:|Byline:)\\s+(${BYLINE_NAME}(?:\\s+(?:and|&)\\s+${BYLINE_NAME})*)\\s*(?:$|[|,(–—-])|\\((${BYLINE_NAME})\\)$)`,
  'u'
)

/**
 * The people a byline paragraph names, whole ("By Lily Turner and Mark
 * Stone"); none when the paragraph is not a byline.
 *
 * @param sentence A paragraph's sentence.
 * @returns Person mentions.
 */
export function bylineNames(sentence: Sentence): Mention[] {
  const m = BYLINE.exec(sentence.text)
  const names = m?.[1] ?? m?.[2]
  if (!m || !names) return []
  const at = m.index + m[0].indexOf(names)
  const out: Mention[] = []
  for (const part of names.matchAll(new RegExp(BYLINE_NAME, 'gu'))) {
    const start = at + part.index
    const end = start + part[0].length
    out.push({ sentence: sentence.index, start, end, surface: part[0], rule: 'name-byline', cues: [{ type: 'Person', weight: 3, rule: 'ctx-person-byline' }], position: 'body' })
  }
  return out
}
