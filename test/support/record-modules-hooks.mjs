// Module hooks of record-modules.mjs: log each resolved ES module URL.
import { appendFileSync } from 'node:fs'

let log = ''

/** @param {{ log: string }} data File to append to. */
export function initialize(data) {
  log = data.log
}

/**
 * @param {string} specifier
 * @param {object} context
 * @param {Function} next
 */
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  appendFileSync(log, `${result.url}\n`)
  return result
}
