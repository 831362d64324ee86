/**
 * The `markgraph` command line: `extract`, `show`, `view`, `schema`.
 */
import module from 'node:module'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import type { FormatName, FormatOptions } from '../export/index.js'
import { isAbsoluteIri } from '../export/iri.js'
import type { KnowledgeGraph } from '../graph/knowledge-graph.js'
import { HELP } from './help.js'
import { isCorpusArgument } from './inputs.js'
import { readMarkdown, readStdin } from './read-markdown.js'
import { renderSummary } from './summary.js'
import { UsageError } from './usage-error.js'
import { packageVersion } from './version.js'
import { writeFormat, writeOutput } from './write-output.js'

/** The flags every command accepts (`parseArgs` with `strict: true`). */
const OPTIONS = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string' },
  jsonl: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  pretty: { type: 'boolean' },
  'min-confidence': { type: 'string' },
  'max-output-ratio': { type: 'string' },
  rules: { type: 'string' },
  'no-kb': { type: 'boolean' },
  'base-iri': { type: 'string' },
  'context-url': { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' }
} as const

/** Commands that read articles. */
const DOCUMENT_COMMANDS = ['extract', 'show', 'view']

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
    const [command, ...inputs] = positionals
    if (command === undefined) throw new UsageError('no command given')
    if (command !== 'schema' && !DOCUMENT_COMMANDS.includes(command)) throw new UsageError(`unknown command "${command}"`)
    if (command === 'schema') {
      if (inputs.length) throw new UsageError('schema takes no files')
      const { graphJsonSchema } = await import('../graph/json-schema.js')
      writeOutput(`${JSON.stringify(graphJsonSchema(), null, 2)}\n`, values.output)
      return 0
    }
    return await documentCommand(command, inputs, values)
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    process.stderr.write(`markgraph: ${message}${error instanceof UsageError ? ' (see markgraph --help)' : ''}\n`)
    if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`)
    return error instanceof UsageError ? 2 : 1
  }
}

/** The flags a document command reads (as `parseArgs` gives them). */
interface Flags {
  output?: string
  format?: string
  jsonl?: boolean
  jobs?: string
  pretty?: boolean
  'min-confidence'?: string
  'max-output-ratio'?: string
  rules?: string
  'no-kb'?: boolean
  'base-iri'?: string
  'context-url'?: string
}

/**
 * Run `extract`, `show` or `view`: check the flags, read the input, extract,
 * write the result.
 *
 * @param command Command.
 * @param inputs Files, directories, globs, or `-` (none: standard input when it is not a terminal).
 * @param values Parsed flags.
 * @returns Exit code: 0, or 1 when an input of several failed.
 * @throws UsageError for flags that do not fit; MarkgraphError when the input or rules cannot be read.
 */
async function documentCommand(command: string, inputs: string[], values: Flags): Promise<number> {
  const minConfidence = values['min-confidence'] === undefined ? undefined : Number(values['min-confidence'])
  if (minConfidence !== undefined && !(minConfidence >= 0 && minConfidence <= 1)) throw new UsageError(`--min-confidence must be a number from 0 to 1, got "${values['min-confidence']}"`)
  const maxOutputRatio = parseOutputRatio(values['max-output-ratio'])
  const jobs = values.jobs === undefined ? 0 : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 0) throw new UsageError(`--jobs must be a whole number, got "${values.jobs}"`)
  if (command !== 'extract' && values.jsonl) throw new UsageError('--jsonl only applies to extract')
  if (values.format !== undefined && command !== 'extract') throw new UsageError(`--format only applies to extract${command === 'view' ? ' (view always writes HTML)' : ''}`)
  const format = (command === 'view' ? 'html' : (values.format ?? 'json')) as FormatName
  // The pipeline (compromise, unified, zod, the rules) and the exporters load
  // here, not at start-up, so --help, --version and schema answer at once;
  // the exporters only for a format other than the graph JSON.
  const FORMATS = format === 'json' ? ['json'] : (await import('../export/index.js')).FORMATS
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown --format "${values.format}" (known: ${FORMATS.join(', ')})`)
  if (format !== 'json' && values.jsonl) throw new UsageError('--jsonl writes graph JSON; it cannot be combined with --format')
  const formatOptions = exportOptions(format, values)
  if (command === 'view' && values.output === undefined && process.stdout.isTTY) throw new UsageError('view writes an HTML page: give -o FILE.html (or redirect the output)')
  const rules = values.rules === undefined ? undefined : (await import('./rules-file.js')).loadRulesFile(values.rules)

  // One file or standard input gives that document's graph; a directory, a
  // glob or several files give one merged graph. --jobs never changes which.
  const stdin = inputs.length === 0 ? !process.stdin.isTTY : inputs.length === 1 && inputs[0] === '-'
  if (inputs.length > 1 && inputs.includes('-')) throw new UsageError('- (standard input) cannot be combined with files')
  if (inputs.length === 0 && !stdin) throw new UsageError(`${command} needs input: a markdown file, a directory, a glob, or - (or a pipe) for standard input`)
  let kg: KnowledgeGraph<string, string>
  let status = 0
  if (stdin || (inputs.length === 1 && !isCorpusArgument(inputs[0]!))) {
    const markdown = stdin ? await readStdin() : readMarkdown(inputs[0]!)
    const { extract } = await import('../extract.js')
    kg = extract(markdown, { ...(stdin ? {} : { source: basename(inputs[0]!) }), ...(rules ? { rules } : {}), ...(minConfidence === undefined ? {} : { minConfidence }), ...(maxOutputRatio === undefined ? {} : { maxOutputRatio }), ...(values['no-kb'] ? { knowledgeBase: false } : {}) })
    if (values.jsonl) {
      writeOutput((await import('../export/index.js')).toFormat(kg, 'json'), values.output)
      return 0
    }
  } else {
    const { extractMany } = await import('./extract-many.js')
    const many = await extractMany(inputs, { jobs, jsonl: values.jsonl ?? false, ...(values.output ? { output: values.output } : {}), ...(minConfidence === undefined ? {} : { minConfidence }), ...(maxOutputRatio === undefined ? {} : { maxOutputRatio }), ...(rules ? { rules } : {}), ...(values['no-kb'] ? { knowledgeBase: false } : {}) })
    if (!many.graph) return many.status
    kg = many.graph
    status = many.status
  }
  if (command === 'show') writeOutput(renderSummary(kg), values.output)
  else if (format === 'json') writeOutput((await import('../export/index.js')).toFormat(kg, 'json', { pretty: values.pretty ?? false }), values.output)
  else await writeFormat(kg.toJSON(), format, values.output, formatOptions)
  return status
}

