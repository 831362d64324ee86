import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { extract } from '../src/index.js'
import { scoreGraph, type ExpectedGraph } from './support/score.js'

const shared = fileURLToPath(new URL('../../shared/', import.meta.url))
const goldDir = `${shared}eval/gold`
const present = existsSync(goldDir) && existsSync(`${shared}corpus`)

describe.skipIf(!present)(`dev set (${present ? goldDir : 'skipped: ../shared/eval/gold is absent'})`, () => {
  it('should extract every dev-set article and print the score table', () => {
    const rows: string[] = []
    let tp = 0
    let entityF1Sum = 0
    let n = 0
    for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
      const gold = JSON.parse(readFileSync(`${goldDir}/${file}`, 'utf8')) as ExpectedGraph & { document: string }
      const article = `${shared}corpus/${gold.document}`
      if (!existsSync(article)) continue
      const score = scoreGraph(gold, extract(readFileSync(article, 'utf8'), { source: gold.document }).toJSON())
      rows.push(`${gold.document.padEnd(34)} entity F1 ${score.entity.f1.toFixed(3)}  relation F1 ${score.relation.f1.toFixed(3)}  quotes ${score.quotes.ok}/${score.quotes.n}`)
      entityF1Sum += score.entity.f1
      tp += score.relation.r > 0 ? 1 : 0
      n++
    }
    console.log(`\n${rows.join('\n')}`)
    expect(n).toBeGreaterThan(0)
    // A floor well under the measured figures (see the closing notes): catches a broken pipeline, not a tuning change.
    expect(entityF1Sum / n).toBeGreaterThan(0.6)
    expect(tp).toBeGreaterThan(n / 2)
  })
})
