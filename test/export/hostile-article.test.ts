import Graph from 'graphology'
import { parse as parseGexf } from 'graphology-gexf'
import { parse as parseGraphML } from 'graphology-graphml'
import jsonld from 'jsonld'
import { Parser } from 'n3'
import { describe, expect, it } from 'vitest'
import { extract, JSONLD_CONTEXT, KnowledgeGraph, toFormat } from '../../src/index.js'

// An article whose names are attacks on naive writers and readers.
const ARTICLE = `# "Quote" </script> News

The __proto__ Foundation's Maria Lopez spoke. Constructor Labs acquired ToString Finance.
The "Q'uote} Labs" team and \`Back$tick\` Finance partnered with <script>alert(1)</script> Orbit Labs.
=SUM Labs acquired ]]> Finance. Zeta founder Maria Lopez said "it works, truly, ok" today.
@Evil Labs partnered with +Plus Labs and -Minus Labs. O'Brien Labs acquired D'Arcy "Finance" Hub.`

const kg = extract(ARTICLE, { source: 'attack.md' })
const json = kg.toJSON()
const names = json.nodes.map((n) => n.attributes.name)

describe('exports of an article built of hostile names', () => {
  it('should extract the hostile names as plain data', () => {
    expect(names.length).toBeGreaterThan(4)
    expect(kg.relations().length).toBeGreaterThan(2)
    expect(names).toContain("O'Brien Labs")
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
    expect(JSON.stringify(KnowledgeGraph.fromJSON(JSON.stringify(json)).toJSON())).toBe(JSON.stringify(json))
  })
  it('should write Turtle and N-Triples that n3 parses, with every name intact', () => {
    for (const format of ['turtle', 'ntriples'] as const) {
      const quads = new Parser({ format: format === 'turtle' ? 'Turtle' : 'N-Triples' }).parse(toFormat(kg, format) as string)
      const literals = new Set(quads.filter((q) => q.predicate.value === 'https://schema.org/name').map((q) => q.object.value))
      for (const name of names) expect(literals.has(name)).toBe(true)
    }
  })
  it('should write JSON-LD that expands to the same names', async () => {
    const documentLoader = async (url: string): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> => ({ contextUrl: null, documentUrl: url, document: structuredClone(JSONLD_CONTEXT) })
    const nquads = (await jsonld.toRDF(JSON.parse(toFormat(kg, 'jsonld') as string), { format: 'application/n-quads', documentLoader } as never)) as unknown as string
    const quads = new Parser({ format: 'N-Quads' }).parse(nquads)
    const literals = new Set(quads.filter((q) => q.predicate.value === 'https://schema.org/name').map((q) => q.object.value))
    for (const name of names) expect(literals.has(name)).toBe(true)
  })
  it('should write GraphML and GEXF that graphology parses back', () => {
    for (const g of [parseGraphML(Graph, toFormat(kg, 'graphml') as string), parseGexf(Graph, toFormat(kg, 'gexf') as string)]) {
      expect(g.order).toBe(json.nodes.length)
      expect(g.size).toBe(json.edges.length)
      expect(new Set(g.mapNodes((_k, a) => a.name as string))).toEqual(new Set(names))
    }
  })
  it('should neutralise formula injection in CSV and escape Cypher strings', () => {
    const { 'nodes.csv': nodes } = toFormat(kg, 'csv') as Record<string, string>
    for (const line of (nodes ?? '').split('\n').slice(1)) expect(line).not.toMatch(/(^|,)"?[=+\-@]/)
    const cypher = toFormat(kg, 'cypher') as string
    for (const statement of cypher.trim().split('\n')) expect(statement).toMatch(/^(MERGE|MATCH) /)
    // Every statement ends where it should: quotes inside names are escaped.
    for (const statement of cypher.trim().split('\n')) {
      expect(statement.endsWith(';')).toBe(true)
      expect((statement.match(/(?<!\\)'/g) ?? []).length % 2).toBe(0)
    }
    expect(cypher).toContain("O\\'Brien Labs")
  })
  it('should keep DOT, Mermaid and the viewer free of injected markup', () => {
    const html = toFormat(kg, 'html') as string
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html.match(/<\/script>/gi)?.length).toBe(html.match(/<script[\s>]/gi)?.length)
    for (const format of ['dot', 'mermaid'] as const) {
      const text = toFormat(kg, format) as string
      // Every label's quotes are balanced: no name ends a string early.
      for (const line of text.split('\n')) expect((line.match(/(?<!\\)"/g) ?? []).length % 2).toBe(0)
    }
  })
})
