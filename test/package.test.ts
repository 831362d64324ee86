import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const built = existsSync(`${dist}index.cjs`)

describe.skipIf(!built)(`built package${built ? '' : ' (skipped: dist/ is absent; npm ci builds it)'}`, () => {
  it('should work through require() (CJS build)', () => {
    const require = createRequire(import.meta.url)
    const markgraph = require(`${dist}index.cjs`) as typeof import('../src/index.js')
    expect(markgraph.extract('Zeta founder Maria Lopez spoke.').relations().map((r) => r.key)).toEqual(['zeta|foundedBy|maria-lopez'])
  })
  it('should work through import (ESM build)', async () => {
    const markgraph = (await import(`${dist}index.js`)) as typeof import('../src/index.js')
    expect(markgraph.extract('Zeta founder Maria Lopez spoke.').relations().map((r) => r.key)).toEqual(['zeta|foundedBy|maria-lopez'])
  })
})
