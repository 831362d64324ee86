import { describe, expect, it } from 'vitest'
import { entities, triples } from '../support/facts.js'

describe('affiliatedWith rules', () => {
  it('should read a possessive ("The Orbit Foundation\'s Maria Lopez")', () => {
    expect(triples("The Orbit Foundation's Maria Lopez welcomed the news.")).toContain('Maria Lopez —affiliatedWith→ Orbit Foundation')
  })
  it('should read a role appositive ("X, Head of Strategy at Y")', () => {
    expect(triples('In the words of Peter Novak, Head of Strategy at Orbit Foundation, the plan works.')).toContain('Peter Novak —affiliatedWith→ Orbit Foundation')
  })
  it('should read a fronted role ("a lead developer at Y, X")', () => {
    expect(triples('According to a lead developer at Quanta Technologies, Peter Novak, the fix is live.')).toContain('Peter Novak —affiliatedWith→ Quanta Technologies')
  })
  it('should read "X, a crypto analyst with Y"', () => {
    expect(triples('Anna Berg, a crypto analyst with BlockInsight, expects growth.')).toContain('Anna Berg —affiliatedWith→ BlockInsight')
  })
  it('should know roles beyond the executive ones ("X, Technical Educator at Y") and keep them out of names', () => {
    const text = '"We are thrilled," claimed Peter Novak, Technical Educator at Orbit Foundation.'
    expect(triples(text)).toContain('Peter Novak —affiliatedWith→ Orbit Foundation')
    expect(entities(text)).toEqual(['Orbit Foundation:Organization', 'Peter Novak:Person'])
  })
  it.each([
    ['"We grow," said Maria Lopez, Vice President, Orbit Labs Strategy.', 'Maria Lopez —affiliatedWith→ Orbit Labs'],
    ['Maria Lopez, Vice President of Engineering at Orbit Labs, said the work is done.', 'Maria Lopez —affiliatedWith→ Orbit Labs'],
    ['The Executive Director of Orbit Labs, Maria Lopez, said the work is done.', 'Maria Lopez —affiliatedWith→ Orbit Labs'],
    ['"We grow," said Anna Berg, Founder and CEO, Quanta Systems.', 'Quanta Systems —foundedBy→ Anna Berg']
  ])('should read a role written around a name: %s', (text, triple) => {
    expect(triples(text)).toContain(triple)
  })
  it('should not read a signature role across a list of names ("X, CEO, Y and Z")', () => {
    expect(triples('Speakers were Maria Lopez, CEO, Orbit Labs and Quanta Systems.')).not.toContain('Maria Lopez —affiliatedWith→ Orbit Labs')
  })
  it('should keep the organisation after a capitalised role\'s "of" an organisation ("The Executive Director of Orbit Labs")', () => {
    expect(entities('The Executive Director of Orbit Labs said the work is done.')).toEqual(['Orbit Labs:Organization'])
  })
  it('should read "Person (Organization)" in a list of board or advisory members, and not elsewhere', () => {
    const found = triples('The advisory board includes Maria Lopez (Orbit Labs), Anna Berg (Quanta Systems) and John Carter (Nimbus Labs).')
    expect(found).toEqual(expect.arrayContaining(['Maria Lopez —affiliatedWith→ Orbit Labs', 'Anna Berg —affiliatedWith→ Quanta Systems', 'John Carter —affiliatedWith→ Nimbus Labs']))
    expect(triples('Maria Lopez (Orbit Labs) said the work is done.')).not.toContain('Maria Lopez —affiliatedWith→ Orbit Labs')
  })
})
