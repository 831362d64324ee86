/**
 * Word tokens with their offsets, the unit the name finder works on.
 */

/** A word of a sentence. */
export interface Token {
  /** The word, without a possessive `'s`. */
  text: string
  start: number
  /** End of the word (before any possessive). */
  end: number
  /** Whether `'s` / `’s` (or a bare `'` after s) follows. */
  possessive: boolean
  /** End including the possessive. */
  outerEnd: number
}

// Letters/digits, with inner hyphens, ampersands, apostrophes and dots that
// sit between letters ("co-founder", "AT&T", "e.g"). Linear: one pass, no nesting.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_]|[-&.'’](?=[\p{L}\p{N}]))*/gu

/**
 * Split text into word tokens.
 *
 * @param text Sentence text.
 * @returns Tokens in order.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0
    let word = match[0]
    // "Zug-based", "Polkadot-bound", "EVM-compatible": the name is only the first part.
    const compound = /^(.+?)-(?:based|headquartered|born|powered|built|focused|focussed|backed|native|led|bound|compatible|centric|specific|oriented|inspired|enabled|driven|owned|funded|secured|related|wide|style|like)$/i.exec(word)
    if (compound && /^\p{Lu}/u.test(word)) word = compound[1]!
    let end = start + word.length
    let outerEnd = end
    let possessive = false
    const poss = /['’][sS]$/.exec(word)
    if (poss && word.length > 2) {
      word = word.slice(0, -2)
      end -= 2
      possessive = true
    } else if (/[sS]$/.test(word) && (text[end] === "'" || text[end] === '’') && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) {
      possessive = true
      outerEnd = end + 1
    }
    tokens.push({ text: word, start, end, possessive, outerEnd })
  }
  return tokens
}

/**
 * Whether a token is written like a name: a capital first letter, or a
 * capital inside a word ("eToro"), or a capitalised word with digits ("Web3"),
 * or digits before a capitalised word ("1Password").
 *
 * @param word Token text.
 * @returns Whether it looks capitalised.
 */
export function isCapitalised(word: string): boolean {
  // "1Password": digits before a capitalised word.
  return /^\p{Lu}/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word) || /^\p{N}+\p{Lu}\p{Ll}/u.test(word)
}

/**
 * Whether a word is written in capitals only ("ZET", "W3F").
 *
 * @param word Token text.
 * @returns Whether it is an all-capitals word of two or more letters.
 */
export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}\p{N}]{2,}$/u.test(word) && /\p{Lu}/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}/u.test(word)
}

/**
 * Whether a word has a shape that common words never have: inner capitals,
 * letters mixed with digits, all capitals.
 *
 * @param word Token text.
 * @returns Whether the shape alone marks a name.
 */
export function hasNameShape(word: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(word) || (/\p{L}/u.test(word) && /\p{N}/u.test(word)) || isAllCaps(word)
}
