/**
 * Acronyms and the long forms they stand for ("Cross-Chain Message
 * Passing (XCMP)", "Web3 Foundation (W3F)"). Unlike a ticker, which takes
 * letters from inside one name (KSM from Kusama), an acronym takes the
 * initial of every word of its long form.
 */

/** Words a long form's initials skip ("Proof-of-Stake" → P, S). */
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', '&', 'de', 'la'])

/**
 * Whether `acronym` is an acronym of `longForm`: its first letter is the
 * first word's initial (or an X for a leading "cross"/"trans", as in XCM),
 * and the initial of every other word follows in order. A plural `s`
 * ("NFTs") and the case of the letters ("NPoS") do not matter.
 *
 * @param acronym Short form, such as `XCMP`.
 * @param longForm Words it may stand for; at least two after splitting hyphens.
 * @returns Whether it stands for them.
 */
export function isAcronymOf(acronym: string, longForm: string): boolean {
  const letters = acronym.replace(/s$/, '').toUpperCase().replace(/[^\p{Lu}\p{N}]/gu, '')
  const words = longForm.split(/[\s\-‐–]+/u).filter((w) => w && !CONNECTORS.has(w.toLowerCase()))
  if (letters.length < 2 || words.length < 2) return false
  const initials = words.map((w) => w[0]!.toUpperCase())
  const first = letters[0] === initials[0] || (letters[0] === 'X' && /^(?:cross|trans)/i.test(words[0]!))
  if (!first) return false
  let at = 1
  for (const initial of initials.slice(1)) {
    const found = letters.indexOf(initial, at)
    if (found < 0) return false
    at = found + 1
  }
  return true
}

/**
 * The long form an acronym is defined with in a sentence, if any: the
 * words right before "(ACRONYM)", or the words inside the parentheses
 * right after it ("XCMP (Cross-Chain Message Passing)").
 *
 * @param text Sentence text.
 * @param start Start of the acronym in it.
 * @param end End of the acronym.
 * @returns The long form as written, or `undefined`.
 */
export function acronymLongForm(text: string, start: number, end: number): string | undefined {
  const acronym = text.slice(start, end)
  if (text[start - 1] === '(' && text[end] === ')') {
    const before = text.slice(Math.max(0, start - 100), start - 1).trimEnd()
    const words = before.split(' ')
    // The shortest run of words before the parenthesis that the acronym covers.
    for (let n = 1; n <= Math.min(6, words.length); n++) {
      const candidate = words.slice(-n).join(' ')
      if (/^[\p{L}\p{N}]/u.test(candidate) && isAcronymOf(acronym, candidate)) return candidate
    }
    return undefined
  }
  const after = /^\s*\(([^()]{3,80})\)/u.exec(text.slice(end))
  if (after && isAcronymOf(acronym, after[1]!.trim())) return after[1]!.trim()
  return undefined
}

/**
 * Whether `short` is a clipped compound of `longForm`: the beginnings of two
 * or more of its words run together ("Medtech" for "Medical Technology",
 * "Fintech" for "Financial Technology"), each two letters at least, in
 * order, words between may be skipped.
 *
 * @param short One word, such as `Zetanet`.
 * @param longForm Words it may stand for.
 * @returns Whether it is made of their beginnings.
 */
export function isClippedFormOf(short: string, longForm: string): boolean {
  const target = short.toLowerCase()
  if (!/^\p{L}{4,}$/u.test(short)) return false
  const words = longForm.toLowerCase().split(/[\s\-‐–]+/u).filter((w) => w && !CONNECTORS.has(w))
  if (words.length < 2) return false
  // from(at, w, used): can target[at..] be made of prefixes of words w.. with `used` words taken so far?
  const from = (at: number, w: number, used: number): boolean => {
    if (at === target.length) return used >= 2
    for (let i = w; i < words.length; i++) {
      const word = words[i]!
      for (let n = Math.min(word.length, target.length - at); n >= 2; n--) {
        if (word.slice(0, n) === target.slice(at, at + n) && from(at + n, i + 1, used + 1)) return true
      }
    }
    return false
  }
  return from(0, 0, 0)
}
