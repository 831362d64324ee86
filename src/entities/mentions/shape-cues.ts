/**
 * Type cues read off a mention's own shape (suffix words, first names, places, tickers).
 */
import { isCommonWord, isFirstName, isLastName, isPlaceName, lexiconTags } from '../english.js'
import type { Mention, TypeCue } from '../types.js'
import type { EntitySchema } from '../schema.js'
import { isAllCaps, type Token } from '../tokenize.js'

/** Countries named by their capital abbreviation (general knowledge, not any article's). */
const COUNTRY_ABBREVIATIONS = new Set(['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'PRC', 'ROK'])

/**
 * Type cues from the name itself: suffix words, first names, places,
 * all-capital tickers.
 *
 * @param m Mention.
 * @param schema Entity cues.
 * @param acronym Whether the mention is an acronym defined beside its long
 *   form (capitals then spell words, not a ticker).
 * @param text The mention's sentence.
 * @returns Cues.
 */
export function shapeCues(m: Mention, schema: EntitySchema, acronym: boolean, text: string): TypeCue[] {
  const cues: TypeCue[] = []
  const name = m.name ?? m.surface
  const words = name.split(' ')
  const last = words[words.length - 1]!
  const lexiconType = schema.lexicon.get(name.toLowerCase())
  if (lexiconType) cues.push({ type: lexiconType.type, weight: 10, rule: 'lexicon' })
  const suffix = words.length > 1 ? schema.suffixType.get(last.toLowerCase()) : undefined
  if (suffix) cues.push({ type: suffix.type, weight: suffix.weight, rule: suffix.rule })
  if (words.length >= 2 && words.length <= 4 && !suffix) {
    if (isFirstName(words[0]!)) cues.push({ type: 'Person', weight: 3, rule: 'lexicon-first-name' })
    else if (isLastName(last)) cues.push({ type: 'Person', weight: 2, rule: 'lexicon-last-name' })
  }
  if (words.length === 1 && isLastName(last) && m.titled) cues.push({ type: 'Person', weight: 2, rule: 'lexicon-last-name' })
  if (words.length <= 2 && isPlaceName(m.surface) && !suffix) cues.push({ type: 'Place', weight: 2, rule: 'lexicon-place' })
  // Countries written as capital abbreviations the lexicon reads as words ("US" as "us").
  if (COUNTRY_ABBREVIATIONS.has(name)) cues.push({ type: 'Place', weight: 2, rule: 'lexicon-country-abbreviation' })
  // Companies compromise's lexicon knows by name ("IBM", "Microsoft").
  if (!suffix && lexiconTags(name).includes('Organization')) cues.push({ type: 'Organization', weight: 2, rule: 'lexicon-organization' })
  // Capitals alone do not make a ticker (DCG, SAP are companies): a dollar sign or a parenthesis after a name does ("Zeta (ZET)").
  if (words.length === 1 && isAllCaps(last) && last.length <= 6 && !acronym && tickerPosition(text, m)) cues.push({ type: 'Token', weight: 1, rule: 'shape-ticker' })
  // Stablecoin tickers are named after the currency they track (USDT, USDC, EURC).
  else if (words.length === 1 && /^(?:USD|EUR|GBP|JPY|CNY)[A-Z]{1,2}$|^[A-Z]{1,2}USD$/.test(last)) cues.push({ type: 'Token', weight: 2, rule: 'shape-stablecoin' })
  // A first name alone ("back Sam and the team") is most likely the person, when it is no common word too.
  if (words.length === 1 && !m.titled && isFirstName(last) && !isCommonWord(last) && !isPlaceName(last)) cues.push({ type: 'Person', weight: 1, rule: 'lexicon-first-name-alone' })
  return cues
}

/**
 * Whether an all-capital mention stands where tickers stand: after a dollar
 * sign ("$ZET"), alone in parentheses ("Zeta (ZET)"), or before "token".
 *
 * @param text Sentence text.
 * @param m Mention.
 * @returns Whether the position says ticker.
 */
function tickerPosition(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 2), m.start)
  const after = text.slice(m.end, m.end + 8)
  return /\$\s?$/.test(before) || (/\($/.test(before) && /^\)/.test(after)) || /^\s+tokens?\b/i.test(after)
}
