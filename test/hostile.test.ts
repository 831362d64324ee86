import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract, GraphJSONSchema, KnowledgeGraph, MarkgraphError, type Evidence, type GraphJSON } from '../src/index.js'
import { limitNesting, MAX_NESTED_MARKERS } from '../src/markdown/parse.js'

const fixture = readFileSync(new URL('../fixtures/kusama-2019-11.md', import.meta.url), 'utf8')
const run = promisify(execFile)
const built = existsSync(fileURLToPath(new URL('../dist/index.js', import.meta.url)))

/**
 * Every piece of evidence in a graph.
 *
 * @param g Graph JSON.
 * @returns Evidence list.
 */
function allEvidence(g: GraphJSON): Evidence[] {
  return [...g.nodes.flatMap((n) => [...n.attributes.mentions, ...n.attributes.quotes.map((q) => q.evidence)]), ...g.edges.flatMap((e) => e.attributes.evidence)]
}

/**
 * Extract and check the invariants every output must keep.
 *
 * @param md Input.
 * @returns Graph JSON.
 */
function checked(md: string): GraphJSON {
  const json = extract(md).toJSON()
  expect(GraphJSONSchema.safeParse(json).success).toBe(true)
  for (const e of allEvidence(json)) {
    expect(e.start.offset).toBeGreaterThanOrEqual(0)
    expect(e.end.offset).toBeLessThanOrEqual(md.length)
    expect(md.slice(e.start.offset, e.end.offset)).toBe(e.text)
  }
  return json
}

