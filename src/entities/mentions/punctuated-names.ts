/**
 * Finder: names whose punctuation splits them into tokens the capitalised
 * finder reads apart: a parenthesised number ("Q(1) Labs"), dotted initials
 * ("B.K. Digital Ltd."). Where they overlap the pieces, the longer name wins.
 */
import type { MentionFinder } from './finder.js'
import type { Mention } from '../types.js'

/** Capitalised words that may follow the punctuated part of a name. */
const MORE = String.raw`(?:\s+\p{Lu}[\p{L}\p{N}]*(?:\.(?=\s|$|[,;:)]))?)*`
/** "Q(1) Labs": a capital word with a parenthesised number glued on, then capitalised words. */
const NUMBERED = new RegExp(String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*\(\p{N}+\)${MORE}`, 'gu')
/** "B.K. Digital Ltd.": two or more dotted initials, then capitalised words. */
const INITIALS = new RegExp(String.raw`(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,}(?=\s+\p{Lu})${MORE}`, 'gu')

/** Finder: names written with parentheses or dotted initials. */
export const punctuatedNames: MentionFinder = {
  id: 'punctuated-names',
  find({ doc, schema, tokenised }) {
    const out: Mention[] = []
    for (const sentence of doc.sentences) {
      if (!/\(\p{N}|\p{Lu}\.\p{Lu}\./u.test(sentence.text)) continue
      for (const re of [NUMBERED, INITIALS]) {
        for (const match of sentence.text.matchAll(re)) {
          // A trailing dot ends the sentence or an abbreviation ("Ltd."): the name is the words.
          let surface = match[0].replace(/\.$/, '')
          // In a Title Case heading every word is capitalised: only suffixes go on the name ("Q(1) Labs Announces …").
          if (tokenised[sentence.index]!.headline) {
            const words = surface.split(' ')
            let keep = 1
            while (keep < words.length && schema.suffixType.has(words[keep]!.replace(/\.$/, '').toLowerCase())) keep++
            surface = words.slice(0, keep).join(' ').replace(/\.$/, '')
          }
          const start = match.index ?? 0
          out.push({ sentence: sentence.index, start, end: start + surface.length, surface, rule: 'name-punctuated', cues: [], position: sentence.kind === 'heading' ? 'heading' : 'body' })
        }
      }
    }
    return out.sort((a, b) => a.sentence - b.sentence || a.start - b.start)
  }
}
