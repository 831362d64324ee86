import { describe, expect, it } from 'vitest'
import { triples } from '../support/facts.js'

describe('partOf between organisations (membership)', () => {
  it.each([
    ['Orbit Labs and Zeta Corp are joining the Omicron Foundation as Silver Members.', ['Orbit Labs —partOf→ Omicron Foundation', 'Zeta Corp —partOf→ Omicron Foundation']],
    ['Orbit Labs joined the Omicron Alliance last week.', ['Orbit Labs —partOf→ Omicron Alliance']],
    ['The Omicron Foundation has members including Orbit Labs and Zeta Corp.', ['Orbit Labs —partOf→ Omicron Foundation', 'Zeta Corp —partOf→ Omicron Foundation']],
    ['Members of the Omicron Alliance include Orbit Labs and Zeta Corp.', ['Orbit Labs —partOf→ Omicron Alliance', 'Zeta Corp —partOf→ Omicron Alliance']]
  ])('should read membership: %s', (text, expected) => {
    expect(triples(text)).toEqual(expect.arrayContaining(expected))
  })
  it('should leave a person who joins an organisation to affiliatedWith', () => {
    const found = triples('Maria Lopez joined Orbit Labs.')
    expect(found).toContain('Maria Lopez —affiliatedWith→ Orbit Labs')
    expect(found.some((t) => t.includes('partOf'))).toBe(false)
  })
  it('should not read "joined forces with" as membership', () => {
    expect(triples('Orbit Labs joined forces with Zeta Corp.').some((t) => t.includes('partOf'))).toBe(false)
  })
})
