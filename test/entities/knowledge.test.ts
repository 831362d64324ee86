import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'
import { lookupKnowledgeBase, networkKey } from '../../src/kb/index.js'

// Registry names (Arbitrum, Osmosis, Astar) are general knowledge shipped as data; the other names are invented.
const entity = (md: string, name: string, options = {}) => extract(md, options).entity(name)

describe('knowledge base of networks and tokens', () => {
  it('should look chains up by display name without generic tails, and tokens by ticker in capitals', () => {
    expect(networkKey('Arbitrum One')).toBe('arbitrum')
    expect(lookupKnowledgeBase('Arbitrum')).toEqual({ name: 'Arbitrum', type: 'Network', ids: { evmChainId: 42161 } })
    expect(lookupKnowledgeBase('Osmosis Network')?.ids).toEqual(expect.objectContaining({ cosmos: 'osmosis' }))
    expect(lookupKnowledgeBase('ETH')).toEqual({ name: 'ETH', type: 'Token', ids: { evmChainId: 1 } })
    // A ticker is written in capitals: "Eth" is not the token.
    expect(lookupKnowledgeBase('Eth')).toBeUndefined()
    expect(lookupKnowledgeBase('Zetaquorum')).toBeUndefined()
  })

  it('should type a name the text presents and link it with ids and a kb cue', () => {
    const node = entity('Orbit Labs deployed its vault on Arbitrum last week.', 'Arbitrum')!
    expect(node.type).toBe('Network')
    expect(node.ids).toEqual({ evmChainId: 42161 })
    expect(node.typeCues).toContainEqual({ type: 'Network', rule: 'kb-network', weight: 3, kb: true })
  })

  it('should be switched off by knowledgeBase: false', () => {
    const node = entity('Orbit Labs deployed its vault on Arbitrum last week.', 'Arbitrum', { knowledgeBase: false })!
    expect(node.ids).toBeUndefined()
    expect(node.typeCues?.some((c) => c.kb)).toBeFalsy()
  })

  it('should never find a name in lower-case prose, nor add a relation', () => {
    // "osmosis" and "astar" in lower case are not presented as names.
    const graph = extract('Water moves by osmosis through the membrane of the astar cell, said Maria Lopez.')
    expect(graph.entities().map((e) => e.name)).toEqual(['Maria Lopez'])
    const two = extract('Orbit Labs wrote about Astar and Osmosis.')
    expect(two.relations()).toEqual([])
  })

  it('should take ids from a user lexicon entry, with the knowledge base on or off', () => {
    const rules = { lexicon: [{ name: 'Zetachain Prime', type: 'Network', ids: { evmChainId: 990001 } }] }
    for (const knowledgeBase of [true, false]) {
      const node = extract('Orbit Labs moved to Zetachain Prime in May.', { rules, knowledgeBase }).entity('Zetachain Prime')!
      expect(node.type).toBe('Network')
      expect(node.ids).toEqual({ evmChainId: 990001 })
    }
  })
})
