/**
 * Worker-thread entry for parallel corpus extraction (run by piscina):
 * one document in, its graph JSON out.
 */
import { setFlagsFromString } from 'node:v8'
import { extract } from '../extract.js'
import type { ExtractOptions, GraphJSON } from '../schema.js'

// Compile rule regexes to native code at once (see src/cli/index.ts).
setFlagsFromString('--no-regexp-tier-up')

/** A task for a worker. */
export interface WorkerTask {
  source: string
  markdown: string
  options?: Omit<ExtractOptions, 'debug' | 'source'>
}

/**
 * Extract one document.
 *
 * @param task Source name, markdown and options.
 * @returns The document's graph JSON.
 */
export default function extractTask(task: WorkerTask): GraphJSON {
  return extract(task.markdown, { ...task.options, source: task.source }).toJSON()
}
