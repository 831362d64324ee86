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
import type { ExtractOptions, GraphJSON } from '../schema.js'
import type { WorkerTask } from './worker.js'

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

/** Options of {@link extractCorpus}. */
export interface CorpusOptions {
  /** Worker threads (default: `1`, in this thread; `0` means one per core). */
  jobs?: number
  /** Per-document extract options (default: none). */
  extract?: Omit<ExtractOptions, 'debug' | 'source'>
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

/** Result of {@link extractCorpus}. */
export interface CorpusResult {
  /** All documents merged. */
  graph: KnowledgeGraph<string>
  /** Documents that could not be extracted, with why. */
  failures: Array<{ source: string; error: Error }>
}

/**
 * Extract a corpus into one merged graph. The result is byte-identical
 * whatever `jobs` is: documents are merged with {@link mergeGraphs}, which
 * does not depend on order.
 *
 * @param documents Documents.
 * @param options Jobs, extract options, progress and per-document callbacks.
 * @returns The merged graph and the failures.
 */
export async function extractCorpus(documents: CorpusDocument[], options?: CorpusOptions | null): Promise<CorpusResult> {
  const jobs = options?.jobs === 0 ? availableParallelism() : Math.max(1, options?.jobs ?? 1)
  const total = documents.length
  const merge = options?.merge ?? true
  const results: Array<GraphJSON | Error | null | undefined> = new Array(total)
  let done = 0
  let bytes = 0
  let emitted = 0
  const finish = (index: number, result: GraphJSON | Error): void => {
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
    const pool = new Piscina<WorkerTask, GraphJSON>({ filename: workerFile(), maxThreads: jobs, minThreads: jobs })
    try {
      await Promise.all(
        documents.map((doc, i) =>
          pool.run({ source: doc.source, markdown: doc.markdown, ...(options?.extract ? { options: options.extract } : {}) }).then(
            (graph) => finish(i, graph),
            (error: unknown) => finish(i, asError(error))
          )
        )
      )
    } finally {
      await pool.destroy()
    }
  }
  const graphs = results.filter((r): r is GraphJSON => !!r && !(r instanceof Error))
  const failures = results.flatMap((r, i) => (r instanceof Error ? [{ source: documents[i]!.source, error: r }] : []))
  return { graph: mergeGraphs(...graphs), failures }
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
 * Any thrown value as an Error.
 *
 * @param error Thrown value.
 * @returns Error.
 */
function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}
