import { describe, expect, it } from 'vitest'
import { toFormat } from '../../src/index.js'
import { fixtureGraph, hostileGraph } from './fixture-graph.js'

const graph = fixtureGraph()
const NASTY = "O'Brien \\ Labs\nline two } { ) ("

/**
 * Undo Cypher string escapes in the text between the quotes of a literal.
 *
 * @param body Escaped text.
 * @returns The string it denotes.
 */
function unescapeCypher(body: string): string {
  return body.replace(/\\(u[0-9a-f]{4}|.)/g, (_, c: string) => (c.length > 1 ? String.fromCharCode(parseInt(c.slice(1), 16)) : ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[c] ?? c))
}

/**
 * Single-quoted Cypher literals of a statement, unescaped, and the
 * statement with them removed (what is left is syntax only).
 *
 * @param statement One Cypher statement.
 * @returns Literal values and the remaining syntax.
 */
function cypherLiterals(statement: string): { values: string[]; syntax: string } {
  const values: string[] = []
  const syntax = statement.replace(/'((?:[^'\\]|\\.)*)'/g, (_, body: string) => {
    values.push(unescapeCypher(body))
    return "''"
  })
  return { values, syntax }
}

describe('cypher', () => {
  it('should write one MERGE statement per entity and relation', () => {
    const lines = toFormat(graph, 'cypher').trim().split('\n')
    expect(lines.length).toBe(graph.nodes.length + graph.edges.length)
    for (const line of lines) {
      expect(line).toContain('MERGE')
      expect(line).not.toMatch(/\bCREATE\b/)
      expect(line.endsWith(';')).toBe(true)
    }
    expect(lines).toContain(
      lines.find((l) => l.startsWith("MATCH (a:Entity {key: 'acala-network'}), (b:Entity {key: 'kusama'}) MERGE (a)-[r:PLANS_PARACHAIN_ON]->(b) SET r.key = 'acala-network|plansParachainOn|kusama'"))
    )
    expect(lines.some((l) => l.startsWith("MERGE (n:Entity:Person {key: 'gavin-wood'}) SET n.name = 'Gavin Wood'"))).toBe(true)
  })
  it('should escape quotes, backslashes, newlines and braces in names', () => {
    const text = toFormat(hostileGraph([NASTY, 'Beta']), 'cypher')
    const lines = text.trim().split('\n')
    expect(lines.length).toBe(3)
    const { values, syntax } = cypherLiterals(lines[0]!)
    expect(values).toContain(NASTY)
    expect(values).toContain(`${NASTY} alias`)
    expect(syntax).toBe("MERGE (n:Entity:Organization {key: ''}) SET n.name = '', n.aliases = [''];")
    const edge = cypherLiterals(lines[2]!)
    expect(edge.syntax).toBe("MATCH (a:Entity {key: ''}), (b:Entity {key: ''}) MERGE (a)-[r:PARTNERS_WITH]->(b) SET r.key = '', r.predicate = '', r.label = '', r.confidence = 0.8, r.rules = [''], r.evidence = '';")
    expect(JSON.parse(edge.values.at(-1)!)[0].sentence).toContain('\n')
  })
  it('should make labels and relationship types safe', () => {
    const hostile = hostileGraph(['A', 'B'])
    hostile.nodes[0]!.attributes.type = 'Bad-Type.x'
    hostile.edges[0]!.attributes.predicate = 'weird-pred.v2'
    const text = toFormat(hostile, 'cypher')
    expect(text).toContain('(n:Entity:Bad_Type_x {')
    expect(text).toContain('[r:WEIRD_PRED_V2]')
  })
})

