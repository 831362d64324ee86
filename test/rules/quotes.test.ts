import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'

/** Speaker and first words of every quote, in order. */
function quotes(markdown: string): Array<[string, string]> {
  return extract(markdown).quotes().map((q) => [q.speakerName, q.text.split(/\s+/).slice(0, 3).join(' ')])
}

/** Affiliations with the rules that gave them. */
function affiliations(markdown: string): string[] {
  const kg = extract(markdown)
  const name = (key: string): string => kg.entity(key)?.name ?? key
  return kg.relations({ predicate: 'affiliatedWith' }).map((r) => `${name(r.subject)} → ${name(r.object)} [${r.rules.join(',')}]`)
}

const SAID = 'The upgrade gives holders real power over the network'

describe('quote attribution', () => {
  describe('newswire forms', () => {
    it.each([
      ['"…," X said.', `"${SAID}," Maria Lopez said.`],
      ['"…," said X.', `"${SAID}," said Maria Lopez.`],
      ['"…," said X, CEO of Y.', `"${SAID}," said Maria Lopez, CEO of Orbit Labs.`],
      ['X said: "…"', `Maria Lopez said: "${SAID}."`],
      ['According to X, "…"', `According to Maria Lopez, "${SAID}."`],
      ['"…," according to X.', `"${SAID}," according to Maria Lopez.`],
      ['"…," X told reporters on Monday.', `"${SAID}," Maria Lopez told reporters on Monday.`],
      ['title and role before the name', `"${SAID}," said Zeta founder Dr. Maria Lopez.`],
      ['curly quotes', `“${SAID},” said Maria Lopez.`],
      ['a line break inside the quote', `"The upgrade gives holders\nreal power over the network," said\nMaria Lopez.`],
      ['an appositive after the speaker', `"${SAID}," said Maria Lopez, co-founder and CEO at Orbit Labs, on Tuesday.`],
      ['an appositive before the verb', `"${SAID}," Maria Lopez, CEO of Orbit Labs, said.`]
    ])('should attribute %s', (_form, text) => {
      expect(quotes(text)).toEqual([['Maria Lopez', 'The upgrade gives']])
    })

    it('should read a paragraph that ends "X added:" as the speaker of the quotation under it', () => {
      expect(quotes(`Maria Lopez, CEO of Orbit Labs, added:\n\n"${SAID}."`)).toEqual([['Maria Lopez', 'The upgrade gives']])
    })

    it('should not read a first name ending in -ly as an adverb after the verb', () => {
      expect(quotes(`"${SAID}," said Kelly Lopez, CEO of Orbit Labs.`)).toEqual([['Kelly Lopez', 'The upgrade gives']])
    })

    it('should keep a short quotation a newswire attribution frames', () => {
      expect(quotes('"Absolutely," said Maria Lopez.')).toEqual([['Maria Lopez', 'Absolutely']])
    })
  })

  describe('pronoun speakers', () => {
    it.each([
      ['"…," she said.', `Maria Lopez joined Orbit Labs in 2020. "${SAID}," she said.`],
      ['He added, "…"', `Omar Haddad reviewed the numbers. He added, "${SAID}."`],
      ['in the next paragraph', `Omar Haddad, an analyst with Zeta Capital, reviewed the data.\n\nHe observed, "${SAID}."`]
    ])('should resolve %s to the last named person', (_form, text) => {
      const kg = extract(text)
      const [quote] = kg.quotes()
      expect(quote?.speakerName).toBe(text.includes('Omar') ? 'Omar Haddad' : 'Maria Lopez')
      expect(quote?.evidence.resolved?.[0]?.text).toMatch(/^(?:he|she)$/)
    })

    it('should not guess between two people named in the sentence before', () => {
      expect(quotes(`Maria Lopez met Omar Haddad in Zug. "${SAID}," he said.`)).toEqual([])
    })

    it('should resolve "the company said" to the one organisation named before', () => {
      expect(quotes(`Orbit Labs opened an office in Zug. "${SAID}," the company said.`)).toEqual([['Orbit Labs', 'The upgrade gives']])
    })
  })

  describe('multi-part quotations', () => {
    it.each([
      ['"…," X said. "…"', `"${SAID}," said Maria Lopez. "We will ship the next release in June."`],
      ['"…," X said, "…"', `"${SAID}," Maria Lopez said, "and we will ship the next release in June."`],
      ['"…," she said. "…"', `Maria Lopez spoke in Zug. "${SAID}," she said. "We will ship the next release in June."`],
      ['"…," X wrote on the firm’s blog, "…"', `"${SAID}," Maria Lopez wrote on the firm’s blog, "and we will ship the next release in June."`]
    ])('should give each part of %s to the same speaker', (_form, text) => {
      expect(quotes(text).map(([speaker]) => speaker)).toEqual(['Maria Lopez', 'Maria Lopez'])
    })

    it('should continue into a paragraph that opens with a quotation', () => {
      const text = `"${SAID}," said Maria Lopez.\n\n"We will ship the next release in June and then keep going."`
      expect(quotes(text)).toEqual([['Maria Lopez', 'The upgrade gives'], ['Maria Lopez', 'We will ship']])
    })

    it('should read a quotation that goes on in the next paragraph (no closing mark before it)', () => {
      const text = `Maria Lopez said: "${SAID}. It took the whole team two years.\n\n"We will ship the next release in June."`
      expect(quotes(text)).toEqual([['Maria Lopez', 'The upgrade gives'], ['Maria Lopez', 'We will ship']])
    })

    it('should give an unclosed paragraph the speaker the next one names', () => {
      const text = `"${SAID}. It took the whole team two years.\n\n"We will ship the next release in June," said Maria Lopez.`
      expect(quotes(text)).toEqual([['Maria Lopez', 'The upgrade gives'], ['Maria Lopez', 'We will ship']])
    })

    it('should not continue past another sentence', () => {
      const text = `"${SAID}," said Maria Lopez. Omar Haddad disagreed with most of it. "We will ship the next release in June."`
      expect(quotes(text)).toEqual([['Maria Lopez', 'The upgrade gives']])
    })
  })

  describe('dash lines under a blockquote', () => {
    it.each([
      ['on the same line', `> _“${SAID}.”_ — Maria Lopez, Partner at Zeta Capital`, 'Maria Lopez'],
      ['on the next line of the blockquote', `> "${SAID}."\n> -- Omar Haddad`, 'Omar Haddad'],
      ['in the next paragraph of the blockquote', `> "${SAID}."\n>\n> — Maria Lopez, Orbit Labs`, 'Maria Lopez'],
      ['under the blockquote', `> "${SAID}."\n\n— Maria Lopez, CEO of Orbit Labs`, 'Maria Lopez']
    ])('should attribute a dash line %s', (_where, text, speaker) => {
      expect(quotes(text)).toEqual([[speaker, 'The upgrade gives']])
    })

    it.each([
      ['signed in its last paragraph', `> ${SAID}.\n>\n> — Maria Lopez, Orbit Labs`, [['Maria Lopez', 'The upgrade gives']]],
      ['signed at its end', `> ${SAID}. — Maria Lopez, Orbit Labs`, [['Maria Lopez', 'The upgrade gives']]],
      ['of two paragraphs signed under it', `> ${SAID}.\n>\n> We will ship the next release in June.\n\n-- Omar Haddad`, [['Omar Haddad', 'The upgrade gives'], ['Omar Haddad', 'We will ship']]],
      ['nobody signed', `> ${SAID}.`, []]
    ])('should read a blockquote without quote marks %s', (_case, text, expected) => {
      expect(quotes(text)).toEqual(expected)
    })

    it('should not read a dash aside after a scare quote as an attribution', () => {
      expect(quotes('Zeta, the "wild cousin" — Orbit Labs, its maker, says so — grew.')).toEqual([])
    })
  })

  describe('organisations as speakers', () => {
    it.each([
      ['"…," a X spokesperson said.', `"${SAID}," a Zeta Foundation spokesperson said.`, 'Zeta Foundation'],
      ['"…," stated a X spokesperson.', `"${SAID}," stated a Zeta Foundation spokesperson.`, 'Zeta Foundation'],
      ['"…," said a spokesperson for X.', `"${SAID}," said a spokesperson for the Zeta Foundation.`, 'Zeta Foundation'],
      ['"…," X said in a statement.', `"${SAID}," Orbit Labs said in a statement.`, 'Orbit Labs'],
      ['X said in a statement: "…"', `Orbit Labs said in a statement: "${SAID}."`, 'Orbit Labs'],
      ['A X representative revealed, "…"', `A Zeta representative revealed, "${SAID}."`, 'Zeta']
    ])('should attribute %s to the organisation', (_form, text, speaker) => {
      expect(quotes(text)).toEqual([[speaker, 'The upgrade gives']])
    })
  })

  describe('looser forms', () => {
    it('should give a first-person quotation in a paragraph about one person to that person', () => {
      const text = 'Maria Lopez is the founder of Orbit Labs. In 2018 she helped launch Zeta. "I\'m thrilled to join the Omicron board as an advisor."'
      expect(quotes(text)).toEqual([['Maria Lopez', "I'm thrilled to"]])
      expect(quotes('Maria Lopez met Omar Haddad in Zug. "I\'m thrilled to join the Omicron board as an advisor."')).toEqual([])
      expect(quotes('Maria Lopez is the founder of Orbit Labs. "Zeta is the fastest chain in the world today."')).toEqual([])
    })

    it('should attribute a quote to a possessive speaker before it', () => {
      expect(quotes('Maria Lopez\'s concluding words give us a glimpse, "Zeta is exceeding our expectations in every way."')).toEqual([['Maria Lopez', 'Zeta is exceeding']])
    })
    it('should attribute a partial quotation to the subject of the verb of saying', () => {
      expect(quotes('Paul Keller said he hopes Zeta will "give people back their confidence in trading."')).toEqual([['Paul Keller', 'give people back']])
      expect(quotes('Paul Keller spoke last. He also said he wanted a place that allows "people to formulate and accept criticism".')).toEqual([['Paul Keller', 'people to formulate']])
    })
    it('should attribute a characterisation to the subject that makes it', () => {
      expect(quotes('Orbit Labs recognised Zeta as "one of the biggest winners of the year".')).toEqual([['Orbit Labs', 'one of the']])
    })
  })

  describe('no quotation', () => {
    it.each([
      ['an unnamed speaker', '"Investors are picking up on the potential," observes an industry analyst.'],
      ['a scare quote', 'Zeta, dubbed the "wild cousin" of Omicron, grew fast.'],
      ['a short quote after a characterising verb', 'Maria Lopez called Zeta a "fast chain" today.'],
      ['a short quote with a comma inside it mid-sentence', 'Zeta, Omicron\'s "canary network," said goodbye to its old runtime.'],
      ['a quoted name', 'Orbit Labs launched "Hyperlane" this week.'],
      ['a quoted title after a verb of saying', 'Orbit Labs announced "Zeta Prime: The Next Generation of Scaling" at the conference.'],
      ['"the team" (it could be any of the names before)', 'Zeta Capital backed Orbit Labs. "The network is up and running again after the outage," the team said.']
    ])('should find none for %s', (_case, text) => {
      expect(quotes(text)).toEqual([])
    })
  })

  describe('the speaker\'s affiliation', () => {
    it.each([
      ['"…," said X, CEO of Y.', `"${SAID}," said Maria Lopez, CEO of Orbit Labs.`, 'Maria Lopez → Orbit Labs', 'quote-affiliation-role-at'],
      ['a role with an "of" before the "at"', `"${SAID}," said Maria Lopez, Director of Research at Orbit Labs.`, 'Maria Lopez → Orbit Labs', 'quote-affiliation-role-at'],
      ['coordinated organisations', `"${SAID}," said Maria Lopez, co-founder of Zeta Foundation and Orbit Labs.`, 'Maria Lopez → Zeta Foundation', 'quote-affiliation-role-at'],
      ['a dash line', `> "${SAID}." — Maria Lopez, Orbit Labs`, 'Maria Lopez → Orbit Labs', 'quote-affiliation-dash'],
      ['organisation and role before the name', `"${SAID}," said Orbit Labs CEO Maria Lopez.`, 'Maria Lopez → Orbit Labs', 'quote-affiliation-org-role'],
      ['a signature of title, departments and organisation', `"${SAID}," said Maria Lopez, Vice President, Cloud Platform and Developer Tools, Orbit Research.`, 'Maria Lopez → Orbit Research', 'quote-affiliation-signature'],
      ['a signature with semicolons', `"${SAID}," said Maria Lopez; VP, Cloud Tools; Director, Data Stacks; Orbit Labs.`, 'Maria Lopez → Orbit Labs', 'quote-affiliation-signature']
    ])('should relate the speaker to the organisation for %s', (_form, text, pair, rule) => {
      const found = affiliations(text).find((a) => a.startsWith(pair))
      expect(found).toBeDefined()
      expect(found).toContain(rule)
    })

    it('should carry evidence and the rule id', () => {
      const kg = extract(`> "${SAID}." — Maria Lopez, Orbit Labs`)
      const [relation] = kg.relations({ predicate: 'affiliatedWith' })
      expect(relation?.rules).toEqual(['quote-affiliation-dash'])
      expect(relation?.evidence[0]?.text).toBe('Maria Lopez, Orbit Labs')
      expect(relation?.evidence[0]?.start.line).toBe(1)
    })

    it('should add its rule to a relation a frame rule also found in the attribution', () => {
      const [relation] = extract(`"${SAID}," said Maria Lopez, co-founder and CEO at Orbit Labs.`).relations({ predicate: 'affiliatedWith' })
      expect(relation?.rules).toContain('quote-affiliation-role-at')
      expect(relation?.evidence.map((e) => e.text)).toContain('Maria Lopez, co-founder and CEO at Orbit Labs')
    })

    it('should give both organisations a coordination names', () => {
      const found = affiliations(`"${SAID}," said Maria Lopez, co-founder of Zeta Foundation and Orbit Labs.`)
      expect(found.filter((a) => a.includes('quote-affiliation-role-at')).map((a) => a.split(' [')[0]).sort()).toEqual(['Maria Lopez → Orbit Labs', 'Maria Lopez → Zeta Foundation'])
    })

    it('should state no affiliation for a past role', () => {
      expect(affiliations(`"${SAID}," said Maria Lopez, a former CEO of Orbit Labs.`).filter((a) => a.includes('quote-affiliation'))).toEqual([])
    })

    it.each([
      ['a clause after the title', `"${SAID}," said Maria Lopez, CEO, in a talk at Orbit Labs.`],
      ['a past title', `"${SAID}," said Maria Lopez, formerly CEO, Orbit Labs.`],
      ['no title first', `"${SAID}," said Maria Lopez, Lisbon, Orbit Labs.`]
    ])('should read no signature for %s', (_form, text) => {
      expect(affiliations(text).filter((a) => a.includes('quote-affiliation-signature'))).toEqual([])
    })

    it('should state no affiliation for a bare attribution', () => {
      expect(affiliations(`"${SAID}," said Maria Lopez.`)).toEqual([])
    })
  })
})
