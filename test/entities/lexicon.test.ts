import { describe, expect, it } from 'vitest'
import { createExtractor } from '../../src/index.js'

const predicates = [{ name: 'joined', label: 'joined', domain: ['Organization'], range: ['Organization'] }]
const extractor = (lexicon: Array<{ name: string; type: string; aliases?: string[] }>) =>
  createExtractor({ entityTypes: ['Organization', 'Project'], predicates, lexicon, relations: [{ id: 'r', predicate: 'joined', pattern: '{S} teamed up with {O}' }] }, { replace: true })
const names = (graph: ReturnType<ReturnType<typeof extractor>['extract']>) => graph.entities().map((e) => e.name).sort()

describe('lexicon names in the text', () => {
  it('should find a known name where capitals say nothing, and beat a candidate that cuts across it', () => {
    const known = extractor([{ name: 'Orbit Labs', type: 'Organization' }, { name: 'Quanta Finance', type: 'Organization' }])
    // "Orbit" is an English word at the start of a sentence; "TEAMED UP" would otherwise join the run.
    const graph = known.extract('Orbit Labs TEAMED UP with Quanta Finance.')
    expect(names(graph)).toEqual(['Orbit Labs', 'Quanta Finance'])
    expect(graph.relations().map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual(['orbit-labs joined quanta-finance'])
    expect(graph.entity('Orbit Labs')?.mentions[0]?.rule).toBe('name-lexicon')
    // Without the lexicon the run is cut wrongly: the test above is about the lexicon.
    expect(names(extractor([]).extract('Orbit Labs TEAMED UP with Quanta Finance.'))).not.toContain('Orbit Labs')
  })
  it('should find aliases, keep a longer name that holds a known one, and ignore other casings', () => {
    const known = extractor([{ name: 'Orbit Labs', type: 'Organization', aliases: ['Orbit'] }])
    // An alias that is an English word, first in its sentence: found, and typed by the lexicon.
    expect(known.extract('Orbit shipped a wallet.').entities().map((e) => [e.name, e.type])).toEqual([['Orbit', 'Organization']])
    expect(extractor([]).extract('Orbit shipped a wallet.').entities()).toEqual([])
    expect(names(known.extract('The Orbit Labs Foundation grew.'))).toEqual(['Orbit Labs Foundation'])
    expect(names(known.extract('The satellite left its orbit labs behind.'))).toEqual([])
  })
})
