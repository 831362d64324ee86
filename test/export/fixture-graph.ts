/**
 * Shared test inputs for the export tests: the fixture graph and a
 * hand-built graph with hostile names.
 */
import { readFileSync } from 'node:fs'
import { extract, type GraphJSON } from '../../src/index.js'

/**
 * The graph of the fixture article.
 *
 * @returns Graph JSON of fixtures/kusama-2019-11.md.
 */
export function fixtureGraph(): GraphJSON {
  return extract(readFileSync(new URL('../../fixtures/kusama-2019-11.md', import.meta.url), 'utf8'), { source: 'kusama-2019-11.md' }).toJSON()
}

/** One evidence record for hand-built graphs. */
const evidence = {
  text: 'x',
  sentence: 0,
  start: { offset: 0, line: 1, column: 1 },
  end: { offset: 1, line: 1, column: 2 },
  rule: 'hand-rule',
  source: 'hand.md',
  date: { text: 'in November 2019', value: '2019-11', start: '2019-11-01', end: '2019-11-30' }
}

/**
 * A graph JSON whose names would break naive writers.
 *
 * @param names Names of the two entities (subject, object).
 * @returns Graph JSON with one relation between them.
 */
export function hostileGraph(names: [string, string]): GraphJSON {
  return {
    attributes: { title: 'Hostile </script> title', sentences: [{ text: 'A sentence with "quotes", <tags> & a\nnewline.', section: [0, 1], offset: 0, source: 'hand.md' }], headings: ['Top', 'Sub'] },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [
      { key: 'alpha', attributes: { name: names[0], type: 'Organization', aliases: [`${names[0]} alias`], mentions: [], quotes: [] } },
      { key: 'beta', attributes: { name: names[1], type: 'Project', aliases: [], mentions: [], quotes: [] } }
    ],
    edges: [
      {
        key: 'alpha|partnersWith|beta',
        source: 'alpha',
        target: 'beta',
        attributes: { predicate: 'partnersWith', label: 'partners with', confidence: 0.8, rules: ['hand-rule'], evidence: [evidence] }
      }
    ]
  }
}
