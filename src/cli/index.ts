/**
 * The `markgraph` command line.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import { MarkgraphError } from '../errors.js'
import { extract } from '../extract.js'
import { graphJsonSchema } from '../graph/json-schema.js'
import { renderSummary } from './summary.js'

const USAGE = `Usage: markgraph <command> [options]

Commands:
  extract <file.md>   write the graph JSON of an article (stdout, or -o FILE)
  show <file.md>      print a readable summary of the graph
  schema              write the JSON Schema of the graph JSON

Options:
  -o, --output FILE   write to FILE instead of stdout
      --pretty        indent the JSON
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
export function main(argv: string[]): number {
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

process.exitCode = main(process.argv.slice(2))
