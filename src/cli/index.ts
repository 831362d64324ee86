/**
 * The `markgraph` command line: `extract`, `show`, `schema`.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import { MarkgraphError } from '../errors.js'
import { extract } from '../extract.js'
import { FORMATS, toFormat, type FormatName } from '../export/index.js'
import type { GraphJSON } from '../schema.js'
import { graphJsonSchema } from '../graph/json-schema.js'
import { extractMany } from './extract-many.js'
import { HELP } from './help.js'
import { readMarkdown } from './read-markdown.js'
import { renderSummary } from './summary.js'
import { UsageError } from './usage-error.js'
import { packageVersion } from './version.js'

/** The flags every command accepts (`parseArgs` with `strict: true`). */
const OPTIONS = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  jsonl: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  pretty: { type: 'boolean' },
  'min-confidence': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

/**
 * Run the CLI.
 *
 * @param argv Arguments after the program name.
 * @returns Exit code: 0 success, 1 an input failed, 2 a bad command line.
 */
export async function main(argv: string[]): Promise<number> {
  let debug = argv.includes('--debug')
  try {
    let parsed
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS })
    } catch (error) {
      // Node adds advice about `--` to unknown options; one sentence is enough.
      throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''))
    }
    const { values, positionals } = parsed
    debug = values.debug ?? false
    if (values.help) {
      process.stdout.write(HELP)
      return 0
    }
    if (values.version) {
      process.stdout.write(`${packageVersion()}\n`)
      return 0
    }
    const [command, ...files] = positionals
    const write = (text: string): void => writeOutput(text, values.output)
    const minConfidence = values['min-confidence'] === undefined ? undefined : Number(values['min-confidence'])
    if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${values['min-confidence']}"`)
    const jobs = values.jobs === undefined ? 0 : Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 0) throw new UsageError(`--jobs must be a whole number, got "${values.jobs}"`)
    if (command !== 'extract' && (values.jsonl || values.jobs !== undefined)) throw new UsageError(`--jsonl and --jobs only apply to extract`)
    const format = (values.format ?? 'json') as FormatName
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown --format "${values.format}" (known: ${FORMATS.join(', ')})`)
    if (values.format !== undefined && command !== 'extract') throw new UsageError('--format only applies to extract')
    if (format !== 'json' && values.jsonl) throw new UsageError('--jsonl writes graph JSON; it cannot be combined with --format')
    switch (command) {
      case 'extract':
      case 'show': {
        if (command === 'extract' && (files.length !== 1 || values.jsonl || values.jobs !== undefined || isDirectory(files[0]!))) {
          const writeMerged = format === 'json' ? write : (text: string): void => writeFormat(JSON.parse(text) as GraphJSON, format, values.output, values.pretty ?? false)
          return await extractMany(files, { jobs, jsonl: values.jsonl ?? false, pretty: values.pretty ?? false, write: writeMerged, ...(values.output ? { output: values.output } : {}), ...(minConfidence === undefined ? {} : { minConfidence }) })
        }
        if (files.length !== 1) throw new UsageError(`${command} takes exactly one markdown file`)
        const file = files[0]!
        const kg = extract(readMarkdown(file), { source: basename(file), ...(minConfidence === undefined ? {} : { minConfidence }) })
        if (command === 'show') write(renderSummary(kg))
        else if (format !== 'json') writeFormat(kg.toJSON(), format, values.output, values.pretty ?? false)
        else write(`${JSON.stringify(kg.toJSON(), null, values.pretty ? 2 : undefined)}\n`)
        return 0
      }
      case 'schema':
        if (files.length) throw new UsageError('schema takes no files')
        write(`${JSON.stringify(graphJsonSchema(), null, 2)}\n`)
        return 0
      case undefined:
        throw new UsageError('no command given')
      default:
        throw new UsageError(`unknown command "${command}"`)
    }
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    process.stderr.write(`markgraph: ${message}${error instanceof UsageError ? ' (see markgraph --help)' : ''}\n`)
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`)
    return error instanceof UsageError ? 2 : 1
  }
}

/**
 * Write the result to a file, or to stdout when there is none.
 *
 * @param text Text to write.
 * @param output File path (default: stdout).
 * @throws MarkgraphError `UNREADABLE_FILE` when the file cannot be written.
 */
function writeOutput(text: string, output: string | undefined): void {
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
 * Write a graph in an export format. `csv` gives two files: with an output
 * path they go into that directory (created when missing), without one
 * both are printed, each after a `# <file name>` line.
 *
 * @param graph Graph JSON.
 * @param format Export format.
 * @param output File (directory for `csv`) path (default: stdout).
 * @param pretty Indent JSON formats.
 */
function writeFormat(graph: GraphJSON, format: FormatName, output: string | undefined, pretty: boolean): void {
  const result = toFormat(graph, format, { pretty })
  if (typeof result === 'string') {
    writeOutput(result, output)
    return
  }
  if (output === undefined) {
    process.stdout.write(Object.entries(result).map(([name, text]) => `# ${name}\n${text}`).join(''))
    return
  }
  try {
    mkdirSync(output, { recursive: true })
  } catch (error) {
    throw new MarkgraphError('UNREADABLE_FILE', `cannot write ${output}: ${(error as Error).message}`, { cause: error })
  }
  for (const [name, text] of Object.entries(result)) writeOutput(text, join(output, name))
}

/**
 * Whether a path is a directory.
 *
 * @param path Path.
 * @returns Whether it is one (false when it does not exist).
 */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

// `markgraph show x.md | head`: a closed pipe ends the program quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await main(process.argv.slice(2))
