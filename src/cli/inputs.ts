/**
 * Expand CLI arguments (files, directories, simple globs) into markdown files.
 */
import { readdirSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Expand paths: a directory gives its `.md`/`.markdown` files (recursively),
 * a `*`/`?` glob in the last segment gives the matching files, anything else
 * is taken as a file. Sorted, without repeats.
 *
 * @param args CLI arguments.
 * @returns File paths.
 */
export function expandInputs(args: string[]): string[] {
  const out = new Set<string>()
  for (const arg of args) {
    if (/[*?]/.test(basename(arg))) {
      const dir = dirname(arg)
      const re = new RegExp(`^${basename(arg).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`)
      let names: string[] = []
      try {
        names = readdirSync(dir)
      } catch {
        names = []
      }
      for (const name of names.filter((n) => re.test(n)).sort()) out.add(join(dir, name))
      continue
    }
    let isDir = false
    try {
      isDir = statSync(arg).isDirectory()
    } catch {
      isDir = false
    }
    if (isDir) for (const file of walk(arg)) out.add(file)
    else out.add(arg)
  }
  return [...out]
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
    else if (/\.(?:md|markdown)$/i.test(entry.name)) out.push(path)
  }
  return out
}
