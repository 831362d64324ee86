/**
 * Corpus extraction: many documents → one graph, on worker threads when
 * asked, with progress reports and per-document failures kept, not thrown.
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { MarkgraphError } from '../errors.js'
import { extract } from '../extract.js'
import { KnowledgeGraph } from '../graph/knowledge-graph.js'
import { mergeGraphs } from '../graph/merge.js'
import type { DefaultEntityType, DefaultPredicate, GraphJSON } from '../schema.js'
import type { EntityTypeOf, ExtractOptionsWith, PredicateOf, SchemaInput } from '../typed-schema.js'
import type { ShardResult, ShardTask, WorkerTask } from './worker.js'

/** One document of a corpus. */
export interface CorpusDocument {
  /** Name recorded in the evidence (a file name). */
  source: string
  markdown: string
}

/** Progress of a corpus run. */
export interface CorpusProgress {
  done: number
  total: number
  /** UTF-8 bytes of the documents done. */
  bytes: number
  /** Document just finished. */
  source: string
  /** Set when that document failed. */
  error?: Error
}

/**
 * Options of {@link extractCorpus}.
 *
 * @typeParam R The user schema given as `extract.rules` (none by default).
 */
export interface CorpusOptions<R extends SchemaInput = {}> {
  /**
   * Worker threads (default: `1`, in this thread). `0` means automatic: one
   * per core, but no more than one per 2 MB of markdown, since a worker
   * costs about a second to start (so a small corpus runs in this thread).
   */
  jobs?: number
  /** Per-document extract options (default: none). */
  extract?: Omit<ExtractOptionsWith<R>, 'debug' | 'source'>
  /** Called after each document (default: none). */
  onProgress?: (progress: CorpusProgress) => void
  /**
   * Called with each document's graph, in input order, as soon as it and
   * every document before it are done (default: none). For JSON Lines.
   */
  onDocument?: (source: string, graph: GraphJSON) => void
  /**
   * Merge the documents into one graph (default: `true`). With `false` each
   * document graph is dropped once `onDocument` has seen it, so memory stays
   * bounded on any corpus size, and the result's graph is empty.
   */
  merge?: boolean
}

/**
 * Result of {@link extractCorpus}.
 *
 * @typeParam P Predicates of the graph.
 * @typeParam T Entity types of the graph.
 */
export interface CorpusResult<P extends string = DefaultPredicate, T extends string = DefaultEntityType> {
  /** All documents merged. */
  graph: KnowledgeGraph<P, T>
  /** Documents that could not be extracted, with why. */
  failures: Array<{ source: string; error: Error }>
}

/**
 * Extract a corpus into one merged graph. The result is byte-identical
 * whatever `jobs` is: documents are merged with {@link mergeGraphs}, which
 * does not depend on order.
 *
 * @typeParam R The user schema given as `extract.rules`, inferred: the
 *   graph's predicates and entity types are the default ones plus its own.
 * @param documents Documents.
 * @param options Jobs, extract options, progress and per-document callbacks.
 * @returns The merged graph and the failures.
 */
