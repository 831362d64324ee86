/**
 * `json`: the graph JSON (graphology's serialisation), deterministic.
 */
import type { GraphJSON } from '../schema.js'

/** Options of {@link toJson}. */
export interface JsonOptions {
  /** Indent with two spaces (default: `false`, one line). */
  pretty?: boolean
}

/**
 * The graph JSON as text, ending with a newline.
 *
 * @param graph Graph JSON.
 * @param options `pretty` (default `false`).
 * @returns JSON text.
 */
export function toJson(graph: GraphJSON, options: JsonOptions = {}): string {
  return `${JSON.stringify(graph, null, options.pretty ? 2 : undefined)}\n`
}
