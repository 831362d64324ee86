// Child process for the big-input tests (so the test runner's event loop is
// never blocked for minutes): node extract-big.mjs KIND
// KIND: "20mb" (the fixture repeated to 20 MB) or "items" (100,000 list items).
// Prints one JSON line with what the test checks, the time taken and peak RSS.
import { readFileSync } from 'node:fs'
import { extract } from '../../dist/index.js'

const kind = process.argv[2]
const fixture = readFileSync(new URL('../../fixtures/kusama-2019-11.md', import.meta.url), 'utf8')
const md = kind === 'items'
  ? Array.from({ length: 100_000 }, (_, i) => `- Item ${i} of Orbit Labs`).join('\n')
  : Array.from({ length: Math.ceil(20e6 / fixture.length) }, () => fixture).join('\n\n')
const started = performance.now()
const kg = extract(md)
const seconds = (performance.now() - started) / 1000
const json = kg.toJSON()
let slicesOk = true
for (const e of json.edges.flatMap((x) => x.attributes.evidence)) if (md.slice(e.start.offset, e.end.offset) !== e.text) slicesOk = false
console.log(JSON.stringify({
  bytes: Buffer.byteLength(md),
  seconds,
  peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  entities: kg.size.entities,
  relations: kg.size.relations,
  gavinMentions: kg.entity('Gavin Wood')?.mentions.length ?? 0,
  slicesOk
}))
