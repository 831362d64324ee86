#!/usr/bin/env node
/**
 * Build the knowledge base of networks and tokens (src/kb/data.ts) from
 * maintained registries, at build time only: `@polkadot/networks` (Substrate
 * chains, SS58 prefixes and tokens), `chain-registry` (Cosmos chains and a
 * few others it lists) and `viem/chains` (EVM chains). The output is a
 * small generated module, not kept in git (`npm run build`, `npm test` and
 * `npm run typecheck` write it first, from the registries the lockfile pins);
 * it is bundled into dist, and nothing is read from the network at run time.
 *
 *   node scripts/build-kb.mjs            # writes src/kb/data.ts
 *   node scripts/build-kb.mjs --check    # exits 1 when src/kb/data.ts is stale
 *
 * What is kept, and why:
 * - mainnets only (testnets, devnets and local chains named like "Sepolia"
 *   are noise in news text);
 * - display names of one to three words, with generic trailing words
 *   removed ("Kusama Relay Chain" → "Kusama", "Arbitrum One" → "Arbitrum");
 *   markgraph's resolution strips the same words from mentions;
 * - tickers of three to six capitals that are not English words ("ETH",
 *   "KSM"; not "NET", "ZERO"), each given to the first chain that lists it
 *   (Substrate, then Cosmos, then EVM by ascending chain id: ETH is Ethereum's).
 * Where registries list the same name their ids merge (Moonbeam: ss58 and
 * EVM chain id).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const { availableNetworks, packageInfo } = require('@polkadot/networks')
const registry = require('chain-registry/mainnet')
const nlp = require('compromise')
const evmChains = await import('viem/chains')

const OUT = fileURLToPath(new URL('../src/kb/data.ts', import.meta.url))

/** Trailing words that do not change which chain a display name means. */
const GENERIC_TAIL = /\s+(?:relay chain|smart chain|mainnet beta|mainnet|main network|network|chain|parachain|blockchain|one|hub|l1|evm)$/i
/** Names of test and local chains. */
const NOT_MAINNET = /test|devnet|sepolia|goerli|holesky|hoodi|local|hardhat|anvil|foundry|ganache|\bdev\b|canary|staging|sandbox/i

/**
 * Last words that make a display name the team's or the product's as much
 * as the chain's ("Composable Finance", "Band Protocol"): such names are
 * left out, the text's own cues type them.
 */
const TEAM_TAIL = /\s(?:finance|protocol|labs?|foundation|swap|dao|exchange|capital|ventures|technologies|group|wallet|bridge|gateway)$/i

const lexicon = nlp.model().one.lexicon
/** Whether compromise knows the word as a common (non-name) English word. */
const isEnglishWord = (word) => Object.prototype.hasOwnProperty.call(lexicon, word.toLowerCase())

/**
 * A display name reduced to the name news text uses, or undefined when it
 * does not look like a name.
 */
function displayName(raw) {
  let name = String(raw ?? '').trim().replace(/_/g, ' ')
  if (!name || NOT_MAINNET.test(name) || /[:()/,]|\bby\b/.test(name)) return undefined
  for (let before = ''; before !== name; ) {
    before = name
    const stripped = name.replace(GENERIC_TAIL, '')
    if (stripped.length >= 2) name = stripped
  }
  if (TEAM_TAIL.test(name)) return undefined
  const words = name.split(/\s+/)
  if (words.length > 3 || !/^[\p{Lu}\p{Ll}]/u.test(name) || /^\d/.test(name) || name.length < 3) return undefined
  return name
}

/** A ticker worth knowing: three to six capitals (digits after the first allowed), not an English word. */
function ticker(symbol) {
  return typeof symbol === 'string' && /^[A-Z][A-Z0-9]{2,5}$/.test(symbol) && !isEnglishWord(symbol) ? symbol : undefined
}

const networks = new Map() // lower-case name → { name, ids }
const tokens = new Map() // symbol → { symbol, ids }