/**
 * Read `--max-output-ratio`: a positive number, or `none` for no output budget.
 *
 * @param value The flag's value (absent: the default budget).
 * @returns The `maxOutputRatio` option, or undefined for the default.
 * @throws UsageError for anything else.
 */
function parseOutputRatio(value: string | undefined): number | false | undefined {
  if (value === undefined) return undefined
  if (value === 'none') return false
  const ratio = Number(value)
  if (value.trim() === '' || !(ratio > 0) || !Number.isFinite(ratio)) throw new UsageError(`--max-output-ratio must be a positive number or "none", got "${value}"`)
  return ratio
}

/**
 * Export options from the flags, checking each applies to the format.
 *
 * @param format Output format.
 * @param values Parsed flags (`--pretty`, `--base-iri`, `--context-url`).
 * @returns Options for `toFormat`.
 * @throws UsageError for `--base-iri` or `--context-url` with a format that has no IRIs, or a value that is not an absolute IRI.
 */
function exportOptions(format: FormatName, values: { pretty?: boolean; 'base-iri'?: string; 'context-url'?: string }): FormatOptions {
  const options: FormatOptions = { pretty: values.pretty ?? false }
  const baseIri = values['base-iri']
  const contextUrl = values['context-url']
  if (baseIri !== undefined) {
    if (!['jsonld', 'turtle', 'ntriples'].includes(format)) throw new UsageError('--base-iri only applies to --format jsonld, turtle or ntriples')
    if (!isAbsoluteIri(baseIri)) throw new UsageError(`--base-iri must be an absolute IRI such as https://example.org/kg/ or urn:example:kg:, got "${baseIri}"`)
    options.baseIri = baseIri
  }
  if (contextUrl !== undefined) {
    if (format !== 'jsonld') throw new UsageError('--context-url only applies to --format jsonld')
    if (!isAbsoluteIri(contextUrl)) throw new UsageError(`--context-url must be an absolute URL, got "${contextUrl}"`)
    options.contextUrl = contextUrl
  }
  return options
}

// `markgraph show x.md | head`: a closed pipe ends the program quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

// Node 22.1 and later keep V8's compiled code of the modules loaded next (the
// pipeline, compromise) on disk, in its default cache directory, so later runs
// skip compiling them; NODE_DISABLE_COMPILE_CACHE=1 turns it off. Older Node
// has no such cache.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()

process.exitCode = await main(process.argv.slice(2))