/**
 * Parse RFC 4180 CSV.
 *
 * @param text CSV text.
 * @returns Rows of cells.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') row.push(cell), (cell = '')
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++
    } else cell += ch
  }
  return rows
}

describe('csv', () => {
  it('should write neo4j-admin headers and one row per entity and relation', () => {
    const files = toFormat(graph, 'csv')
    expect(Object.keys(files).sort()).toEqual(['nodes.csv', 'relationships.csv'])
    const nodes = parseCsv(files['nodes.csv'])
    const rels = parseCsv(files['relationships.csv'])
    expect(nodes[0]).toEqual(['key:ID', 'name', 'type:LABEL', 'aliases:string[]'])
    expect(rels[0]).toEqual([':START_ID', ':END_ID', ':TYPE', 'predicate', 'label', 'confidence:double', 'rules:string[]', 'evidence'])
    expect(nodes.length).toBe(graph.nodes.length + 1)
    expect(rels.length).toBe(graph.edges.length + 1)
    expect(nodes).toContainEqual(['gavin-wood', 'Gavin Wood', 'Entity;Person', expect.any(String)])
    const acala = rels.find((r) => r[0] === 'acala-network')!
    expect(acala.slice(0, 6)).toEqual(['acala-network', 'kusama', 'PLANS_PARACHAIN_ON', 'plansParachainOn', 'plans parachain on', '0.85'])
    // Rules are joined by ";" (several constructions may give one triple).
    expect(acala[6]!.split(';')).toContain('plans-parachain-deploy')
    expect(JSON.parse(acala[7]!)[0].source).toBe('kusama-2019-11.md')
  })
  it('should neutralise formulas and double quotes', () => {
    const files = toFormat(hostileGraph(['=HYPERLINK("http://x","y")', '@SUM(1) "quoted", comma']), 'csv')
    const nodes = parseCsv(files['nodes.csv'])
    expect(nodes[1]![1]).toBe(`'=HYPERLINK("http://x","y")`)
    expect(nodes[2]![1]).toBe(`'@SUM(1) "quoted", comma`)
    expect(files['nodes.csv']).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
    for (const row of [...nodes, ...parseCsv(files['relationships.csv'])]) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/)
  })
})

describe('mermaid', () => {
  it('should write a graph LR flowchart with one line per entity and relation', () => {
    const text = toFormat(graph, 'mermaid')
    expect(text.startsWith('graph LR\n')).toBe(true)
    expect(text).toContain('n_acala_network -->|"plans parachain on"| n_kusama')
    expect(text).toContain('n_kusama["Kusama"]:::t_Network')
  })
  it('should keep hostile names inside their quotes', () => {
    const text = toFormat(hostileGraph(['Evil"] --> X["pwn', '<script>alert(1)</script>']), 'mermaid')
    const nodeLines = text.split('\n').filter((l) => /^ {2}n_\w+\["/.test(l))
    expect(nodeLines.length).toBe(2)
    for (const line of nodeLines) expect(line).toMatch(/^ {2}n_\w+\["[^"[\]<>]*"\]:::t_\w+$/)
    expect(text).not.toContain('<script>')
    expect(text).toContain('#34;')
  })
})

describe('dot', () => {
  it('should write a digraph with quoted IDs, shapes and colours', () => {
    const text = toFormat(graph, 'dot')
    expect(text.startsWith('digraph "markgraph" {')).toBe(true)
    expect(text).toContain('"acala-network" -> "kusama" [label="plans parachain on"')
    expect(text).toMatch(/"gavin-wood" \[label="Gavin Wood", tooltip="Person", shape="ellipse", fillcolor="#[0-9a-f]{6}"\];/)
  })
  it('should escape quotes and backslashes in IDs and labels', () => {
    const hostile = hostileGraph(['Evil" ] -> "x\\', '<script>alert(1)</script>\nnext'])
    hostile.nodes[0]!.key = 'al"pha'
    hostile.edges[0]!.source = 'al"pha'
    const text = toFormat(hostile, 'dot')
    // Every quoted string is well-formed: removing them leaves only DOT syntax.
    const syntax = text.replace(/"(?:[^"\\]|\\.)*"/g, 'S')
    expect(syntax).not.toMatch(/["\\]/)
    expect(syntax).toContain('S [label=S, tooltip=S, shape=S, fillcolor=S];')
    expect(syntax).toContain('S -> S [label=S, penwidth=S];')
    expect(text).toContain('"Evil\\" ] -> \\"x\\\\"')
    expect(text).toContain('"<script>alert(1)</script>\\nnext"')
  })
})
