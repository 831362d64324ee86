import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { built } from './support/cli.js'
import { extract } from '../src/index.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const use = readme.slice(readme.indexOf('\n## Use\n'))
/** The Use example: the first js block of the Use section. */
const example = /```js\n([^]*?)```/.exec(use)![1]!
/** The relation JSON shown after it. */
const shown = JSON.parse(/```json\n([^]*?)```/.exec(use)![1]!)

describe('README', () => {
  it.skipIf(!built)('should run the Use example from the package as installed, printing what its comments say', () => {
    // An installed package: node_modules/markgraph in a project of its own.
    const project = mkdtempSync(join(tmpdir(), 'markgraph-readme-'))
    try {
      mkdirSync(join(project, 'node_modules'))
      symlinkSync(root, join(project, 'node_modules', 'markgraph'), 'dir')
      writeFileSync(join(project, 'use.mjs'), example)
      const printed = execFileSync(process.execPath, ['use.mjs'], { cwd: project, encoding: 'utf8' }).trimEnd().split('\n')
      const said = example.split('\n').flatMap((line) => /^console\.log\(.*\) \/\/ (.*)$/.exec(line)?.slice(1) ?? [])
      expect(said.length).toBeGreaterThan(3)
      expect(printed).toEqual(said)
    } finally {
      rmSync(project, { recursive: true, force: true })
    }
  })
  it('should show the relation the example gives', () => {
    const markdown = /const markdown = `([^`]*)`/.exec(example)![1]!
    const kg = extract(markdown, { source: 'orbit.md' })
    expect(JSON.parse(JSON.stringify(kg.relations({ subject: 'Quasar Wallet', predicate: 'plansParachainOn' })[0]))).toEqual(shown)
  })
})
