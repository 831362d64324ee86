import { describe, expect, it } from 'vitest'
import { extract, toFormat } from '../src/index.js'

const INVISIBLES = ['\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069']

describe('invisible characters inside names', () => {
  const plain = 'Orbit Labs, a DeFi protocol, plans to deploy its parachain on Zeta. Zeta, Omicron\'s canary network, grew. Zeta was founded by Maria Lopez.'
  const relations = (md: string): string[] => extract(md).relations().map((r) => r.key)

  it('should find the same relations whatever invisible character sits inside a name', () => {
    const expected = relations(plain)
    expect(expected.length).toBeGreaterThanOrEqual(3)
    for (const ch of INVISIBLES) {
      const md = plain.replace(/Zeta/g, `Ze${ch}ta`).replace('Maria', `Ma${ch}ria`).replace('Orbit Labs', `Or${ch}bit Labs`)
      expect(relations(md), JSON.stringify(ch)).toEqual(expected)
    }
  })

  it('should keep the source text, invisible characters included, in the evidence', () => {
    const md = 'Orbit Labs, a DeFi protocol, plans to deploy its parachain on Ze\u200Bta.'
    const kg = extract(md)
    const zeta = kg.entity('Zeta')!
    expect(zeta.name).toBe('Zeta')
    expect(zeta.mentions[0]!.text).toBe('Ze\u200Bta')
    expect(md.slice(zeta.mentions[0]!.start.offset, zeta.mentions[0]!.end.offset)).toBe('Ze\u200Bta')
    expect(kg.sentence(zeta.mentions[0]!).text).not.toContain('\u200B')
  })

  it('should leave bidirectional controls out of the HTML viewer\'s text', () => {
    const json = extract('Orbit Labs plans to deploy its parachain on Zeta.').toJSON()
    json.nodes[0]!.attributes.name = `\u202E${json.nodes[0]!.attributes.name}\u202C`
    const html = toFormat(json, 'html')
    const data = /<script type="application\/json" id="markgraph-data">(.*?)<\/script>/s.exec(html)![1]!
    expect(data).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/)
    expect(JSON.parse(data).nodes.map((n: { name: string }) => n.name)).toContain('Orbit Labs')
  })
})

describe('character references at the end of a span', () => {
  it('should end the evidence after the reference, not after its "&"', () => {
    const md = 'Orbit Labs plans to deploy its parachain on Polkado&#116;. Polkado&#x74; grew.'
    const kg = extract(md)
    const polkadot = kg.entity('Polkadot')!
    expect(polkadot.mentions.map((m) => m.text)).toEqual(['Polkado&#116;', 'Polkado&#x74;'])
    for (const m of polkadot.mentions) expect(md.slice(m.start.offset, m.end.offset)).toBe(m.text)
    const [relation] = kg.relations({ object: 'Polkadot' })
    expect(relation!.evidence[0]!.text.endsWith('Polkado&#116;')).toBe(true)
  })
  it('should keep a literal "&" one character and "&amp;" whole', () => {
    const md = 'Orbit Labs partnered with Quanta &amp; Co. Then Vega &amp; grew.'
    for (const e of extract(md).entities().flatMap((x) => x.mentions)) expect(md.slice(e.start.offset, e.end.offset)).toBe(e.text)
  })
})
