/**
 * `markgraph extract` over many files: one merged graph, or JSON Lines.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { extractCorpus, type CorpusDocument, type CorpusResult } from '../corpus/extract-corpus.js'
import type { KnowledgeGraph } from '../graph/knowledge-graph.js'
import type { GraphJSON, Schema } from '../schema.js'
import { toFormat } from '../export/index.js'
import { expandInputs } from './inputs.js'
import { progressBar } from './progress.js'
import { readMarkdown } from './read-markdown.js'
import { UsageError } from './usage-error.js'

/** Settings of {@link extractMany}. */
export interface ExtractManySettings {
  /** Worker threads (`0`: automatic, see `CorpusOptions.jobs`). */
  jobs: number
  /** One document graph per line instead of one merged graph. */
  jsonl: boolean
  /** Drop relations below this confidence (default: keep all). */
  minConfidence?: number
  /** Output budget per document graph (default: the library's, see `ExtractOptions.maxOutputRatio`). */
  maxOutputRatio?: number | false
  /** User schema from `--rules` (default: none). */
  rules?: Schema
  /** Use the knowledge base of networks and tokens (default: `true`; `--no-kb` turns it off). */
  knowledgeBase?: boolean
  /** File for JSON Lines (default: stdout). */
  output?: string
}

/** What {@link extractMany} gives back. */
export interface ExtractManyResult {
  /** Exit code: 0, or 1 when any file failed. */
  status: number
  /** The merged graph (absent with JSON Lines, which are written as they come). */
  graph?: KnowledgeGraph<string, string>
}

/**
 * Extract many files into one merged graph (or JSON Lines, one graph per
 * document). A file that fails is reported on stderr and skipped.
 *
 * @param args Files, directories, globs.
 * @param settings Jobs, JSON Lines, output, rules.
 * @returns Exit code, and the merged graph unless writing JSON Lines.
 * @throws UsageError when no markdown file is found.
 */
export async function extractMany(args: string[], settings: ExtractManySettings): Promise<ExtractManyResult> {
  const files = expandInputs(args)
  if (files.length === 0) throw new UsageError(`no markdown files found in ${args.map((a) => `"${a}"`).join(', ')}`)
  const documents: CorpusDocument[] = []
  const failures: Array<{ source: string; reason: string }> = []
  for (const file of files) {
    try {
      documents.push({ source: file, markdown: readMarkdown(file) })
    } catch (error) {
      failures.push({ source: file, reason: (error as Error).message })
    }
  }
  const bar = progressBar()
  // JSON Lines stream out as documents finish; nothing is merged or kept.
  const fd = settings.jsonl && settings.output ? openSync(settings.output, 'w') : undefined
  /**
   * Write one document graph as a line.
   *
   * @param _source Document name (unused: the graph records it).
   * @param graph Document graph JSON.
   */
  const writeLine = (_source: string, graph: GraphJSON): void => {
    const line = toFormat(graph, 'json')
    if (fd === undefined) process.stdout.write(line)
    else writeSync(fd, line)
  }
  let result: CorpusResult<string, string>
  try {
    result = await extractCorpus(documents, {
      jobs: settings.jobs,
      merge: !settings.jsonl,
      extract: { ...(settings.minConfidence === undefined ? {} : { minConfidence: settings.minConfidence }), ...(settings.maxOutputRatio === undefined ? {} : { maxOutputRatio: settings.maxOutputRatio }), ...(settings.rules ? { rules: settings.rules } : {}), ...(settings.knowledgeBase === false ? { knowledgeBase: false } : {}) },
      onProgress: bar.update,
      ...(settings.jsonl ? { onDocument: writeLine } : {})
    })
  } finally {
    bar.end()
    if (fd !== undefined) closeSync(fd)
  }
  for (const f of result.failures) failures.push({ source: f.source, reason: f.error.message.split('\n')[0]! })
  for (const f of failures) process.stderr.write(`markgraph: skipped ${f.source}: ${f.reason}\n`)
  if (failures.length) process.stderr.write(`markgraph: ${documents.length - result.failures.length} extracted, ${failures.length} failed\n`)
  return { status: failures.length ? 1 : 0, ...(settings.jsonl ? {} : { graph: result.graph }) }
}