export async function extractCorpus<const R extends SchemaInput = {}>(documents: readonly CorpusDocument[], options?: CorpusOptions<R> | null): Promise<CorpusResult<PredicateOf<R>, EntityTypeOf<R>>> {
  const jobs = options?.jobs === 0 ? automaticJobs(documents.reduce((n, d) => n + d.markdown.length, 0), availableParallelism()) : Math.max(1, options?.jobs ?? 1)
  const total = documents.length
  const merge = options?.merge ?? true
  // A document's graph, its error, or null once it is done and its graph is
  // merged elsewhere (dropped after onDocument, or inside a shard).
  const results: Array<GraphJSON | Error | null | undefined> = new Array(total)
  const shardGraphs: GraphJSON[] = []
  let done = 0
  let bytes = 0
  let emitted = 0
  // Set when worker threads failed: tasks the pool drops then report nothing more.
  let stopped = false
  const finish = (index: number, result: GraphJSON | Error | null): void => {
    if (stopped) return
    results[index] = result
    done++
    bytes += Buffer.byteLength(documents[index]!.markdown, 'utf8')
    const progress: CorpusProgress = { done, total, bytes, source: documents[index]!.source }
    if (result instanceof Error) progress.error = result
    options?.onProgress?.(progress)
    while (emitted < total && results[emitted] !== undefined) {
      const r = results[emitted]!
      if (r && !(r instanceof Error)) options?.onDocument?.(documents[emitted]!.source, r)
      if (!merge && r && !(r instanceof Error)) results[emitted] = null
      emitted++
    }
  }
  if (jobs === 1 || total < 2) {
    documents.forEach((doc, i) => {
      try {
        finish(i, extract(doc.markdown, { ...options?.extract, source: doc.source }).toJSON())
      } catch (error) {
        finish(i, asError(error))
      }
    })
  } else {
    const { Piscina } = await import('piscina')
    const pool = new Piscina<WorkerTask | ShardTask, GraphJSON | ShardResult>({ filename: workerFile(), maxThreads: jobs, minThreads: jobs })
    // The worker validates options as extract does; the schema's literal types are for the caller only.
    const extractOptions: Pick<WorkerTask, 'options'> = options?.extract ? { options: options.extract as WorkerTask['options'] } : {}
    // A worker that dies outside a task (it cannot load, it runs out of memory)
    // is an 'error' of the pool, not of a task: piscina starts another and the
    // tasks would wait for ever. The first one ends the run.
    let failWorkers: (error: MarkgraphError) => void = () => {}
    const workersFailed = new Promise<never>((_, reject) => (failWorkers = reject))
    workersFailed.catch(() => {})
    pool.on('error', (error: unknown) => {
      stopped = true
      failWorkers(new MarkgraphError('WORKER_FAILED', `markgraph/extractCorpus: a worker thread failed: ${asError(error).message}`, { cause: error }))
    })
    try {
      if (merge && !options?.onDocument) {
        // Shards of documents, merged in the workers: the main thread receives and merges far less.
        const size = Math.min(16, Math.max(1, Math.ceil(total / (jobs * 8))))
        const shards: number[][] = []
        for (let i = 0; i < total; i += size) shards.push(Array.from({ length: Math.min(size, total - i) }, (_, k) => i + k))
        await race(
          workersFailed,
          shards.map((indexes) =>
            pool.run({ documents: indexes.map((i) => documents[i]!), ...extractOptions }).then(
              (value) => {
                const result = value as ShardResult
                shardGraphs.push(result.graph)
                indexes.forEach((docIndex, k) => {
                  const failure = result.failures.find((f) => f.index === k)
                  finish(docIndex, failure ? Object.assign(new Error(failure.message), failure.code ? { code: failure.code } : {}) : null)
                })
              },
              (error: unknown) => indexes.forEach((i) => finish(i, asError(error)))
            )
          )
        )
      } else {
        await race(
          workersFailed,
          documents.map((doc, i) =>
            pool.run({ source: doc.source, markdown: doc.markdown, ...extractOptions }).then(
              (graph) => finish(i, graph as GraphJSON),
              (error: unknown) => finish(i, asError(error))
            )
          )
        )
      }
    } finally {
      await pool.destroy()
    }
  }
  const graphs = [...shardGraphs, ...results.filter((r): r is GraphJSON => !!r && !(r instanceof Error))]
  const failures = results.flatMap((r, i) => (r instanceof Error ? [{ source: documents[i]!.source, error: r }] : []))
  // The graphs were made with schema R: theirs are its predicates and types.
  return { graph: mergeGraphs(...graphs) as KnowledgeGraph<string, string> as KnowledgeGraph<PredicateOf<R>, EntityTypeOf<R>>, failures }
}

/**
 * Markdown (in UTF-16 code units, about bytes) that repays starting one more
 * worker: measured on two cores, two workers overtake one thread at about
 * 2 MB (the 26-article corpus ×10, 0.9 MB: 3.5 s on one thread, 4.2 s on
 * two workers; ×100: 24.6 s and 20.7 s).
 */
export const BYTES_PER_WORKER = 2_000_000

/**
 * How many workers `jobs: 0` uses.
 *
 * @param size Size of the corpus (see {@link BYTES_PER_WORKER}).
 * @param cores Cores available.
 * @returns Between 1 and `cores`.
 */
export function automaticJobs(size: number, cores: number): number {
  return Math.max(1, Math.min(cores, Math.floor(size / BYTES_PER_WORKER)))
}

/**
 * The worker script: next to this module when built, or in dist/ when
 * running from source (tests).
 *
 * @returns File URL of the worker.
 */
function workerFile(): string {
  for (const candidate of ['./worker.js', '../../dist/worker.js', '../worker.js']) {
    const url = new URL(candidate, import.meta.url)
    if (existsSync(fileURLToPath(url))) return url.href
  }
  throw new MarkgraphError('USAGE', 'markgraph/extractCorpus: worker script not found; build the package (npm run build) to use jobs > 1')
}

/**
 * All tasks, unless a failure comes first.
 *
 * @param failure Rejects when the run must stop.
 * @param tasks Tasks.
 * @returns When every task is done.
 */
async function race(failure: Promise<never>, tasks: Array<Promise<unknown>>): Promise<void> {
  await Promise.race([Promise.all(tasks), failure])
}

/**
 * Any thrown value as an Error.
 *
 * @param error Thrown value.
 * @returns Error.
 */
function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}
