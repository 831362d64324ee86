import { defineConfig } from 'tsup'

/** Dependencies published as ESM only, bundled into the CJS builds. */
const ESM_ONLY = [/^unified$/, /^remark-/, /^mdast-/, /^micromark/, /^unist-/]

// ESM + CJS + .d.ts for the library; the CLI is ESM only (it is a bin, never required).
export default defineConfig([
  {
    // One ES build for the library and markgraph/bullmq: the two share their
    // code as chunks instead of each carrying the whole pipeline.
    entry: { index: 'src/index.ts', bullmq: 'src/distributed/bullmq.ts' },
    format: ['esm'],
    dts: true,
    clean: true,
    sourcemap: false,
    external: ['bullmq'],
    target: 'node20'
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    // import.meta.url (worker location) in the CJS build.
    shims: true,
    // The unified/remark packages are ESM only: bundle them into the CJS
    // build so that require('markgraph') works.
    noExternal: ESM_ONLY,
    target: 'node20'
  },
  {
    // markgraph/bullmq: the optional distributed path (BullMQ stays external).
    entry: { bullmq: 'src/distributed/bullmq.ts' },
    format: ['cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    shims: true,
    external: ['bullmq'],
    noExternal: ESM_ONLY,
    target: 'node20'
  },
  {
    // The worker thread script for parallel corpus extraction. Internal, so
    // its ES-module dependencies are bundled into it: one file loads faster
    // than the hundreds of small modules of unified, micromark and zod, and
    // every worker pays that load when it starts. CommonJS packages stay
    // outside (bundled into ESM, their require() calls would fail).
    entry: { worker: 'src/corpus/worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    noExternal: [/^(?!(?:extend|format|graphology|yaml|compromise|piscina)(?:\/|$))/],
    target: 'node20'
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    // The CLI imports the pipeline and the exporters only when a command
    // needs them (--version and --help load neither); the ES-module
    // dependencies are bundled into those chunks, as for the worker, since
    // resolving and loading hundreds of small files is most of a short run.
    noExternal: [/^(?!(?:extend|format|graphology|yaml|compromise|piscina|n3|@xmldom)(?:[/-]|$))/],
    // Our rules are large regular expressions run many times: V8 compiles them
    // to native code at once with --no-regexp-tier-up (about a third faster).
    // --interrupt-budget (V8's default is 132 KB in Node 20) lets a function
    // run longer before V8 optimises it: a run of the CLI is short and its
    // code large, and optimising what runs a few times cost more CPU than it
    // saved (show on the 3 KB fixture: 0.65 -> 0.57 s of CPU; 61 articles,
    // one thread: 2.95 -> 2.0 s; a 2 MB article 5.9 -> 5.3 s). Flags must be
    // given at start-up: setting V8 flags at run time is undefined behaviour.
    banner: { js: '#!/usr/bin/env -S node --no-regexp-tier-up --interrupt-budget=1000000' }
  }
])
