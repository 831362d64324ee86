/**
 * Read a markdown file for the CLI, with one-line errors.
 */
import { readFileSync } from 'node:fs'
import { MarkgraphError } from '../errors.js'

/**
 * Read a markdown file as UTF-8, rejecting what is not text.
 *
 * @param file Path.
 * @returns File content.
 * @throws MarkgraphError `UNREADABLE_FILE` (missing, a directory, no permission), `INVALID_INPUT` (not UTF-8, NUL bytes).
 */
export function readMarkdown(file: string): string {
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
