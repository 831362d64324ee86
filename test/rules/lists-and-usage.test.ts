/**
 * Constructions of real press releases and blog posts (issue 13): lists of
 * investors and members, founding members, usage and integration verbs.
 * Invented names only.
 */
import { describe, expect, it } from 'vitest'
import { triples } from '../support/facts.js'

const only = (predicate: string, list: string[]): string[] => list.filter((t) => t.includes(`—${predicate}→`))

describe('lists of investors', () => {
  const article = [
    '# Orbit Labs raises a seed round',
    '',
    'Orbit Labs is pleased to announce its seed round. We have had a number of new investors join the round:',
    '',
    '- Maria Lopez',
    '- Anna Berg (Quanta Capital)',
    '- John Smith (Zeta cofounder)',
    ''
  ].join('\n')
  it('should make each name of a list under "new investors joined" a funder of the round', () => {
    expect(only('fundedBy', triples(article))).toEqual(['Orbit Labs —fundedBy→ Anna Berg', 'Orbit Labs —fundedBy→ John Smith', 'Orbit Labs —fundedBy→ Maria Lopez', 'Orbit Labs —fundedBy→ Quanta Capital'])
  })
  it('should read the organisation and the role in brackets after an investor', () => {
    const all = triples(article)
    expect(only('foundedBy', all)).toEqual(['Zeta —foundedBy→ John Smith'])
    expect(only('affiliatedWith', all)).toEqual(['Anna Berg —affiliatedWith→ Quanta Capital', 'John Smith —affiliatedWith→ Zeta'])
  })
  it('should give nothing for a list of names under a lead-in that is not about investors', () => {
    const other = article.replace('new investors join the round', 'new hires join the team')
    expect(only('fundedBy', triples(other))).toEqual([])
  })
})
