import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'

describe('quote attribution', () => {
  it('should attribute a quote to the speaker after it', () => {
    const kg = extract('"The upgrade gives holders real power over the network," said Zeta founder Dr. Maria Lopez.')
    expect(kg.quotes().map((q) => [q.speakerName, q.text.slice(0, 11)])).toEqual([['Maria Lopez', 'The upgrade']])
  })
  it('should attribute a quote to a possessive speaker before it', () => {
    const kg = extract('Maria Lopez\'s concluding words give us a glimpse, "Zeta is exceeding our expectations in every way."')
    expect(kg.quotes()[0]?.speakerName).toBe('Maria Lopez')
  })
  it('should attribute to an organisation named with a role', () => {
    const kg = extract('A Zeta representative revealed, "This next set of auctions is a sign of growth."')
    expect(kg.quotes()[0]?.speakerName).toBe('Zeta')
  })
  it('should not attribute a quote without a named speaker', () => {
    const kg = extract('"Investors are picking up on the potential," observes an industry analyst.')
    expect(kg.quotes()).toEqual([])
  })
})
