import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('generic technology acronyms', () => {
  it('should trim them off names and drop what is left without a name', () => {
    const md = 'The Zetara HTTP gateway turns HTTP URLs into links, with Configurable HTTP headers and a DNS lookup; see the GUI.'
    expect(names(md)).toEqual(['Zetara'])
  })
  it('should keep a product named with a system acronym', () => {
    expect(names('Last week Orbix OS shipped.')).toEqual(['Orbix OS'])
  })
})

describe('domain acronyms', () => {
  it('should not take acronyms of kinds of things, their plurals or adjectives for names', () => {
    const found = names('Last week Orbix settled HTLCs and UTXO sets on SoCs through a RESTful gateway.')
    expect(found).toEqual(['Orbix'])
    expect(names('Last week Orbix showed a QR code for the account.')).toEqual(['Orbix'])
  })
  it('should keep tickers and organisations written in capitals', () => {
    const found = names('Last week Orbix listed ZETQ tokens, and QRX said the IRS had no view.')
    expect(found).toEqual(expect.arrayContaining(['Orbix', 'ZETQ', 'QRX', 'IRS']))
  })
  it('should not take an officer acronym in a signature, or a funding stage, for a name', () => {
    const found = names('“We grow,” said Maria Quell, CIO, Orbix Capital. Orbix Capital doubled down on their Seed investment in Zetara.')
    expect(found).not.toContain('CIO')
    expect(found).not.toContain('Seed')
    expect(found).toContain('Zetara')
  })
})
