import { describe, expect, it } from 'vitest'
import { typed } from './support.js'

describe('a short signature under a quote', () => {
  it('should find the speaker and the employer after "@", not read the line as a title-case headline', () => {
    const md = '> We moved our whole build to it.\n\n&ndash; Tavix Quellard, Staff Engineer @ Zorbix\n'
    const found = typed(md)
    expect(found).toContain('Tavix Quellard:Person')
    expect(found).toContain('Zorbix:Organization')
  })
  it('should keep reading a long title as a headline, so its fields are no names', () => {
    const md = '> We are grateful.\n\n<cite>–Maria Quell, Director of Open Harbor, Orbix Rights Foundation</cite>\n'
    expect(typed(md).map((t) => t.split(':')[0])).not.toContain('Open Harbor')
  })
})
