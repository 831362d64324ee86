import { describe, expect, it } from 'vitest'
import { triples } from '../support/facts.js'

describe('parachain auctions as events', () => {
  it('should give the winners of a network\'s auctions to that network, in the next sentence', () => {
    const text = "## Zeta's Parachain Auctions Gain Momentum\n\nZeta Network organized its 47th and 48th parachain auctions in August. Orbit Protocol, a DeFi platform, won the first auction while Vega Wallet, a privacy initiative, claimed the remaining spot.\n"
    expect(triples(text)).toEqual(['Orbit Protocol —parachainOf→ Zeta Network', 'Vega Wallet —parachainOf→ Zeta Network'])
  })
  it('should take the owner of the auctions, not the article\'s main network', () => {
    const text = "Omicron Chain is a relay chain. Last month saw the beginning of Zeta Network's novel parachain auctions. The inaugural auctions attracted various projects, with DeFi hub Orbit Protocol and Omicron-compatible platform Vega Wallet emerging victorious."
    expect(triples(text)).toEqual(['Orbit Protocol —parachainOf→ Zeta Network', 'Vega Wallet —parachainOf→ Zeta Network'])
  })
  it('should give nothing for "won the first auction" without auctions in reach', () => {
    expect(triples('Zeta Network is a relay chain. Orbit Protocol won the first auction.')).toEqual([])
    expect(triples('Orbit Protocol won the first auction.')).toEqual([])
  })
  it('should read an appositive left open ("X, specializing in Y clinched the 38th slot")', () => {
    expect(triples("Zeta Network's parachain auctions went well. Orbit Protocol, specializing in quantum-resistant layers clinched the 38th slot.")).toEqual(['Orbit Protocol —parachainOf→ Zeta Network'])
  })
  it('should read the members of a network\'s parachain ecosystem and its lists of winners', () => {
    expect(triples("Growth continued across Zeta Network's parachain ecosystem, with noteworthy projects like Orbit Protocol, Vega Wallet, and Lyra Swap pushing forward.")).toEqual([
      'Lyra Swap —parachainOf→ Zeta Network',
      'Orbit Protocol —parachainOf→ Zeta Network',
      'Vega Wallet —parachainOf→ Zeta Network'
    ])
    expect(triples('Three of the first five Zeta Network parachain crowdloan winners: Orbit Protocol, Vega Wallet, and Lyra Swap.')).toEqual([
      'Lyra Swap —parachainOf→ Zeta Network',
      'Orbit Protocol —parachainOf→ Zeta Network',
      'Vega Wallet —parachainOf→ Zeta Network'
    ])
  })
  it('should read a notable addition right after a sentence about a network\'s parachain landscape', () => {
    const text = "Omicron Chain is a relay chain. Growth in Zeta Network's parachain landscape continued, with new projects securing slots. Orbit Protocol is a notable addition, aiming to help."
    expect(triples(text)).toEqual(['Orbit Protocol —parachainOf→ Zeta Network'])
    expect(triples('Omicron Chain is a relay chain. Orbit Protocol is a notable addition, aiming to help.')).toEqual([])
  })
  it('should read a bidder described after a role ("co-founder of X, a hub planning to bid for a slot")', () => {
    const text = 'Zeta Network\'s parachain slot auction drew interest. "Parachains matter," explained Maria Lopez, co-founder of Orbit Protocol, a DeFi hub planning to bid for a slot.'
    expect(triples(text)).toContain('Orbit Protocol —plansParachainOn→ Zeta Network')
  })
  it('should read "continues its operation as a parachain" of the main network', () => {
    expect(triples('Zeta Network is a relay chain. Vega Wallet, a liquidity protocol, continues its operation as a parachain.')).toEqual(['Vega Wallet —parachainOf→ Zeta Network'])
  })
})

describe('coordinations and labels', () => {
  it('should read past "as well as" and a label before a colon, binding none of the label\'s names', () => {
    const text = 'Nova Labs is integrated with established apps like Orbit Protocol and Vega Wallet, as well as three of the first five Zeta Network parachain winners: Lyra Swap and Kappa Swap.'
    const out = triples(text).filter((t) => t.includes('integratesWith'))
    expect(out).toEqual(['Nova Labs —integratesWith→ Kappa Swap', 'Nova Labs —integratesWith→ Lyra Swap', 'Nova Labs —integratesWith→ Orbit Protocol', 'Nova Labs —integratesWith→ Vega Wallet'])
  })
  it('should not take the object of a fronted "in addition to" for a subject', () => {
    expect(triples('In addition to Nebula Wallet, Zeta Network introduced advanced cross-chain capabilities and developer-friendly tools.')).toEqual([
      'advanced cross-chain capabilities —launchedBy→ Zeta Network',
      'developer-friendly tools —launchedBy→ Zeta Network'
    ])
  })
})

describe('class nouns', () => {
  it('should read a class noun with a place phrase and a labelled object ("… project in the world built on the best protocol: Y")', () => {
    expect(triples('Kappa Wallet is the most advanced NFT wallet in the world built on the best NFT protocol: Orbit Protocol.')).toEqual(['Kappa Wallet —builtOn→ Orbit Protocol'])
  })
})

describe('concepts', () => {
  it('should keep an abbreviation in parentheses inside a concept, and not read an appositive as a member', () => {
    expect(triples('Orbit Labs launched six distinctive decentralized finance (DeFi) products.')).toEqual(['distinctive decentralized finance (DeFi) products —launchedBy→ Orbit Labs'])
    expect(triples('Zeta Network has deployed asynchronous backing, a tool initially built for speed.')).toEqual(['asynchronous backing —launchedBy→ Zeta Network'])
  })
  it('should take neither Title Case headline words nor a bare gerund for a concept', () => {
    expect(triples('# Zeta Network Unveils New Governance Features')).toEqual([])
    expect(triples('Orbit Labs and Nova Labs have started collaborating.').filter((t) => t.includes('launchedBy'))).toEqual([])
  })
})

describe('partOf: a network\'s feature', () => {
  it('should read "Zeta\'s OpenGov" as part of a network known for sure, not for "it\'s"', () => {
    expect(triples("Zeta Network is a relay chain. Zeta Network's OpenGov is expected to empower token holders.")).toEqual(['OpenGov —partOf→ Zeta Network'])
    expect(triples("Zeta Network is a relay chain. Zeta Network's new game-changing Agile Coretime system succeeded.")).toEqual(['Agile Coretime —partOf→ Zeta Network'])
    expect(triples("Zeta Network is a relay chain. It's disabled in the Vega Wallet.")).toEqual([])
  })
  it('should read "Zeta launched its governance system, OpenGov" and a quoted name before a feature noun', () => {
    expect(triples('Zeta Network is a relay chain. Zeta Network launched its improved on-chain governance system, OpenGov.')).toContain('OpenGov —partOf→ Zeta Network')
    expect(triples('Zeta Network is a relay chain. Zeta Network\'s pivotal "XCM" technology grew.')).toEqual(['XCM —partOf→ Zeta Network'])
  })
})
