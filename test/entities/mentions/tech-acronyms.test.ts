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
