/**
 * A progress bar on stderr for corpus runs: documents done, MB/s, ETA.
 * Silent unless stderr is a terminal.
 */
import type { CorpusProgress } from '../corpus/extract-corpus.js'

/**
 * Make a progress reporter.
 *
 * @param stream Where to draw (default `process.stderr`).
 * @returns A callback for `extractCorpus`'s `onProgress`, and `end()` to clear the line.
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): { update: (p: CorpusProgress) => void; end: () => void } {
  const started = Date.now()
  if (!stream.isTTY) return { update: () => {}, end: () => {} }
  let last = 0
  return {
    update(p) {
      const now = Date.now()
      if (now - last < 100 && p.done < p.total) return
      last = now
      const seconds = Math.max(0.001, (now - started) / 1000)
      const width = 24
      const filled = Math.round((p.done / p.total) * width)
      const rate = p.bytes / 1e6 / seconds
      const eta = p.done ? ((p.total - p.done) * seconds) / p.done : 0
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${p.done}/${p.total} docs  ${rate.toFixed(2)} MB/s  ETA ${eta.toFixed(0)}s `)
    },
    end() {
      stream.write('\r\u001b[K')
    }
  }
}
