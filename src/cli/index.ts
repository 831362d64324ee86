/**
 * The `markgraph` command line.
 */
import { setFlagsFromString } from 'node:v8'
import { closeSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { MarkgraphError } from '../errors.js'
import { extract } from '../extract.js'
import { graphJsonSchema } from '../graph/json-schema.js'
import { renderSummary } from './summary.js'
import { extractCorpus, type CorpusDocument } from '../corpus/extract-corpus.js'
import type { GraphJSON } from '../schema.js'
import { expandInputs } from './inputs.js'
import { progressBar } from './progress.js'

// Our rules are large regular expressions run many times: compiling them to
// native code at once (instead of interpreting them first) makes extraction
// about a third faster. This is a process-wide V8 setting, so the library
// leaves it to the application; the CLI and the worker threads are ours.
setFlagsFromString('--no-regexp-tier-up')

const USAGE = `Usage: markgraph <command> [options]

Commands:
  extract <file.md>   write the graph JSON of an article (stdout, or -o FILE)
  extract <dir|glob|files…>
                      one merged graph for many articles (cross-document
                      resolution); --jsonl writes one graph per document per line
  show <file.md>      print a readable summary of the graph
  schema              write the JSON Schema of the graph JSON

Options:
  -o, --output FILE   write to FILE instead of stdout
      --pretty        indent the JSON
      --jsonl         with several files: one document graph per line
  -j, --jobs N        worker threads for several files (default: one per core)
      --min-confidence N   drop relations below N (0–1)
      --debug         print the stack trace of errors
  -h, --help          show this help
  -v, --version       show the version
`

/** A usage error: exit code 2. */
class UsageError extends Error {}

/**
 * Run the CLI.
 *
 * @param argv Arguments after the program name.
 * @returns Exit code.
 */
export async function main(argv: string[]): Promise<number> {
  let debug = argv.includes('--debug')
  try {
    let parsed
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
          output: { type: 'string', short: 'o' },
          jsonl: { type: 'boolean' },
          jobs: { type: 'string', short: 'j' },
          pretty: { type: 'boolean' },
          'min-confidence': { type: 'string' },
          debug: { type: 'boolean' },
          help: { type: 'boolean', short: 'h' },
          version: { type: 'boolean', short: 'v' }
        }
      })
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
    const { values, positionals } = parsed
    debug = values.debug ?? false
    if (values.help) {
      process.stdout.write(USAGE)
      return 0
    }
    if (values.version) {
      process.stdout.write(`${version()}\n`)
      return 0
    }
    const [command, ...files] = positionals
    const write = (text: string): void => {
      if (values.output) writeFileSync(values.output, text)
      else process.stdout.write(text)
    }
    const minConfidence = values['min-confidence'] === undefined ? undefined : Number(values['min-confidence'])
    if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${values['min-confidence']}"`)
    const jobs = values.jobs === undefined ? 0 : Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 0) throw new UsageError(`--jobs must be a whole number, got "${values.jobs}"`)
    if (command === 'extract' && (files.length !== 1 || values.jsonl || values.jobs !== undefined || isDirectory(files[0]!))) {
      return await extractMany(files, { jobs, jsonl: values.jsonl ?? false, pretty: values.pretty ?? false, write, ...(values.output ? { output: values.output } : {}), ...(minConfidence === undefined ? {} : { minConfidence }) })
    }
    switch (command) {
      case 'extract':
      case 'show': {
        if (files.length !== 1) throw new UsageError(`${command} takes exactly one markdown file`)
        const file = files[0]!
        const kg = extract(readMarkdown(file), { source: basename(file), ...(minConfidence === undefined ? {} : { minConfidence }) })
        if (command === 'show') write(renderSummary(kg))
        else write(`${JSON.stringify(kg.toJSON(), null, values.pretty ? 2 : undefined)}\n`)
        return 0
      }
      case 'schema':
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
 * Read a markdown file as UTF-8, rejecting what is not text.
 *
 * @param file Path.
 * @returns File content.
 * @throws MarkgraphError `UNREADABLE_FILE`, `INVALID_INPUT`.
 */
function readMarkdown(file: string): string {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message
    throw new MarkgraphError('UNREADABLE_FILE', `cannot read ${file}: ${why}`, { cause: error })
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    throw new MarkgraphError('INVALID_INPUT', `${file} is not valid UTF-8 text`, { cause: error })
  }
  if (text.includes('\u0000')) throw new MarkgraphError('INVALID_INPUT', `${file} holds NUL bytes: it looks binary, not markdown`)
  return text
}

/**
 * The package version.
 *
 * @returns Version string.
 */
function version(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { version: string }).version
    } catch {
      // Try the next location (built file vs source file).
    }
  }
  return 'unknown'
}

/**
 * Whether a path is a directory.
 *
 * @param path Path.
 * @returns Whether it is one.
 */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * Extract many files into one merged graph (or JSON Lines, one graph per
 * document). A file that fails is reported and skipped.
 *
 * @param args Files, directories, globs.
 * @param settings Jobs, JSON Lines, output.
 * @returns Exit code: 0, or 1 when any file failed.
 */
async function extractMany(args: string[], settings: { jobs: number; jsonl: boolean; pretty: boolean; minConfidence?: number; output?: string; write: (text: string) => void }): Promise<number> {
  const files = expandInputs(args)
  if (files.length === 0) throw new UsageError('no markdown files found')
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
  const result = await extractCorpus(documents, {
    jobs: settings.jobs,
    merge: !settings.jsonl,
    ...(settings.minConfidence === undefined ? {} : { extract: { minConfidence: settings.minConfidence } }),
    onProgress: bar.update,
    ...(settings.jsonl ? { onDocument: (_source: string, graph: GraphJSON) => { const line = `${JSON.stringify(graph)}\n`; if (fd === undefined) process.stdout.write(line); else writeSync(fd, line) } } : {})
  })
  if (fd !== undefined) closeSync(fd)
  bar.end()
  for (const f of result.failures) failures.push({ source: f.source, reason: f.error.message.split('\n')[0]! })
  if (!settings.jsonl) settings.write(`${JSON.stringify(result.graph.toJSON(), null, settings.pretty ? 2 : undefined)}\n`)
  for (const f of failures) process.stderr.write(`markgraph: skipped ${f.source}: ${f.reason}\n`)
  if (failures.length) process.stderr.write(`markgraph: ${documents.length - result.failures.length} extracted, ${failures.length} failed\n`)
  return failures.length ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
