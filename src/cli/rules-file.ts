/**
 * `--rules FILE`: a user schema (entity types, predicates, lexicon, cues,
 * relation rules) in JSON or YAML.
 */
import { readFileSync } from 'node:fs'
import { parse as parseYaml } from 'yaml'
import { MarkgraphError } from '../errors.js'
import { extractorFor } from '../extract.js'
import { SchemaSchema, type Schema } from '../schema.js'

/**
 * Read, parse and check a rules file. `.json` files are read as JSON,
 * anything else as YAML (which also reads JSON). The schema is validated
 * with the same zod schema as the API's `rules` and compiled (once: the
 * compiled rules are kept for `extract` with the returned object), so every
 * error shows before any article is read.
 *
 * @param file Path.
 * @returns The schema, ready for `extract(md, { rules })`.
 * @throws MarkgraphError `UNREADABLE_FILE` when it cannot be read; `INVALID_RULES` (one line naming the file and what is wrong) when it does not parse, validate or compile.
 */
export function loadRulesFile(file: string): Schema {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message
    throw new MarkgraphError('UNREADABLE_FILE', `cannot read rules ${file}: ${why}`, { cause: error })
  }
  let data: unknown
  try {
    data = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]
    throw new MarkgraphError('INVALID_RULES', `rules ${file}: not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${message}`, { cause: error })
  }
  const parsed = SchemaSchema.safeParse(data ?? {})
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : 'the file'}: ${issue.message}`)
    throw new MarkgraphError('INVALID_RULES', `rules ${file}: ${issues.join('; ')}`, { details: parsed.error.issues })
  }
  try {
    extractorFor(parsed.data)
  } catch (error) {
    throw new MarkgraphError('INVALID_RULES', `rules ${file}: ${(error as Error).message.replace(/^markgraph\/[\w]+: /, '')}`, { cause: error })
  }
  return parsed.data
}
