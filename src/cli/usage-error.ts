/**
 * The error for a command line the CLI cannot run (exit code 2).
 */

/** A usage error: unknown command or flag, wrong number of files, bad flag value. */
export class UsageError extends Error {
  /**
   * @param message What is wrong with the command line (one line).
   */
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
