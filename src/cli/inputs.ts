/**
 * Expand CLI arguments (files, directories, globs) into markdown files.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expandGlob, hasGlob } from './glob.js'

/**
 * Whether a file name is markdown (`.md`, `.markdown`).
 *
 * @param name File name.
 * @returns Whether it is.
 */
export function isMarkdownName(name: string): boolean {
  return /\.(?:md|markdown)$/i.test(name)
}

/**
 * Whether an argument names a corpus (a directory or a glob) rather than
 * one file. A path that exists as a file is a file even if its name holds
 * glob characters.
 *
 * @param arg CLI argument.
 * @returns Whether it names a corpus.
 */
export function isCorpusArgument(arg: string): boolean {
  if (isDirectory(arg)) return true
  return hasGlob(arg) && !existsSync(arg)
}

/**
 * Expand paths: a directory gives its markdown files (recursively), a glob
 * (see {@link expandGlob}) the files it matches, anything else is taken as
 * a file. Sorted within each argument, without repeats.
 *
 * @param args CLI arguments.
 * @returns File paths.
 */
export function expandInputs(args: string[]): string[] {
  const out = new Set<string>()
  for (const arg of args) {
    if (isDirectory(arg)) for (const file of walk(arg)) out.add(file)
    else if (hasGlob(arg) && !existsSync(arg)) for (const file of expandGlob(arg, isMarkdownName)) out.add(file)
    else out.add(arg)
  }
  return [...out]
}

/**
 * Whether a path is a directory.
 *
 * @param path Path.
 * @returns Whether it is one (false when it does not exist).
 */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * Markdown files under a directory, sorted.
 *
 * @param dir Directory.
 * @returns File paths.
 */
function walk(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...walk(path))
    else if (isMarkdownName(entry.name)) out.push(path)
  }
  return out
}
