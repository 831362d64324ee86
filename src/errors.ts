/**
 * The one error type markgraph throws, with stable codes so callers can
 * branch on `error.code` instead of matching messages.
 */

/** Stable error codes. */
export type MarkgraphErrorCode =
  | 'INVALID_OPTIONS'
  | 'INVALID_RULES'
  | 'INVALID_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'TIME_BUDGET_EXCEEDED'
  | 'INVALID_GRAPH_JSON'
  | 'UNREADABLE_FILE'
  | 'UNKNOWN_FORMAT'
  | 'OUTPUT_TOO_LARGE'
  | 'WORKER_FAILED'
  | 'USAGE'

/** An error raised by markgraph; `code` is stable, `message` is for people. */
export class MarkgraphError extends Error {
  /** Stable machine-readable code. */
  readonly code: MarkgraphErrorCode
  /** Extra detail (for instance zod issues with their paths). */
  readonly details?: unknown

  /**
   * @param code Stable code.
   * @param message What went wrong, naming the call (`markgraph/extract: …`).
   * @param options Cause and details.
   */
  constructor(code: MarkgraphErrorCode, message: string, options?: { cause?: unknown; details?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'MarkgraphError'
    this.code = code
    this.details = options?.details
  }
}
