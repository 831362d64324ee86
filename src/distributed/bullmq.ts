/**
 * Past one machine: shard a corpus over a BullMQ queue on Redis, let any
 * number of worker processes (on any machines) extract the shards, and
 * reduce the shard graphs with `mergeGraphs`. BullMQ is an optional peer
 * dependency: this module is a separate entry (`markgraph/bullmq`) and the
 * rest of the library never loads it.
 */
import { Queue, QueueEvents, Worker, type ConnectionOptions } from 'bullmq'
import type { CorpusDocument } from '../corpus/extract-corpus.js'
import { extract } from '../extract.js'
import { KnowledgeGraph } from '../graph/knowledge-graph.js'
import { mergeGraphs } from '../graph/merge.js'
import type { ExtractOptions, GraphJSON } from '../schema.js'

/** Where the queue lives. */
export interface QueueSettings {
  /** Redis connection (ioredis options), e.g. `{ host: '127.0.0.1', port: 6379 }`. */
  connection: ConnectionOptions
  /** Queue name (default: `markgraph`). */
  queue?: string
}

/** A shard: a few documents extracted and merged by one worker. */
interface ShardData {
  documents: CorpusDocument[]
  options?: Omit<ExtractOptions, 'debug' | 'source'>
}

/**
 * Start a worker that extracts shards from the queue until closed.
 *
 * @param settings Connection and queue name.
 * @param options Concurrency within this process (default: 1).
 * @returns The BullMQ worker (call `close()` to stop it).
 */
export function startShardWorker(settings: QueueSettings, options?: { concurrency?: number }): Worker<ShardData, GraphJSON> {
  return new Worker<ShardData, GraphJSON>(
    settings.queue ?? 'markgraph',
    async (job) => {
      const graphs = job.data.documents.map((doc) => extract(doc.markdown, { ...job.data.options, source: doc.source }).toJSON())
      return mergeGraphs(...graphs).toJSON()
    },
    { connection: settings.connection, concurrency: options?.concurrency ?? 1 }
  )
}

/**
 * Shard a corpus onto the queue, wait for the workers, and reduce the shard
 * graphs into one. The result is byte-identical to `extractCorpus` on the
 * same documents: `mergeGraphs` does not depend on how the corpus was cut.
 *
 * @param documents Documents.
 * @param settings Connection and queue name.
 * @param options Documents per shard (default 8), extract options, a callback per finished shard.
 * @returns The merged graph and the shards that failed.
 */
export async function extractOverQueue(
  documents: CorpusDocument[],
  settings: QueueSettings,
  options?: { shardSize?: number; extract?: Omit<ExtractOptions, 'debug' | 'source'>; onShard?: (done: number, total: number) => void }
): Promise<{ graph: KnowledgeGraph<string, string>; failures: Array<{ shard: number; error: string }> }> {
  const name = settings.queue ?? 'markgraph'
  const size = Math.max(1, options?.shardSize ?? 8)
  const queue = new Queue<ShardData, GraphJSON>(name, { connection: settings.connection })
  const events = new QueueEvents(name, { connection: settings.connection })
  try {
    await events.waitUntilReady()
    const shards: ShardData[] = []
    for (let i = 0; i < documents.length; i += size) {
      shards.push({ documents: documents.slice(i, i + size), ...(options?.extract ? { options: options.extract } : {}) })
    }
    const jobs = await queue.addBulk(shards.map((data, i) => ({ name: `shard-${i}`, data, opts: { removeOnComplete: true, removeOnFail: true } })))
    let done = 0
    const failures: Array<{ shard: number; error: string }> = []
    const graphs = await Promise.all(
      jobs.map(async (job, i) => {
        try {
          const graph = (await job.waitUntilFinished(events)) as GraphJSON
          options?.onShard?.(++done, jobs.length)
          return graph
        } catch (error) {
          failures.push({ shard: i, error: (error as Error).message })
          return undefined
        }
      })
    )
    return { graph: mergeGraphs(...graphs.filter((g): g is GraphJSON => g !== undefined)), failures }
  } finally {
    await events.close()
    await queue.close()
  }
}
