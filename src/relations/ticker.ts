/**
 * A refiner for tokens whose owner the text never states: a ticker is
 * usually built from its chain's name (ETH from Ethereum, BTC from Bitcoin,
 * DOGE from Dogecoin). When exactly one network of the article has a name
 * that starts with the ticker's first letter and contains the rest of its
 * letters in order, the token is that network's native token.
 */
import type { EntityDraft } from '../entities/types.js'
import type { RelationFact } from './match.js'

/** Rule id kept in the evidence. */
export const TICKER_RULE = 'native-token-ticker-abbreviates'

/**
 * Add `nativeTokenOf` for tokens that have none, from the ticker's letters.
 *
 * @param entities Typed entities.
 * @param facts Relation facts so far.
 * @returns The facts with the inferred ones added (confidence 0.6).
 */
export function inferTickerOwners(entities: EntityDraft[], facts: RelationFact[]): RelationFact[] {
  const owned = new Set(facts.filter((f) => f.predicate === 'nativeTokenOf' && 'entity' in f.subject).map((f) => (f.subject as { entity: number }).entity))
  const networks = entities.filter((e) => e.type === 'Network' && e.mentions.length > 0)
  const out = [...facts]
  for (const token of entities) {
    if (token.type !== 'Token' || owned.has(token.id) || token.mentions.length === 0) continue
    const ticker = token.name.replace(/\s+(?:token|coin)s?$/i, '')
    if (!/^[\p{Lu}\p{N}]{2,6}$/u.test(ticker)) continue
    const owners = networks.filter((n) => [n.name, ...n.aliases].some((name) => abbreviates(ticker, name)))
    if (owners.length !== 1) continue
    const mention = token.mentions[0]!
    out.push({ subject: { entity: token.id }, predicate: 'nativeTokenOf', object: { entity: owners[0]!.id }, rule: TICKER_RULE, confidence: 0.6, sentence: mention.sentence, start: mention.start, end: mention.end, resolved: [] })
  }
  return out
}

/**
 * Whether a ticker abbreviates a name: same first letter, the other letters
 * in order ("BTC" ⊂ "Bitcoin").
 *
 * @param ticker Ticker.
 * @param name Network name.
 * @returns Whether it does.
 */
export function abbreviates(ticker: string, name: string): boolean {
  const t = ticker.toLowerCase()
  const n = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  if (!t || n[0] !== t[0] || n === t) return false
  let i = 1
  for (let j = 1; j < n.length && i < t.length; j++) if (n[j] === t[i]) i++
  return i === t.length
}