describe('hostile and broken input', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace only', ' \n\t\n  '],
    ['only headings', '# Title\n\n## Another Heading\n\n### Third One'],
    ['NUL bytes', 'Zeta founder\u0000 Maria Lopez spoke.\u0000\u0000'],
    ['BOM and CRLF', '\uFEFF# Zeta News\r\n\r\nZeta founder Maria Lopez spoke.\r\nShe left.'],
    ['lone CR', '# Zeta\r\rZeta founder Maria Lopez spoke.\rShe left.'],
    ['zero-width and homoglyphs in names', 'Ze\u200Bta founder Mаria Lopez spoke. Zeta, Omicron\u200D\'s canary network, grew.'],
    ['emoji and right-to-left text', '🚀 Zeta founder Maria Lopez 🎉 spoke. מריה לופז אמרה שלום. Zeta ‮founder‬ left.'],
    ['HTML and script', '<script>alert(1)</script>\n\nZeta founder <b>Maria Lopez</b> spoke.\n\n<div onclick="x()">Orbit Labs</div>'],
    ['unclosed constructs', '**Zeta founder Maria Lopez [spoke](  \n\n```\nunclosed code'],
    ['one long line', `Zeta founder Maria Lopez spoke. ${'Orbit Labs acquired Quanta Finance, '.repeat(30_000)}`],
    ['long runs of capitals', `${'ABC '.repeat(20_000)}and ${'Zeta '.repeat(20_000)}.`],
    ['long runs of quotes and commas', `${'"'.repeat(50_000)} ${', '.repeat(50_000)} ${"'s ".repeat(20_000)}`],
    ['10,000-deep nested blockquotes', `${'> '.repeat(10_000)}Zeta founder Maria Lopez spoke.`],
    ['10,000-deep nested lists', `${'- '.repeat(10_000)}Zeta founder Maria Lopez spoke.`],
    ['10,000-deep nested blockquotes and lists', `${'> - '.repeat(5_000)}Zeta founder Maria Lopez spoke.`]
  ]
  for (const [name, md] of cases) {
    it(`should survive ${name}`, () => {
      checked(md)
    })
  }

  it('should keep names that are attacks as plain data (no prototype pollution)', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']
    const md = names.map((n) => `${n[0]!.toUpperCase()}${n.slice(1)} Labs acquired Quanta Finance. The ${n} Foundation's Maria Lopez said "${n} is fine, they said, ok" to everyone.`).join('\n\n')
    const json = checked(md)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
    const again = KnowledgeGraph.fromJSON(JSON.parse(JSON.stringify(json)))
    expect(JSON.stringify(again.toJSON())).toBe(JSON.stringify(json))
  })

  it('should keep names with quotes, newlines, braces, markup and dollars intact in JSON', () => {
    const md = 'The "Q\'uote} Labs" project and `Back$tick` Finance partnered with <script>alert(1)</script> Orbit Labs. ]]> Zeta founder Maria Lopez spoke.'
    const json = checked(md)
    expect(JSON.parse(JSON.stringify(json))).toEqual(json)
  })

  it('should throw MarkgraphError with a stable code for input that is too large', () => {
    expect(() => extract('x'.repeat(2000), { maxBytes: 1000 })).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE' }))
  })

  it('should stop with TIME_BUDGET_EXCEEDED when the budget is spent', () => {
    const big = Array.from({ length: 40 }, () => fixture).join('\n\n')
    expect(() => extract(big, { timeBudget: 1 })).toThrow(expect.objectContaining({ code: 'TIME_BUDGET_EXCEEDED' }))
  })

  // The big inputs run in a child process on the built package, so this
  // runner is never blocked for minutes; the child reports what to check.
  const bigInput = async (kind: string, nodeFlags: string[] = []): Promise<Record<string, number | boolean>> => {
    const { stdout } = await run(process.execPath, [...nodeFlags, fileURLToPath(new URL('./support/extract-big.mjs', import.meta.url)), kind], { maxBuffer: 1 << 20 })
    const report = JSON.parse(stdout.trim()) as Record<string, number | boolean>
    console.log(`${kind}: ${JSON.stringify(report)}`)
    return report
  }
  it.skipIf(!built)(`should extract a 20 MB article${built ? '' : ' (skipped: dist/ is absent)'}`, { timeout: 900_000 }, async () => {
    // The heap is capped so the peak shows what extraction needs, not how lazily V8 collects. With
    // V8's default heap the peak was 0.89 GB alone and 1.01–1.09 GB while the rest of the suite ran
    // (1.28 GB alone before sentence offsets became views, position maps lazy and tokens per pass):
    // when V8 collects depends on the machine's load, so the default heap is not a reliable bound yet
    // (795–926 MB in three runs alone once the relation matcher took sentences 16 at a time).
    const report = await bigInput('20mb', ['--max-old-space-size=640'])
    expect(report.bytes).toBeGreaterThanOrEqual(20e6)
    expect(report.gavinMentions).toBeGreaterThan(1000)
    expect(report.relations).toBe(11)
    expect(report.slicesOk).toBe(true)
    expect(report.peakRssMB).toBeLessThan(1024)
  })
  it.skipIf(!built)(`should extract 100,000 list items${built ? '' : ' (skipped: dist/ is absent)'}`, { timeout: 600_000 }, async () => {
    const report = await bigInput('items')
    expect(report.entities).toBe(1)
    expect(report.slicesOk).toBe(true)
  })
})

describe('properties (fast-check)', () => {
  const blocks = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.constantFrom('# Zeta News', '## Orbit Labs Expands', 'Zeta founder Maria Lopez spoke.', "Zeta, Omicron's canary network, grew.", '- Orbit Labs acquired Quanta Finance.', '> "It works," said Maria Lopez.', '```\ncode\n```', '| a | b |\n|---|---|\n| Orbit | x |', '<div>html</div>'),
    fc.string({ unit: 'grapheme', maxLength: 40 })
  )
  const markdown = fc.array(blocks, { maxLength: 8 }).map((b) => b.join('\n\n'))

  it('should return a valid graph or throw MarkgraphError, never anything else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), markdown), (md) => {
        try {
          checked(md)
        } catch (error) {
          if (!(error instanceof MarkgraphError)) throw error
        }
      }),
      { numRuns: 300 }
    )
  })
  it('should be deterministic: same input, byte-identical JSON', () => {
    fc.assert(
      fc.property(markdown, (md) => {
        expect(JSON.stringify(extract(md).toJSON())).toBe(JSON.stringify(extract(md).toJSON()))
      }),
      { numRuns: 100 }
    )
  })
  it('should keep every evidence offset inside the source on the fixture with random edits', () => {
    fc.assert(
      fc.property(fc.nat({ max: fixture.length }), fc.string({ maxLength: 20 }), (at, insert) => {
        checked(fixture.slice(0, at) + insert + fixture.slice(at))
      }),
      { numRuns: 60 }
    )
  })
})

