import { describe, expect, it } from 'vitest'
import { acronymHeadAliases, domainAliases, initialsAliases, pluralAliases, qualifiedAliases, shortenedHeadAliases, spellsInitials, tailAliases } from '../../src/entities/alias-rules.js'
import { isClippedFormOf } from '../../src/entities/acronym.js'
import { extract } from '../../src/index.js'

const surfaces = (...names: string[]) => new Map(names.map((n) => [n.toLowerCase(), n]))
const names = (md: string): string[] => extract(md, { knowledgeBase: false }).entities().map((e) => e.name).sort()
const typeOf = (md: string, name: string) => extract(md, { knowledgeBase: false }).entity(name)?.type

describe('document-wide alias rules', () => {
  it('should join an acronym to the one name whose initials it spells', () => {
    expect(spellsInitials('ZOF', 'Zeta Orbit Foundation')).toBe(true)
    expect(spellsInitials('ZF', 'Zeta Orbit Foundation')).toBe(false)
    const s = surfaces('ZOF', 'Zeta Orbit Foundation', 'Zeta')
    expect(initialsAliases([...s.keys()], s)).toEqual([['zof', 'zeta orbit foundation']])
    // Two names with those initials: no telling which.
    const two = surfaces('ZOF', 'Zeta Orbit Foundation', 'Zeal Omni Fund')
    expect(initialsAliases([...two.keys()], two)).toEqual([])
    // A name that starts with the acronym itself is no long form of it.
    const fund = surfaces('ZO', 'Zeta Orbit', 'ZO Continuity')
    expect(initialsAliases([...fund.keys()], fund)).toEqual([['zo', 'zeta orbit']])
  })
  it('should join a name written as its web domain to the bare name', () => {
    expect(domainAliases(['brimo.io', 'brimo', 'zeta'])).toEqual([['brimo', 'brimo.io']])
    expect(domainAliases(['brimo.io', 'zeta'])).toEqual([])
    expect(names('I had a job at Brimo.io for years. Working at Brimo was great.')).toEqual(['Brimo.io'])
  })
  it('should join a name to the one longer name that ends with it', () => {
    expect(tailAliases(['core team', 'zetara core team', 'zetara'])).toEqual([['core team', 'zetara core team']])
    expect(tailAliases(['core team', 'zetara core team', 'orbix core team'])).toEqual([])
  })
  it('should join a name whose first word is the acronym of the other name\'s first words', () => {
    const s = surfaces('ZO Cooperative', 'Zeta Orbit Cooperative')
    expect(acronymHeadAliases([...s.keys()], s)).toEqual([['zo cooperative', 'zeta orbit cooperative']])
  })
  it('should join a name whose last word is cut short', () => {
    expect(shortenedHeadAliases(['orbix coop', 'orbix cooperative'])).toEqual([['orbix coop', 'orbix cooperative']])
    expect(shortenedHeadAliases(['orbix co', 'orbix cooperative'])).toEqual([])
  })
  it('should join an acronym given in quotes with an article', () => {
    expect(names('The Zetara Cooperative (the “ZC”) grew. Last week the ZC hired.')).toEqual(['Zetara Cooperative'])
  })
})

describe('people named by part of their name', () => {
  it('should join a surname used alone after the full name, and type the person', () => {
    const md = 'Last year Tavix Brel joined Orbix. Later Brel wrote the code.'
    expect(names(md)).toEqual(['Orbix', 'Tavix Brel'])
  })
  it('should not join a word used alone before a full name that ends with it', () => {
    expect(names('Zetara grew. Later Tavix Zetara joined.')).toEqual(['Tavix Zetara', 'Zetara'])
  })
  it('should join a first name used alone to a person the text gives a role', () => {
    const md = 'Tavix Brel is Head of Research at Orbix. Last week Tavix spoke.'
    expect(names(md)).toEqual(['Orbix', 'Tavix Brel'])
    expect(typeOf(md, 'Tavix Brel')).toBe('Person')
  })
})

describe('legal forms and bodies', () => {
  it('should take a company with and without its legal form for one', () => {
    expect(names('Orbix Corporation grew. Later Orbix hired. Zeltrix Networks and Zeltrix merged.')).toEqual(['Orbix Corporation', 'Zeltrix Networks'])
  })
  it('should type a board as an organisation', () => {
    expect(typeOf('Orbix formed the Zeltrix Advisory Board.', 'Zeltrix Advisory Board')).toBe('Organization')
  })
})

describe('spelling, plural, qualified and clipped variants', () => {
  it('should join a name written with and without its space', () => {
    expect(names('Last week Orbix streamed logs to Zeta Query, and later to ZetaQuery tables.')).toEqual(['Orbix', 'Zeta Query'])
  })
  it('should join a name and its plural, but not two people\'s names', () => {
    expect(pluralAliases(['zetanode', 'zetanodes', 'orbix'], () => false)).toEqual([['zetanode', 'zetanodes']])
    expect(pluralAliases(['robert', 'roberts'], (w) => w === 'robert' || w === 'roberts')).toEqual([])
  })
  it('should join a name to the one two-word name that qualifies it by another name of the document', () => {
    expect(qualifiedAliases(['orbix', 'orbix companion', 'companion'], () => false)).toEqual([['companion', 'orbix companion']])
    // Two qualified names end so: no telling which.
    expect(qualifiedAliases(['orbix', 'zeta', 'orbix companion', 'zeta companion', 'companion'], () => false)).toEqual([])
    // The qualifier is no name of the document: "Lake Companion" need not be "Companion".
    expect(qualifiedAliases(['lake companion', 'companion'], () => false)).toEqual([])
  })
  it('should join a short name clipped from the words of a long name before it in parentheses', () => {
    expect(isClippedFormOf('Optnet', 'Zeta Optical Network Group')).toBe(true)
    expect(isClippedFormOf('Orbix', 'Maria Lopez')).toBe(false)
    const md = 'Last week we formed the Zeta Optical Network Group (Optnet). Optnet will help builders.'
    expect(names(md)).toEqual(['Zeta Optical Network Group'])
  })
})

describe('qualified names in order', () => {
  it('should not join a word used alone before the qualified name that ends with it', () => {
    const firstAt = new Map([['companion', 0], ['orbix', 1], ['orbix companion', 2]])
    expect(qualifiedAliases(['orbix', 'orbix companion', 'companion'], () => false, firstAt)).toEqual([])
  })
})