function addNetwork(rawName, ids, symbol) {
  const name = displayName(rawName)
  const sym = ticker(symbol)
  if (sym && !tokens.has(sym)) tokens.set(sym, { symbol: sym, ids: { ...ids } })
  if (!name) return
  const key = name.toLowerCase()
  const entry = networks.get(key)
  if (entry) {
    for (const [k, v] of Object.entries(ids)) entry.ids[k] ??= v
  } else networks.set(key, { name, ids: { ...ids } })
}

// Substrate: the registry's own list of live, non-test networks.
for (const n of availableNetworks) {
  if (n.isTestnet || n.isIgnored || n.symbols.length === 0) continue
  addNetwork(n.displayName, { ss58: n.prefix }, n.symbols[0])
}

// Cosmos (and the few other chains chain-registry lists: Solana, Tron, …).
const assetsByChain = new Map(registry.assetLists.map((a) => [a.chainName, a.assets]))
for (const c of registry.chains) {
  if (c.status !== 'live' || c.networkType !== 'mainnet') continue
  const denom = c.fees?.feeTokens?.[0]?.denom ?? c.staking?.stakingTokens?.[0]?.denom
  const asset = (assetsByChain.get(c.chainName) ?? []).find((a) => a.base === denom)
  const ids = c.chainType === 'cosmos' ? { cosmos: c.chainName } : c.chainType === 'eip155' ? { evmChainId: Number(c.chainId) } : { chainRegistry: c.chainName }
  addNetwork(c.prettyName, ids, asset?.symbol)
}

// EVM: viem's chain definitions, by ascending id so a shared ticker (ETH) goes to the first chain.
const evm = Object.values(evmChains)
  .filter((c) => c && typeof c === 'object' && typeof c.id === 'number' && !c.testnet)
  .sort((a, b) => a.id - b.id)
for (const c of evm) addNetwork(c.name, { evmChainId: c.id }, c.nativeCurrency?.symbol)

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
/**
 * Ids in the compact form src/kb/index.ts decodes: `s0` ss58 prefix,
 * `e42161` EVM chain id, `c:cosmoshub` Cosmos chain, `r:solana` other
 * chain-registry chain, separated by spaces.
 */
const encodeIds = (ids) =>
  Object.entries(ids)
    .map(([k, v]) => (k === 'ss58' ? `s${v}` : k === 'evmChainId' ? `e${v}` : k === 'cosmos' ? `c:${v}` : `r:${v}`))
    .join(' ')
const lines = (rows, key) => rows.sort((a, b) => byName(a[key], b[key])).map((e) => `${e[key]}\t${encodeIds(e.ids)}`).join('\n')

const versions = [`@polkadot/networks@${packageInfo.version}`, ...['chain-registry', 'viem'].map((p) => `${p}@${require(`${p}/package.json`).version}`)].join(', ')
const networkCount = networks.size
const tokenCount = tokens.size
const source = `/**
 * Networks and tokens known from maintained registries (${versions}).
 * Generated by scripts/build-kb.mjs: do not edit by hand.
 * One row per line, \`name<TAB>ids\`; ids are \`s<ss58 prefix>\`, \`e<EVM chain id>\`,
 * \`c:<Cosmos chain>\`, \`r:<other chain-registry chain>\`. A token's ids are those
 * of the chain it is native to. Kept as one string: it is the smallest form
 * to ship, and it is decoded once, on first use.
 */

/** Chains by display name (generic words like "Relay Chain", "Mainnet", "One" removed): ${networkCount} rows. */
export const KB_NETWORKS = ${JSON.stringify(lines([...networks.values()], 'name'))}

/** Native tokens by ticker: ${tokenCount} rows. */
export const KB_TOKENS = ${JSON.stringify(lines([...tokens.values()], 'symbol'))}
`
if (process.argv.includes('--check')) {
  const current = readFileSync(OUT, 'utf8')
  if (current !== source) {
    console.error('src/kb/data.ts is stale: run node scripts/build-kb.mjs')
    process.exit(1)
  }
  console.log('src/kb/data.ts is up to date')
} else {
  writeFileSync(OUT, source)
  console.log(`src/kb/data.ts: ${networkCount} networks, ${tokenCount} tokens, ${Buffer.byteLength(source)} bytes`)
}
