/**
 * Document-wide alias rules: names in one article that are variants of one
 * name although no sentence sets them side by side. Each rule looks at the
 * distinct mention keys only (lower case) and proposes pairs to join.
 */
import { isAcronymOf } from './acronym.js'

/** Connectors an acronym skips ("Bank of Zeta" → BZ). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', '&', 'de'])

/**
 * Whether `short` spells the initial of every word of `long`, exactly and
 * in order (stricter than {@link isAcronymOf}, because here no sentence
 * sets the two side by side).
 *
 * @param short All-capital short form as written ("ZOF").
 * @param long Long form ("Zeta Orbit Foundation").
 * @returns Whether the short form is the long form's initials.
 */
export function spellsInitials(short: string, long: string): boolean {
  const words = long.split(/[\s-]+/).filter((w) => w && !CONNECTORS.has(w.toLowerCase()))
  if (words.length < 2 || short.length !== words.length) return false
  return words.every((w, i) => w[0]!.toUpperCase() === short[i]!.toUpperCase())
}

/**
 * "ZOF" is "Zeta Orbit Foundation" when the document has exactly one name
 * whose initials it is. Written in capitals only (a ticker or acronym).
 *
 * @param keys Distinct keys.
 * @param surfaces Key → a surface as written.
 * @returns Pairs to join.
 */
export function initialsAliases(keys: string[], surfaces: Map<string, string>): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const k of keys) {
    const surface = surfaces.get(k) ?? ''
    if (!/^\p{Lu}{2,6}$/u.test(surface)) continue
    // A name that starts with the short form itself ("ZO Labs") is no long form of it.
    const longs = keys.filter((o) => o !== k && !o.startsWith(`${k} `) && spellsInitials(surface, surfaces.get(o) ?? o))
    if (longs.length === 1) out.push([k, longs[0]!])
  }
  return out
}

/** Top-level domains company names are written with ("Zeta.io", "Orbix.com"). */
const DOMAIN = /^([\p{L}\p{N}-]{2,})\.(?:io|com|org|net|co|ai|app|dev|xyz|network|finance)$/u

/**
 * "Zeta.io" is "Zeta": a name written as its web domain, when the document
 * names it without the domain too.
 *
 * @param keys Distinct keys.
 * @returns Pairs to join.
 */
export function domainAliases(keys: string[]): Array<[string, string]> {
  const keySet = new Set(keys)
  const out: Array<[string, string]> = []
  for (const k of keys) {
    const bare = DOMAIN.exec(k)?.[1]
    if (bare && keySet.has(bare)) out.push([bare, k])
  }
  return out
}

/**
 * "Core Team" is "Zeta Core Team" and "Orbit Trust" is "Qorvane Orbit
 * Trust" when exactly one longer name ends with the shorter one (of two
 * words or more: single words are decided by the person and head-word
 * rules).
 *
 * @param keys Distinct keys.
 * @returns Pairs to join.
 */
export function tailAliases(keys: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const k of keys) {
    if (!k.includes(' ')) continue
    const longer = keys.filter((o) => o.length > k.length && o.endsWith(` ${k}`))
    if (longer.length === 1) out.push([k, longer[0]!])
  }
  return out
}

/**
 * "ZO Cooperative" is "Zeta Orbit Cooperative": the first word of one is
 * the acronym of the other's first words, and the rest is the same.
 *
 * @param keys Distinct keys.
 * @param surfaces Key → a surface as written.
 * @returns Pairs to join.
 */
export function acronymHeadAliases(keys: string[], surfaces: Map<string, string>): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const k of keys) {
    const words = (surfaces.get(k) ?? k).split(' ')
    if (words.length < 2 || !/^\p{Lu}{2,6}$/u.test(words[0]!)) continue
    const rest = words.slice(1).join(' ').toLowerCase()
    const longs = keys.filter((o) => {
      if (o === k || !o.endsWith(` ${rest}`)) return false
      const head = (surfaces.get(o) ?? o).slice(0, o.length - rest.length - 1)
      return head.includes(' ') && isAcronymOf(words[0]!, head)
    })
    if (longs.length === 1) out.push([k, longs[0]!])
  }
  return out
}

