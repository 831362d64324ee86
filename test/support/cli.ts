/**
 * Shared helpers for tests of the built CLI.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Path of the built CLI. */
export const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
/** Path of the founding fixture. */
export const fixture = fileURLToPath(new URL('../../fixtures/kusama-2019-11.md', import.meta.url))
/** Whether the CLI is built (npm ci builds it). */
export const built = existsSync(cli)

/**
 * Run the built CLI.
 *
 * @param args Arguments.
 * @returns Exit status and output.
 */
export function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return runWith({}, ...args)
}

/**
 * Run the built CLI with standard input or in another directory.
 *
 * @param options `input` piped to standard input (default: an empty pipe), `cwd` (default: this process's).
 * @param options.input Text piped to standard input.
 * @param options.cwd Working directory.
 * @param args Arguments.
 * @returns Exit status and output.
 */
export function runWith(options: { input?: string; cwd?: string }, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', ...options })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** What a CLI run gives. */
export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Run the built CLI without blocking the test worker (a long run of
 * synchronous spawns starves vitest's own messages on a busy machine).
 *
 * @param options `input` piped to standard input (default: an empty pipe), `cwd` (default: this process's).
 * @param options.input Text piped to standard input.
 * @param options.cwd Working directory.
 * @param args Arguments.
 * @returns Exit status and output.
 */
export function runAsync(options: { input?: string; cwd?: string }, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { ...(options.cwd ? { cwd: options.cwd } : {}), stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
    child.stdin.end(options.input ?? '')
  })
}
