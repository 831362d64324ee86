import { describe, expect, it, vi } from 'vitest'
import * as compile from '../src/relations/compile.js'

// Count rule compilations: extract must compile a user schema once, not per document.
vi.mock('../src/relations/compile.js', async (importOriginal) => {
  const original = await importOriginal<typeof compile>()
  return { ...original, compileRule: vi.fn(original.compileRule) }
})

const { extract } = await import('../src/index.js')

describe('extract with user rules', () => {
  it('should compile the same rules object once, however many documents use it', () => {
    const rules = { lexicon: [{ name: 'Orbit Capital', type: 'Organization' }] }
    const compiled = vi.mocked(compile.compileRule)
    extract('Orbit Capital spoke.', { rules })
    const once = compiled.mock.calls.length
    expect(once).toBeGreaterThan(0)
    extract('Orbit Capital spoke again.', { rules })
    extract('Zeta founder Maria Lopez spoke.', { rules, minConfidence: 0.5 })
    expect(compiled.mock.calls.length).toBe(once)
    expect(extract('Orbit Capital spoke.', { rules }).entity('Orbit Capital')?.type).toBe('Organization')
  })
})
