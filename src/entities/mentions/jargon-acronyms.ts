/**
 * Filter: acronyms the document defines as jargon, which name nothing.
 */
import type { MarkdownDocument } from '../../markdown/types.js'
import { acronymLongForm } from '../acronym.js'

/**
 * Acronyms a document defines with a lower-case long form ("cross-chain
 * message passing (XCMP)", "nominated proof-of-stake (NPoS)"): the writer
 * treats the thing as a common noun, so the acronym is jargon, not a name,
 * wherever the document uses it.
 *
 * @param doc Document.
 * @returns Acronyms as written.
 */
export function jargonAcronyms(doc: MarkdownDocument): Set<string> {
  const out = new Set<string>()
  for (const s of doc.sentences) {
    if (!s.text.includes('(')) continue
    for (const m of s.text.matchAll(/\(([\p{Lu}\p{N}][\p{L}\p{N}]{1,7})\)/gu)) {
      const start = m.index + 1
      const long = acronymLongForm(s.text, start, start + m[1]!.length)
      if (long && /^\p{Ll}/u.test(long)) out.add(m[1]!)
    }
    for (const m of s.text.matchAll(/(?<![\p{L}\p{N}])([\p{Lu}\p{N}][\p{L}\p{N}]{1,7})\s*\(\p{Ll}/gu)) {
      const long = acronymLongForm(s.text, m.index, m.index + m[1]!.length)
      if (long && /^\p{Ll}/u.test(long)) out.add(m[1]!)
    }
  }
  return out
}
