/**
 * Worker-thread entry for parallel corpus extraction (run by piscina):
 * one document in, its graph JSON out.
 */
import { extract } from '../extract.js'
import { mergeGraphs } from '../graph/merge.js'
import type { ExtractOptions, GraphJSON } from '../schema.js'

/** A task for a worker. */
export interface WorkerTask {
  source: string
  markdown: string
  options?: Omit<ExtractOptions, 'debug' | 'source'>
}

/** A shard: several documents extracted and merged in the worker. */
export interface ShardTask {
  documents: Array<{ source: string; markdown: string }>
  options?: Omit<ExtractOptions, 'debug' | 'source'>
}

/** What a shard gives back: the merged graph and the documents that failed (by position in the shard). */
export interface ShardResult {
  graph: GraphJSON
  failures: Array<{ index: number; message: string; code?: string }>
}

/**
 * Extract one document, or a shard of documents merged into one graph
 * (less to send back to the main thread, which then merges fewer graphs).
 *
 * @param task A document, or a shard.
 * @returns The document's graph JSON, or the shard's result.
 */
export default function extractTask(task: WorkerTask | ShardTask): GraphJSON | ShardResult {
  task = { ...task, ...(task.options ? { options: sameRules(task.options) } : {}) }
  if (!('documents' in task)) return extract(task.markdown, { ...task.options, source: task.source }).toJSON()
  const graphs: GraphJSON[] = []
  const failures: ShardResult['failures'] = []
  task.documents.forEach((doc, index) => {
    try {
      graphs.push(extract(doc.markdown, { ...task.options, source: doc.source }).toJSON())
    } catch (error) {
      const e = error as Error & { code?: string }
      failures.push({ index, message: e.message, ...(e.code ? { code: e.code } : {}) })
    }
  })
  return { graph: mergeGraphs(...graphs).toJSON(), failures }
}

/** The first copy of each user schema seen, by its JSON. */
const schemas = new Map<string, NonNullable<ExtractOptions['rules']>>()

/**
 * Options whose `rules` is the same object for every task that carries the
 * same schema. Each task arrives as a fresh copy, and `extract` caches its
 * compiled rules by object, so without this they would compile per task.
 *
 * @param options Task options.
 * @returns Options with a shared `rules` object.
 */
function sameRules(options: NonNullable<WorkerTask['options']>): NonNullable<WorkerTask['options']> {
  if (!options.rules) return options
  const json = JSON.stringify(options.rules)
  let rules = schemas.get(json)
  if (!rules) schemas.set(json, (rules = options.rules))
  return { ...options, rules }
}
