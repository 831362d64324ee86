/**
 * Constructions of news writing met on first contact with batch E (issue 13):
 * investors' portfolios, seasons before a year. Invented names only.
 */
import { describe, expect, it } from 'vitest'
import { entities, triples } from '../support/facts.js'

const only = (predicate: string, list: string[]): string[] => list.filter((t) => t.includes(`—${predicate}→`))

describe("an investor's portfolio", () => {
  it.each([
    ['Helix Ventures is a leading venture capital firm with a diverse portfolio of companies including Orbit Labs, Quanta Systems, and more.', ['Orbit Labs —fundedBy→ Helix Ventures', 'Quanta Systems —fundedBy→ Helix Ventures']],
    ["Helix Ventures's portfolio companies include Orbit Labs and Quanta Systems.", ['Orbit Labs —fundedBy→ Helix Ventures', 'Quanta Systems —fundedBy→ Helix Ventures']],
    ['We spoke to Arbor Capital, an investor whose portfolio includes Orbit Labs.', ['Orbit Labs —fundedBy→ Arbor Capital']],
    ['Arbor Capital has a portfolio of startups such as Orbit Labs.', ['Orbit Labs —fundedBy→ Arbor Capital']]
  ])('should make the companies of "%s" funded by the investor', (text, expected) => {
    expect(only('fundedBy', triples(text))).toEqual(expected)
  })
  it.each([
    "Orbit Labs's product portfolio includes Vega Wallet and Lyra Wallet.",
    'Orbit Labs has a portfolio of tools, including Vega Wallet.',
    'Helix Ventures does not have a portfolio of companies including Orbit Labs.'
  ])('should give no funding for a portfolio of products or a negated one: "%s"', (text) => {
    expect(only('fundedBy', triples(text))).toEqual([])
  })
})

describe('a season before a year', () => {
  it('should be a date, not a name, and give no relation', () => {
    const text = "Vega Labs was a member of Helix Ventures's Winter 2020 batch and joined the Orbit Accelerator in Summer '21."
    expect(entities(text).map((e) => e.split(':')[0])).not.toContain('Winter')
    expect(entities(text).map((e) => e.split(':')[0])).not.toContain('Summer')
    expect(triples(text).filter((t) => /Winter|Summer/.test(t))).toEqual([])
  })
  it('should leave a season that is part of a longer name', () => {
    expect(entities('The Winter Labs team launched Vega Wallet in 2020.').map((e) => e.split(':')[0])).toContain('Winter Labs')
  })
})

describe('a token named by its ticker in brackets', () => {
  it.each([
    ["Users can stake Vega's digital currency (VGX) with providers.", ['VGX —nativeTokenOf→ Vega']],
    ['Anyone can buy bandwidth using the Vega digital currency (VGX).', ['VGX —nativeTokenOf→ Vega']]
  ])('should make the ticker of "%s" the owner\'s native token', (text, expected) => {
    expect(only('nativeTokenOf', triples(text))).toEqual(expected)
  })
  it("should not make a token another's native token for an adjective that is no token's kind", () => {
    expect(only('nativeTokenOf', triples("Orbit Exchange's listed token (ZET) fell."))).toEqual([])
  })
})

describe("a press release's own people, named with a role and no organisation before a speech verb", () => {
  const article = [
    '# Vega Labs raises $15 million',
    '',
    'Vega Labs, the analytics company, today announced $15 million in funding.',
    '',
    'Maria Lopez, co-founder and CEO, said: "We grow fast."',
    '',
    'John Carter, CTO, said: "We ship."',
    '',
    '"We agree," added Anna Berg, a partner at Helix Ventures.'
  ].join('\n')
  it('should make them the publisher\'s people, and leave a role with its own organisation to that one', () => {
    const all = triples(article)
    expect(only('affiliatedWith', all)).toEqual(['Anna Berg —affiliatedWith→ Helix Ventures', 'John Carter —affiliatedWith→ Vega Labs', 'Maria Lopez —affiliatedWith→ Vega Labs'])
    expect(only('foundedBy', all)).toEqual(['Vega Labs —foundedBy→ Maria Lopez'])
  })
  it('should not read a byline as the publisher\'s role', () => {
    expect(only('affiliatedWith', triples('# Vega Labs news\n\nVega Labs grew. As reported by Maria Lopez, Editor, said to be true.'))).toEqual([])
  })
})

