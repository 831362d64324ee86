import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { extractCorpus } from '../src/index.js'

// A pool whose worker dies at start: piscina reports it as the pool's 'error'
// and never settles the tasks it was given.
vi.mock('piscina', () => ({
  Piscina: class extends EventEmitter {
    constructor() {
      super()
      setTimeout(() => this.emit('error', new Error('Cannot find package yaml')), 5)
    }
    run(): Promise<never> {
      return new Promise(() => {})
    }
    async destroy(): Promise<void> {}
  }
}))

describe('extractCorpus when worker threads fail', () => {
  it('should stop with WORKER_FAILED instead of waiting for ever', async () => {
    const progress: number[] = []
    const documents = ['a', 'b', 'c'].map((name) => ({ source: `${name}.md`, markdown: `Zeta founder ${name.toUpperCase()}x Lopez spoke.` }))
    for (const merge of [true, false]) {
      await expect(extractCorpus(documents, { jobs: 2, merge, onProgress: (p) => progress.push(p.done) })).rejects.toMatchObject({
        code: 'WORKER_FAILED',
        message: expect.stringContaining('Cannot find package yaml')
      })
    }
    expect(progress).toEqual([])
  })
})
