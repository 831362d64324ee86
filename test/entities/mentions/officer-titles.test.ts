import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/index.js'
import { names } from './support.js'

describe('officer titles', () => {
  it('should not take the acronym of a title, nor the field inside "Chief … Officer", for a name', () => {
    const md = '# Orbix Foundation Hires New COO And CLO\n\nThe Orbix Foundation named Tavix Brel as its Chief Legal Officer (CLO) and Maria Quell as Chief Operating Officer (COO).'
    const found = names(md)
    expect(found).not.toContain('CLO')
    expect(found).not.toContain('Legal')
    expect(found).toContain('Orbix Foundation')
    expect(found).toContain('Tavix Brel')
  })
  it('should keep an acronym defined as an organisation', () => {
    const graph = extract('Last week the Zeltrix Legal Office (ZLO) opened.', { knowledgeBase: false })
    expect(graph.entity('Zeltrix Legal Office')?.aliases).toContain('ZLO')
  })
})
