// Preload (`node --import`) for test/cli-startup.test.ts: appends to the file
// named by MARKGRAPH_MODULES_LOG every module the program loads, ES modules as
// they are resolved and CommonJS modules (require.cache) when it exits.
import { appendFileSync } from 'node:fs'
import { createRequire, register } from 'node:module'

const log = process.env.MARKGRAPH_MODULES_LOG
if (log) {
  register('./record-modules-hooks.mjs', import.meta.url, { data: { log } })
  const cache = createRequire(import.meta.url).cache
  process.on('exit', () => appendFileSync(log, Object.keys(cache).map((path) => `${path}\n`).join('')))
}