/**
 * "Zeta Coop" is "Zeta Cooperative", "Orbit Corp" is "Orbit Corporation":
 * the same words but a last word cut short (three letters at least).
 *
 * @param keys Distinct keys.
 * @returns Pairs to join.
 */
export function shortenedHeadAliases(keys: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const k of keys) {
    const cut = k.lastIndexOf(' ')
    if (cut < 0 || k.length - cut - 1 < 3) continue
    const stem = k.slice(0, cut + 1)
    const longer = keys.filter((o) => o !== k && o.startsWith(k) && o.length > k.length && !o.slice(stem.length).includes(' '))
    if (longer.length === 1) out.push([k, longer[0]!])
  }
  return out
}

/**
 * "zeta-cli" is "Zeta CLI", "Orbit.js" is "Orbit JS", "Orbit Query" is
 * "OrbitQuery": the same name spelt with hyphens, dots, spaces or nothing
 * between its parts.
 *
 * @param keys Distinct keys.
 * @returns Pairs to join.
 */
export function spellingAliases(keys: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = []
  const bySpelling = new Map<string, string>()
  for (const k of keys) {
    // "Orbit Query" and "OrbitQuery" too: a name written with and without its space.
    const spelling = k.replace(/[\s.-]+/g, '')
    const had = bySpelling.get(spelling)
    if (had === undefined) bySpelling.set(spelling, k)
    else out.push([had, k])
  }
  return out
}

/**
 * "Zetanodes" is "Zetanode", "Orbit Gateways" is "Orbit Gateway": a name
 * and its plural (an "s" added to a last word of four letters or more).
 * Not between people's names ("Roberts" is no plural of "Robert"): the
 * caller says which words are known names.
 *
 * @param keys Distinct keys.
 * @param isPersonName Whether a word is a known first name or surname.
 * @returns Pairs to join.
 */
export function pluralAliases(keys: string[], isPersonName: (word: string) => boolean): Array<[string, string]> {
  const out: Array<[string, string]> = []
  const keySet = new Set(keys)
  for (const k of keys) {
    if (!/[^\s]{4}s$/.test(k) || /(?:ss|us|is)$/.test(k)) continue
    const singular = k.slice(0, -1)
    const last = singular.slice(singular.lastIndexOf(' ') + 1)
    if (keySet.has(singular) && !isPersonName(last) && !isPersonName(`${last}s`)) out.push([singular, k])
  }
  return out
}

/**
 * "Companion" is "Zeta Companion" when the document names Zeta on its own
 * too, exactly one two-word name ends with that word, and the full name
 * comes first: the name qualified by its maker or platform, then the same
 * name without it. A word used alone before the full name is a name of its
 * own ("WebSocket" … "Orbit WebSocket"). Words that name kinds of things
 * are excluded by the caller.
 *
 * @param keys Distinct keys.
 * @param isKind Whether a single key is a common word or jargon rather than a name.
 * @param firstAt Key → position of its first mention (default: none, order not read).
 * @returns Pairs to join.
 */
export function qualifiedAliases(keys: string[], isKind: (key: string) => boolean, firstAt?: Map<string, number>): Array<[string, string]> {
  const out: Array<[string, string]> = []
  const keySet = new Set(keys)
  for (const k of keys) {
    if (k.includes(' ') || k.length < 4 || isKind(k)) continue
    const longer = keys.filter((o) => {
      const words = o.split(' ')
      return words.length === 2 && words[1] === k && keySet.has(words[0]!)
    })
    if (longer.length !== 1) continue
    if (firstAt && (firstAt.get(longer[0]!) ?? 0) > (firstAt.get(k) ?? 0)) continue
    out.push([k, longer[0]!])
  }
  return out
}
