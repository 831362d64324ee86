/**
 * Read markdown for the CLI (a file, or standard input), with one-line errors.
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
  return decodeMarkdown(bytes, file)
}

/**
 * Read all of standard input as markdown. Read as a stream, not with
 * `readFileSync(0)`, which fails with `EAGAIN` on a non-blocking pipe.
 *
 * @returns The text.
 * @throws MarkgraphError `UNREADABLE_FILE`, `INVALID_INPUT` as {@link readMarkdown}.
 */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  try {
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  } catch (error) {
    throw new MarkgraphError('UNREADABLE_FILE', `cannot read standard input: ${(error as Error).message}`, { cause: error })
  }
  return decodeMarkdown(Buffer.concat(chunks), 'standard input')
}

/**
 * Decode bytes as UTF-8 markdown.
 *
 * @param bytes Raw input.
 * @param name What to call it in errors.
 * @returns The text.
 * @throws MarkgraphError `INVALID_INPUT` when it is not UTF-8 or holds NUL bytes.
 */
function decodeMarkdown(bytes: Buffer, name: string): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    throw new MarkgraphError('INVALID_INPUT', `${name} is not valid UTF-8 text`, { cause: error })
  }
  if (text.includes('\u0000')) throw new MarkgraphError('INVALID_INPUT', `${name} holds NUL bytes: it looks binary, not markdown`)
  return text
}