describe('the first person in an "About X:" paragraph, and a stance before a perfect', () => {
  const article = [
    '# Vega Labs named to the Top 100',
    '',
    'Vega Labs today announced it was named to a list of the top 100 companies. Vega Labs builds tools.',
    '',
    '**About Helix Ventures:** Helix has partnered with founders since 1999. We invest in startups, and we’re proud to have backed over 500 companies—including Orbit Labs, Quanta Systems, and Nimbus Labs—with 100 exits.',
    '',
    '**About Vega Labs:** We build tools. We are backed by Arbor Capital.'
  ].join('\n')
  it('should read "we" in the paragraph as X, and "we\'re proud to have backed" as stated', () => {
    expect(only('fundedBy', triples(article))).toEqual(['Nimbus Labs —fundedBy→ Helix Ventures', 'Orbit Labs —fundedBy→ Helix Ventures', 'Quanta Systems —fundedBy→ Helix Ventures', 'Vega Labs —fundedBy→ Arbor Capital'])
  })
  it('should leave "we" to the publisher outside such a paragraph', () => {
    const plain = article.replace('**About Helix Ventures:** ', '')
    expect(only('fundedBy', triples(plain))).toEqual(['Nimbus Labs —fundedBy→ Vega Labs', 'Orbit Labs —fundedBy→ Vega Labs', 'Quanta Systems —fundedBy→ Vega Labs', 'Vega Labs —fundedBy→ Arbor Capital'])
  })
})

describe('integrations and partnerships without a verb', () => {
  it.each([
    ['Lumo Node has numerous defaults that make deploying a node easy, such as an integrated Pexa wallet.', 'integratesWith', ['Lumo Node —integratesWith→ Pexa']],
    ['Vexa Wallet has an integrated Orbit Chain bridge.', 'integratesWith', ['Vexa Wallet —integratesWith→ Orbit Chain']],
    ["Zeta Wallet's Orbit Chain integration went live.", 'integratesWith', ['Zeta Wallet —integratesWith→ Orbit Chain']],
    ["Zeta Labs's Orbit Chain partnership grew.", 'partnersWith', ['Zeta Labs —partnersWith→ Orbit Chain']]
  ])('should read "%s"', (text, predicate, expected) => {
    expect(only(predicate, triples(text))).toEqual(expected)
  })
  it('should not read the modifier of an integration as developed by the possessor', () => {
    expect(only('developedBy', triples("Zeta Wallet's Orbit Chain integration went live."))).toEqual([])
  })
  it('should leave an integration whose other party follows to the nominalisation', () => {
    expect(only('integratesWith', triples("Zeta Wallet's new Orbit Chain integration with Lyra Network is live."))).not.toContain('Zeta Wallet —integratesWith→ Orbit Chain')
  })
})

describe('a raise in a second clause, and the names of a fronted participle phrase', () => {
  const text = 'Founded in 2020 by Maria Lopez and John Carter, Vega Labs was a member of the Helix Accelerator batch, and has subsequently raised $27m in funding from Arbor Capital, Pike Ventures, and notable angel investors including Anna Berg (CTO, Quanta Systems).'
  it('should make the subject of the first clause the owner of the raise', () => {
    expect(only('fundedBy', triples(text))).toEqual(['Vega Labs —fundedBy→ Anna Berg', 'Vega Labs —fundedBy→ Arbor Capital', 'Vega Labs —fundedBy→ Pike Ventures'])
  })
  it('should not read "by A and B, X" as a list of three', () => {
    const all = triples('Founded in 2020 by Maria Lopez and John Carter, Vega Labs launched Lyra Wallet and was a member of the Helix Accelerator.')
    expect(only('launchedBy', all)).toEqual(['Lyra Wallet —launchedBy→ Vega Labs'])
    expect(only('affiliatedWith', all)).toEqual([])
  })
})
