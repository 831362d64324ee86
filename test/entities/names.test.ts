import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'
import { isAcronymOf } from '../../src/entities/acronym.js'

const entities = (markdown: string) =>
  extract(markdown)
    .entities()
    .map((e) => `${e.name}:${e.type}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}`)
    .sort()

describe('acronyms', () => {
  it('should tell an acronym, which takes every initial, from a ticker, which takes letters of one name', () => {
    expect(isAcronymOf('XCMP', 'Cross-Chain Message Passing')).toBe(true)
    expect(isAcronymOf('NPoS', 'nominated proof-of-stake')).toBe(true)
    expect(isAcronymOf('NFTs', 'non-fungible tokens')).toBe(true)
    expect(isAcronymOf('W3F', 'Web3 Foundation')).toBe(true)
    expect(isAcronymOf('KSM', 'Kusama Network')).toBe(false)
    expect(isAcronymOf('ZET', 'Zeta')).toBe(false)
    expect(isAcronymOf('GOV', 'native token')).toBe(false)
  })

  it('should join a name and its acronym in either order, and not type the acronym as a ticker', () => {
    expect(entities('Last week Zeta shipped Cross-Chain Message Passing (XCMP).')).toEqual(['Cross-Chain Message Passing:Project (XCMP)', 'Zeta:Project'])
    expect(entities('Last week Zeta shipped XCMP (Cross-Chain Message Passing).')).toEqual(['Cross-Chain Message Passing:Project (XCMP)', 'Zeta:Project'])
  })

  it('should keep the jargon words of a name its acronym spells', () => {
    // "Parachain" and "Auction" alone are jargon; the acronym says the three words are one name.
    expect(entities('Orbit Labs is co-initiating the Parachain Auction Launch (PAL), a marketplace.')).toContain('Parachain Auction Launch:Project (PAL)')
  })

  it('should drop an acronym whose long form the article writes in lower case', () => {
    const names = entities('Zeta improved its nominated proof-of-stake (NPoS) and cross-chain message passing (XCMP). Later, XCMP went live on Zeta.')
    expect(names).toEqual(['Zeta:Project'])
  })

  it('should not join a name with the ticker after it', () => {
    expect(entities('The Zeta Network (ZET) grew.')).toEqual(['ZET:Token', 'Zeta Network:Project'])
  })
})

describe('bylines', () => {
  it('should take the whole name of a byline as a person, even where a first name is an English word', () => {
    const md = '# News\n\n## Markets\n\nBy Lily Turner\n\nZeta rose.\n'
    expect(entities(md)).toContain('Lily Turner:Person')
    expect(entities('# News\n\nBy Emma Foster | Senior Editor\n\nZeta rose.\n')).toContain('Emma Foster:Person')
  })

  it('should read the other byline forms: several names, "Written by", "Author:", a name alone in parentheses', () => {
    expect(entities('# News\n\n_By Lily Turner and Mark Stone_\n\nZeta rose.\n')).toEqual(['Lily Turner:Person', 'Mark Stone:Person'])
    expect(entities('# News\n\nWritten by Lily Turner\n')).toEqual(['Lily Turner:Person'])
    expect(entities('# News\n\nAuthor: Lily Turner\n')).toEqual(['Lily Turner:Person'])
    expect(entities('# News\n\n## Markets\n\n(Lily Turner)\n')).toEqual(['Lily Turner:Person'])
  })

  it('should leave a sentence that starts with "By" alone', () => {
    expect(entities('By March Zeta had grown.')).toEqual(['Zeta:Project'])
  })
})

describe('words made from names', () => {
  it('should not take a community word ("Zetan", "Zetans") for an entity of its own', () => {
    expect(entities('Zeta, a relay chain, grew. The Zetan network community met, and Zetans voted.')).toEqual(['Zeta:Network'])
  })

  it('should keep only the name of a hyphenated compound ("Zeta-bound", "EVM-compatible")', () => {
    expect(entities('Zeta, a relay chain, grew. Teams tested Zeta-bound projects.')).toEqual(['Zeta:Network'])
  })
})

describe('capitalised jargon', () => {
  it('should not take "Decentralized Finance" for a name, nor let it vouch for a heading word', () => {
    const md = '# News\n\n## Opening Doors to Decentralized Governance\n\nLast month Zeta, a relay chain, grew, vital for shaping Decentralized Finance.\n'
    expect(entities(md)).toEqual(['Zeta:Network'])
  })
})

describe('roles inside a run of capitals', () => {
  it('should split "Zeta CEO Maria Lopez" into the organisation and the person', () => {
    const text = 'Orbit Labs CTO Maria Lopez said the network will launch in May.'
    expect(entities(text)).toEqual(['Maria Lopez:Person', 'Orbit Labs:Organization'])
    expect(extract(text).relations().map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual(['maria-lopez affiliatedWith orbit-labs'])
  })

  it('should take an unknown word at the start of a sentence as a name before "is built on"', () => {
    expect(extract('Moonbeam is built on Substrate.').relations().map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual(['moonbeam builtOn substrate'])
  })
})

describe('renamed projects', () => {
  it('should keep a former name as an alias, in the usual ways of saying so', () => {
    for (const text of ['Last week Hydration, formerly known as HydraDX, grew.', 'Last week Hydration (formerly HydraDX) grew.', 'Last week HydraDX rebranded as Hydration.']) {
      const [entity, ...others] = extract(text).entities()
      expect(others).toEqual([])
      expect([entity!.name, ...entity!.aliases].sort()).toEqual(['HydraDX', 'Hydration'])
    }
  })

  it('should read a relation across a former-name appositive', () => {
    expect(extract('Last week Hydration, formerly known as HydraDX, announced a partnership with Bifrost.').relations().map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual(['hydration partnersWith bifrost'])
  })
})

describe('more name and type evidence', () => {
  it('should take a sentence-initial word before a parenthesised ticker, and type an exchange from "listed on"', () => {
    expect(entities('Mythos (MYTH) listed on Binance.')).toEqual(['Binance:Organization', 'MYTH:Token', 'Mythos:Network'])
  })

  it('should not take newer jargon for names ("DePIN", "RWA")', () => {
    expect(entities('Last week Zeta, a DePIN network, and Orbit, an RWA platform, grew.')).toEqual(['Orbit:Project', 'Zeta:Network'])
  })
})

describe('names in lists, tables and datelines', () => {
  it('should take the label of a list item and a table cell of its own as names', () => {
    const md = '# Ecosystem\n\n- **Moonriver**: upgraded its runtime.\n- **Bifrost**: grew fast.\n\n| Project | Update |\n| --- | --- |\n| Basilisk | Secured a slot |\n'
    expect(entities(md)).toEqual(['Basilisk:Network', 'Bifrost:Network', 'Moonriver:Network'])
  })

  it('should type the place of a dateline, and a person from "host of"', () => {
    const md = '# Digest\n\n**ZUG, Switzerland —** The Zeta Council met. The spend was proposed by Jay Chrawnna, host of a podcast.\n'
    expect(entities(md)).toEqual(['Jay Chrawnna:Person', 'Switzerland:Place', 'ZUG:Place', 'Zeta Council:Organization'])
  })

  it('should not take a community word made with "-rian" for a name', () => {
    expect(entities('Last week Zeta, a relay chain, grew, and the Zetarian community met.')).toEqual(['Zeta:Network'])
  })
})

describe('sentence-initial names joined by "of"', () => {
  it('should keep "The Bank of England" whole after the determiner', () => {
    expect(entities('The Bank of England raised rates.').map((e) => e.split(':')[0])).toEqual(['Bank of England'])
  })
})
