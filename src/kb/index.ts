/**
 * The knowledge base of networks and tokens: names and tickers from
 * maintained registries (see scripts/build-kb.mjs), decoded once on first
 * use. It types names the text already presents as names and links them to
 * registry ids; it never finds a mention and never adds a relation.
 */
import { KB_NETWORKS, KB_TOKENS } from './data.js'

/** Registry ids of a chain: `{ ss58: 0 }`, `{ evmChainId: 42161 }`, `{ cosmos: 'cosmoshub' }`, `{ chainRegistry: 'solana' }`. */
export type KbIds = Record<string, string | number>

/** What the knowledge base knows about a name. */
export interface KbEntry {
  /** The registry's name (display name or ticker). */
  name: string
  type: 'Network' | 'Token'
  /** Registry ids; a token's are those of the chain it is native to. */
  ids: KbIds
}

/**
 * Trailing words a mention may carry that do not change which chain it
 * names ("Kusama Network", "Arbitrum One"); the build strips the same ones
 * from registry names.
 */
const GENERIC_TAIL = /\s+(?:relay chain|smart chain|mainnet|main network|network|chain|parachain|blockchain|one|hub)$/i

let networks: Map<string, KbEntry> | undefined
let tokens: Map<string, KbEntry> | undefined

/**
 * Decode one compact table.
 *
 * @param table `name<TAB>ids` lines.
 * @param type Type of every row.
 * @param key Lookup key of a row's name.
 * @returns Map from key to entry.
 */
function decode(table: string, type: KbEntry['type'], key: (name: string) => string): Map<string, KbEntry> {
  const out = new Map<string, KbEntry>()
  for (const line of table.split('\n')) {
    const [name, encoded] = line.split('\t') as [string, string]
    const ids: KbIds = {}
    for (const id of encoded.split(' ')) {
      if (id.startsWith('s')) ids.ss58 = Number(id.slice(1))
      else if (id.startsWith('e')) ids.evmChainId = Number(id.slice(1))
      else if (id.startsWith('c:')) ids.cosmos = id.slice(2)
      else if (id.startsWith('r:')) ids.chainRegistry = id.slice(2)
    }
    out.set(key(name), { name, type, ids })
  }
  return out
}

/**
 * A chain name reduced for lookup: lower case, generic trailing words removed.
 *
 * @param name Name as written.
 * @returns Lookup key.
 */
export function networkKey(name: string): string {
  let key = name.trim().replace(/\s+/g, ' ')
  for (let before = ''; before !== key; ) {
    before = key
    const stripped = key.replace(GENERIC_TAIL, '')
    if (stripped.length >= 2) key = stripped
  }
  return key.toLowerCase()
}

/**
 * What the knowledge base knows about a name: a chain by its name
 * ("Polkadot", "Kusama Network", "Arbitrum One") or a token by its ticker,
 * written in capitals as tickers are ("DOT", not "Dot").
 *
 * @param name A name as the text writes it.
 * @returns The entry, or `undefined`.
 */
export function lookupKnowledgeBase(name: string): KbEntry | undefined {
  networks ??= decode(KB_NETWORKS, 'Network', networkKey)
  tokens ??= decode(KB_TOKENS, 'Token', (n) => n)
  if (/^[A-Z][A-Z0-9]{2,5}$/.test(name)) {
    const token = tokens.get(name)
    if (token) return token
  }
  // A name written all in capitals is a ticker or an acronym, not the chain named in mixed case ("AIOZ" aside).
  const network = networks.get(networkKey(name))
  if (!network) return undefined
  if (/^[A-Z0-9]+$/.test(name) && network.name !== name) return undefined
  return network
}
