import { describe, expect, it } from 'vitest'
import { extract } from '../../../src/index.js'
import { names } from './support.js'

describe('linked and package-style lower-case names', () => {
  it('should take a linked lower-case name, and its later uses, for a name', () => {
    const md = 'Last week Orbix funded [zetad](https://example.org/zetad) and the [libqorv project](https://example.org/q). Later zetad shipped.'
    expect(names(md)).toEqual(['Orbix', 'libqorv', 'zetad'])
  })
  it('should take a package named on a name of the document, joined to its spaced spelling', () => {
    expect(names('Last week Zetara nodes talked to go-zetara nodes.')).toEqual(['Zetara', 'go-zetara'])
    const spaced = extract('Last week Zetara nodes talked to go-zetara nodes and to Go Zetara users.', { knowledgeBase: false })
    expect(spaced.entity('Go Zetara')?.aliases).toContain('go-zetara')
  })
  it('should not take linked words or compounds of words for names', () => {
    expect(names('See the [docs](https://example.org), a [demo](https://example.org) and [high-level](https://example.org) notes of Orbix.')).toEqual(['Orbix'])
  })
  it('should not take a linked word after a determiner and its modifiers, but one after a preposition', () => {
    const found = names('Last week Orbix joined its cross-industry collaborative [quorum](https://example.org) and your database [ledgers](https://example.org).')
    expect(found).toContain('Orbix')
    expect(found).not.toContain('quorum')
    expect(found).not.toContain('ledgers')
    expect(names('Maria Quell is the co-founder of [zetad](https://example.org/zetad).')).toContain('zetad')
  })
})

describe('linked lower-case words the parser left unread', () => {
  it('should not take a word in a link with a template target after a determiner', () => {
    expect(names('Last week Orbix grew in support of its [quorum]({{ site.url }}/quorum).')).toEqual(['Orbix'])
  })
  it('should not take a modifier made from a name for a package', () => {
    expect(names('Orbix offers a Zetara fund and zetara-backed loans.')).not.toContain('zetara-backed')
  })
})
