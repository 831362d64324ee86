/**
 * Refiner: code in READMEs and changelogs. Identifiers written in camel case
 * from English words (`reconnectOnError`, `maxRetriesPerRequest`), snake
 * case and dotted paths are not names; neither are words glued to code
 * punctuation (`Options.timeout`, `Client()`).
 */
import type { MentionRefiner } from './refiner.js'
import { sentenceOf } from './refiner.js'

/**
 * Whether a word is an identifier: lower camel case that starts with a
 * word and goes on in capitalised words ("reconnectOnError"; not a brand
 * like "xcXRT", "zkSync" or "dYdX"), snake case, or a dotted path.
 *
 * @param word A candidate of one word.
 * @returns Whether it is code.
 */
export function isCodeIdentifier(word: string): boolean {
  // Snake case, and a member after a dot ("Options.timeout"); not a domain-like name ("Node.js", "Orbit.io").
  if (/\p{L}/u.test(word) && word.includes('_')) return true
  if (/^\p{L}[\p{L}\p{N}]*(?:\.\p{L}[\p{L}\p{N}]*)*\.\p{Ll}[\p{L}\p{N}'’]*$/u.test(word) && !/\.(?:js|ts|com|io|org|net|ai|app|dev|xyz|fi|sh|co|gg|so|me|tech|finance|network|exchange|link)$/u.test(word)) return true
  // Brands in lower camel case have a short first part ("zkSync", "iPhone", "xcDOT", "dYdX"); identifiers a word ("reconnectOnError").
  const humps = word.split(/(?=\p{Lu}\p{Ll})/u)
  return humps.length >= 2 && /^\p{Ll}{3,}$/u.test(humps[0]!) && humps.slice(1).every((h) => /^\p{Lu}\p{Ll}+$/u.test(h))
}

/** Drops code identifiers and names glued to code punctuation. */
export const codeIdentifiers: MentionRefiner = {
  id: 'code-identifiers',
  refine(mentions, context) {
    return mentions.filter((m) => {
      // A run of capitals holding code is code ("Renamed Frame.gas", "Hex.assert & Hex.validate").
      if (m.surface.split(' ').some((w) => isCodeIdentifier(w))) return false
      if (m.surface.includes(' ')) return true
      const text = sentenceOf(m, context)
      // "Client()", "Options.timeout", "Redis#connect": the word is code.
      return !(/^(?:\(\)|\.\p{Ll}|#\p{Ll})/u.test(text.slice(m.end)) || /\p{Ll}\.$/u.test(text.slice(Math.max(0, m.start - 2), m.start)))
    })
  }
}
