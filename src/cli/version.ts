/**
 * The package version, read at run time from package.json.
 */
import { readFileSync } from 'node:fs'

/**
 * The version in markgraph's package.json, found relative to this file:
 * `../package.json` from the built `dist/cli.js`, `../../package.json` from
 * `src/cli/version.ts`.
 *
 * @returns Version string (`unknown` when package.json cannot be read).
 */
export function packageVersion(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown }
      if (pkg.name === 'markgraph' && typeof pkg.version === 'string') return pkg.version
    } catch {
      // Try the next location (built file vs source file).
    }
  }
  return 'unknown'
}