describe('bounded parser work on nested containers (counted, not timed)', () => {
  /**
   * Containers the parser is given to open inside another on one line: its
   * work grows with the square of these.
   *
   * @param md Markdown.
   * @returns Sum over lines of (markers at the line's start − 1).
   */
  const nestedOpenings = (md: string): number => {
    let total = 0
    for (const line of limitNesting(md, 100, MAX_NESTED_MARKERS).split('\n')) {
      const markers = /^(?:[ \t]{0,3}(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]?)*/.exec(line)![0]
      const depth = (markers.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length
      if (depth > 1) total += depth - 1
    }
    return total
  }
  const families: Record<string, (n: number) => string> = {
    'lines of twenty nested list markers': (n) => Array.from({ length: n }, (_, i) => `${'- '.repeat(20)}Item ${i} of Orbit Labs`).join('\n'),
    'lines of nested quotes and lists': (n) => Array.from({ length: n }, (_, i) => `${'> - '.repeat(8)}Item ${i}`).join('\n'),
    'lines of nested ordered lists': (n) => Array.from({ length: n }, (_, i) => `${'1. '.repeat(12)}Item ${i}`).join('\n')
  }
  for (const [name, make] of Object.entries(families)) {
    it(`should give the parser a bounded number of nested containers on ${name}`, () => {
      const small = nestedOpenings(make(250))
      const big = nestedOpenings(make(10_000))
      expect(small).toBeGreaterThan(0)
      expect(big).toBeLessThanOrEqual(MAX_NESTED_MARKERS + 30)
      // Same length, so every offset still points into the source.
      expect(limitNesting(make(1000), 100, MAX_NESTED_MARKERS)).toHaveLength(make(1000).length)
    })
  }
  it('should still read the items past the allowance as text, with their names', () => {
    const md = `${Array.from({ length: 400 }, (_, i) => `${'- '.repeat(20)}Item ${i}`).join('\n')}\n${'- '.repeat(20)}Orbit Labs plans to deploy its parachain on Zeta.`
    expect(extract(md).relations().map((r) => r.key)).toEqual(['orbit-labs|plansParachainOn|zeta'])
  })
})

describe('bounded work (counted, not timed)', () => {
  /**
   * Rule runs and characters scanned for an input, from the debug report.
   *
   * @param md Input.
   * @returns Counts.
   */
  const work = (md: string): { runs: number; chars: number } => {
    let runs = 0
    let chars = 0
    extract(md, {
      debug: (message) => {
        const m = /relations: (\d+) rule runs over (\d+) characters/.exec(message)
        if (m) [runs, chars] = [Number(m[1]), Number(m[2])]
      }
    })
    return { runs, chars }
  }
  // One pathological sentence per rule family's slots and keywords, sized so
  // that even the big one stays under the 5,000-character sentence cap.
  const families: Record<string, string> = {
    capitals: 'Zeta Orbit Labs Vega ',
    quotes: '"Orbit" Zeta "Vega" ',
    commas: 'Vega, Orion, ',
    possessives: "Zeta's Orbit's ",
    keywords: 'launched founded acquired partnered funded integrated Zeta '
  }
  for (const [name, unit] of Object.entries(families)) {
    it(`should grow at most linearly on ${name}`, () => {
      const n = Math.floor(1100 / unit.length)
      const make = (k: number): string => `Meanwhile, Orion ${unit.repeat(k)}secured parachain slots on Zeta, founded by Maria Lopez.`
      const small = work(make(n))
      const big = work(make(4 * n))
      expect(small.runs).toBeGreaterThan(0)
      // Four times the input, at most about four times the rule attempts;
      // each attempt is bounded by the patterns' bounded repetitions.
      expect(big.runs).toBeLessThanOrEqual(small.runs * 4.5 + 100)
    })
  }
})
