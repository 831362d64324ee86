import { defineConfig } from 'tsup'

// ESM + CJS + .d.ts for the library; the CLI is ESM only (it is a bin, never required).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    // import.meta.url (worker location) in the CJS build.
    shims: true,
    target: 'node20'
  },
  {
    // markgraph/bullmq: the optional distributed path (BullMQ stays external).
    entry: { bullmq: 'src/distributed/bullmq.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    shims: true,
    external: ['bullmq'],
    target: 'node20'
  },
  {
    // The worker thread script for parallel corpus extraction.
    entry: { worker: 'src/corpus/worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20'
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' }
  }
])
