/**
 * Glob patterns for CLI arguments a shell did not expand (quoted, or on a
 * shell without `**`): `*`, `?`, `[…]` within a path segment and `**` for
 * any number of directories.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs'
import { join } from 'node:path'

/**
 * Whether an argument holds glob characters (`*`, `?`, `[`).
 *
 * @param arg CLI argument.
 * @returns Whether it is a pattern.
 */
export function hasGlob(arg: string): boolean {
  return /[*?[]/.test(arg)
}

/**
 * Files matching a pattern, sorted. `*` and `?` never match `/` nor a
 * leading `.`; `**` as a whole segment matches any number of directories
 * (hidden ones excepted; links to directories are not followed), so
 * `news`, `**`, `*.md` as segments find every `.md` file under `news`,
 * `news` included; a trailing `**` matches the markdown files (`.md`,
 * `.markdown`) under its directory, as a directory argument does.
 *
 * @param pattern Glob, `/`-separated.
 * @param isMarkdown Whether a file name is markdown (for a trailing `**`).
 * @returns Matching file paths, without repeats.
 */
export function expandGlob(pattern: string, isMarkdown: (name: string) => boolean): string[] {
  const segments = pattern.split('/')
  const first = segments.findIndex(hasGlob)
  const fixed = segments.slice(0, first)
  const root = fixed.length === 0 ? '' : fixed.join('/') || '/'
  const out = new Set<string>()
  walk(root, segments.slice(first), isMarkdown, out)
  return [...out].sort()
}

/**
 * Match the remaining segments under a directory.
 *
 * @param dir Directory path (`''` for the working directory, so matches keep the pattern's relative form).
 * @param rest Segments still to match.
 * @param isMarkdown Markdown file test (trailing `**`).
 * @param out Matches found.
 */
function walk(dir: string, rest: string[], isMarkdown: (name: string) => boolean, out: Set<string>): void {
  const [segment, ...after] = rest
  if (segment === undefined) return
  const entries = list(dir)
  if (segment === '**') {
    if (after.length === 0) {
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue
        const path = join(dir, entry.name)
        if (entry.isDirectory()) walk(path, rest, isMarkdown, out)
        else if (isMarkdown(entry.name)) out.add(path)
      }
      return
    }
    walk(dir, after, isMarkdown, out)
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (!entry.name.startsWith('.') && entry.isDirectory()) walk(path, rest, isMarkdown, out)
    }
    return
  }
  const re = segmentRegExp(segment)
  for (const entry of entries) {
    if (!re.test(entry.name)) continue
    const path = join(dir, entry.name)
    if (after.length === 0) {
      if (!isDir(entry, path)) out.add(path)
    } else if (isDir(entry, path)) walk(path, after, isMarkdown, out)
  }
}

/**
 * A directory's entries, sorted; none when it cannot be read.
 *
 * @param dir Directory (`''`: the working directory).
 * @returns Entries.
 */
function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir || '.', { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  } catch {
    return []
  }
}

/**
 * Whether an entry is a directory, following a symbolic link.
 *
 * @param entry Entry.
 * @param path Its path.
 * @returns Whether it is (or links to) a directory.
 */
function isDir(entry: Dirent, path: string): boolean {
  if (!entry.isSymbolicLink()) return entry.isDirectory()
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * One path segment's pattern as a regular expression.
 *
 * @param segment Segment with `*`, `?`, `[…]` (`[!…]` negates).
 * @returns Anchored expression; wildcards skip a leading `.`.
 */
function segmentRegExp(segment: string): RegExp {
  let source = ''
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!
    if (ch === '*') source += '[^/]*'
    else if (ch === '?') source += '[^/]'
    else if (ch === '[' && segment.indexOf(']', i + 2) > i) {
      const end = segment.indexOf(']', i + 2)
      const body = segment.slice(i + 1, end)
      const negated = body.startsWith('!') || body.startsWith('^')
      source += `[${negated ? '^' : ''}${(negated ? body.slice(1) : body).replace(/[\\\]]/g, '\\$&')}]`
      i = end
    } else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${segment.startsWith('.') ? '' : '(?!\\.)'}${source}$`, 'u')
}
