/**
 * Where the CLI's results go: stdout, a file, or (CSV) two files.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MarkgraphError } from '../errors.js'
import type { FormatName, FormatOptions } from '../export/index.js'
import type { GraphJSON } from '../schema.js'

/**
 * Write the result to a file, or to stdout when there is none.
 *
 * @param text Text to write.
 * @param output File path (default: stdout).
 * @throws MarkgraphError `UNREADABLE_FILE` when the file cannot be written.
 */
export function writeOutput(text: string, output: string | undefined): void {
  if (output === undefined) {
    process.stdout.write(text)
    return
  }
  try {
    writeFileSync(output, text)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such directory' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message
    throw new MarkgraphError('UNREADABLE_FILE', `cannot write ${output}: ${why}`, { cause: error })
  }
}

/**
 * The two files `csv` writes for an output path: `out.csv` gives
 * `out.nodes.csv` and `out.relationships.csv` beside it; any other path is
 * a directory (created when missing) that gets `nodes.csv` and
 * `relationships.csv`.
 *
 * @param output The `-o` path.
 * @returns Target path of each CSV file, by its name in `toFormat`'s result.
 */
export function csvTargets(output: string): { 'nodes.csv': string; 'relationships.csv': string; directory?: string } {
  const file = /^(.*)\.csv$/i.exec(output)
  if (file) return { 'nodes.csv': `${file[1]}.nodes.csv`, 'relationships.csv': `${file[1]}.relationships.csv` }
  return { 'nodes.csv': join(output, 'nodes.csv'), 'relationships.csv': join(output, 'relationships.csv'), directory: output }
}

/**
 * Write a graph in an export format. `csv` gives two files: without an
 * output path both are printed, each after a `# <file name>` line; with one
 * they go where {@link csvTargets} says, and a line on stderr names them.
 *
 * @param graph Graph JSON.
 * @param format Export format.
 * @param output File path (default: stdout).
 * @param options Format options (`pretty`, `baseIri`, `contextUrl`).
 * @returns When written.
 * @throws MarkgraphError `UNREADABLE_FILE` when a file cannot be written.
 */
export async function writeFormat(graph: GraphJSON, format: FormatName, output: string | undefined, options: FormatOptions): Promise<void> {
  // The exporters (n3, graphology-gexf) load only when a format asks for them.
  const { toFormat } = await import('../export/index.js')
  const result = toFormat(graph, format, options)
  if (typeof result === 'string') {
    writeOutput(result, output)
    return
  }
  if (output === undefined) {
    process.stdout.write(Object.entries(result).map(([name, text]) => `# ${name}\n${text}`).join(''))
    return
  }
  const files = result as Record<'nodes.csv' | 'relationships.csv', string>
  const targets = csvTargets(output)
  if (targets.directory !== undefined) {
    try {
      mkdirSync(targets.directory, { recursive: true })
    } catch (error) {
      throw new MarkgraphError('UNREADABLE_FILE', `cannot write ${output}: ${(error as Error).message}`, { cause: error })
    }
  }
  writeOutput(files['nodes.csv'], targets['nodes.csv'])
  writeOutput(files['relationships.csv'], targets['relationships.csv'])
  process.stderr.write(`markgraph: wrote ${targets['nodes.csv']} and ${targets['relationships.csv']}\n`)
}
