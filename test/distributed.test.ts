import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { connect } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const hasRedis = spawnSync('redis-server', ['--version']).status === 0
const built = existsSync(`${dist}bullmq.js`)
const why = !hasRedis ? 'redis-server is absent (apt-get install redis-server)' : !built ? 'dist/ is absent (npm run build)' : ''
const port = 20_000 + (process.pid % 20_000)

/**
 * Wait until something listens on the port.
 *
 * @param p Port.
 * @returns Resolves when connectable.
 */
async function waitForPort(p: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(p, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`nothing listens on 127.0.0.1:${p}`)
}

/**
 * The corpus: ../shared/corpus when present, else the fixture plus short articles.
 *
 * @returns Documents.
 */
function corpus(): Array<{ source: string; markdown: string }> {
  const shared = fileURLToPath(new URL('../../shared/corpus/', import.meta.url))
  if (existsSync(shared)) return readdirSync(shared).filter((f) => f.endsWith('.md')).sort().map((f) => ({ source: f, markdown: readFileSync(shared + f, 'utf8') }))
  const fixture = readFileSync(new URL('../fixtures/kusama-2019-11.md', import.meta.url), 'utf8')
  return [fixture, 'Zeta founder Maria Lopez opened the conference.', 'Dr. Maria Lopez said Zeta, a relay chain, grows.', 'Orbit Labs acquired Quanta Finance.'].map((markdown, i) => ({ source: `d${i}.md`, markdown }))
}

describe.skipIf(!!why)(`BullMQ on Redis${why ? ` (skipped: ${why})` : ''}`, () => {
  let redis: ChildProcess | undefined
  const workers: ChildProcess[] = []
  const queue = `markgraph-test-${process.pid}`

  beforeAll(async () => {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
    await waitForPort(port)
    for (let i = 0; i < 2; i++) {
      workers.push(spawn(process.execPath, [fileURLToPath(new URL('./support/bullmq-worker.mjs', import.meta.url)), String(port), queue], { stdio: 'inherit' }))
    }
  }, 30_000)

  afterAll(async () => {
    for (const w of workers) w.kill('SIGTERM')
    await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.on('exit', r)))))
    redis?.kill('SIGTERM')
  })

  it('should give the same merged graph from 2 queue workers as from one process', async () => {
    const docs = corpus()
    const { extractOverQueue } = await import(`${dist}bullmq.js`)
    const { extractCorpus } = await import(`${dist}index.js`)
    const shards: number[] = []
    const distributed = await extractOverQueue(docs, { connection: { host: '127.0.0.1', port }, queue }, { shardSize: 3, onShard: (done: number) => shards.push(done) })
    const single = await extractCorpus(docs, { jobs: 1 })
    expect(distributed.failures).toEqual([])
    expect(shards).toHaveLength(Math.ceil(docs.length / 3))
    expect(JSON.stringify(distributed.graph.toJSON())).toBe(JSON.stringify(single.graph.toJSON()))
  }, 300_000)
})
