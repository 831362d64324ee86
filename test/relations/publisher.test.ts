/**
 * First person: "we", "our" and "us" stand for the organisation the article
 * speaks for, when the article makes it clear; not inside quotations.
 */
import { describe, expect, it } from 'vitest'
import { triples } from '../support/facts.js'

const lead = '# Orbit Labs news\n\nOrbit Labs today announced a new program for builders.\n\n'

describe('first person', () => {
  it('should read "we" as the organisation that announces in the lead', () => {
    expect(triples(`${lead}We are excited to partner with Quanta Systems.`)).toContain('Orbit Labs —partnersWith→ Quanta Systems')
    expect(triples(`${lead}With generous support from Helix Ventures and Arbor Capital, we hired ten engineers.`)).toEqual(expect.arrayContaining(['Orbit Labs —fundedBy→ Arbor Capital', 'Orbit Labs —fundedBy→ Helix Ventures']))
    expect(triples(`${lead}We raised $5 million from investors including Helix Ventures and Arbor Capital.`)).toEqual(expect.arrayContaining(['Orbit Labs —fundedBy→ Arbor Capital', 'Orbit Labs —fundedBy→ Helix Ventures']))
  })

  it('should read "we" in an "About X" section as X', () => {
    const text = `${lead}## About Quanta Systems\n\nQuanta Systems builds wallets. We have partnered with Nimbus Labs.`
    expect(triples(text)).toContain('Quanta Systems —partnersWith→ Nimbus Labs')
    expect(triples(text)).not.toContain('Orbit Labs —partnersWith→ Nimbus Labs')
  })

  it('should leave "we" inside a quotation unresolved (it is the speaker\'s)', () => {
    expect(triples(`${lead}"We have partnered with Nimbus Labs," said Maria Lopez of Quanta Systems.`).filter((t) => t.includes('partnersWith'))).toEqual([])
  })

  it('should leave "we" unresolved when nothing but frequency names a publisher', () => {
    expect(triples('# Notes\n\nOrbit Labs grew. Orbit Labs hired. We have partnered with Nimbus Labs.').filter((t) => t.includes('partnersWith'))).toEqual([])
  })

  it('should read a signature without organisation as the publisher\'s, but not a byline', () => {
    expect(triples(`${lead}"We grew a lot this year." - Maria Lopez, Executive Director.`)).toContain('Maria Lopez —affiliatedWith→ Orbit Labs')
    expect(triples(`${lead}By Anna Berg, Finance Editor\n\nThe program grew.`).filter((t) => t.includes('affiliatedWith'))).toEqual([])
  })

  it('should give nothing for a negated first-person statement', () => {
    expect(triples(`${lead}We did not partner with Nimbus Labs.`).filter((t) => t.includes('partnersWith'))).toEqual([])
  })
})
