/**
 * Every rule's required literals (see `required-text.ts`), found in a
 * sentence by one scan. Most rules cannot match most sentences, and their
 * literals tell so; asked rule by rule, that was hundreds of `includes`
 * calls and trigger tests per sentence, most of the matcher's time on a
 * long corpus. One Aho–Corasick automaton over all the literals scans a
 * sentence once, and a rule's requirement becomes a few array reads.
 */
import type { RequiredText } from './required-text.js'

/** Characters a literal may hold: printable ASCII (see `requiredText`). */
const FIRST = 0x20
const LAST = 0x7e

/**
 * An automaton that finds which of a set of literals a text contains, and
 * records them as bits: one bit per text of a batch, so that one pass over
 * a rule's requirement answers for the whole batch.
 */
export class LiteralIndex {
  /** Number of distinct literals (ids 0 … size - 1). */
  readonly size: number
  /** Literal id by text. */
  private readonly ids: Map<string, number>
  /** Column of each character code (0: a character no literal holds). */
  private readonly column: Uint8Array
  /** Columns per state. */
  private readonly width: number
  /** Next state by state and column (failure links already followed). */
  private readonly next: Uint32Array
  /** The literal that ends at a state (-1: none). */
  private readonly own: Int32Array
  /** The nearest state on the failure chain whose literal ends there (-1: none). */
  private readonly outputLink: Int32Array

  /**
   * Build the automaton.
   *
   * @param literals Literals, printable ASCII (duplicates are one literal).
   */
  constructor(literals: Iterable<string>) {
    this.ids = new Map()
    for (const literal of literals) if (!this.ids.has(literal)) this.ids.set(literal, this.ids.size)
    this.size = this.ids.size
    // Only the characters literals hold get a column: the table stays small.
    this.column = new Uint8Array(LAST + 1)
    let width = 1
    for (const literal of this.ids.keys()) {
      for (let i = 0; i < literal.length; i++) {
        const code = literal.charCodeAt(i)
        if (code < FIRST || code > LAST) throw new Error(`literal-index: not printable ASCII: ${JSON.stringify(literal)}`)
        if (this.column[code] === 0) this.column[code] = width++
      }
    }
    this.width = width
    // The trie: children as table entries (0 is the root, so 0 also means "none" below the root).
    const capacity = 1 + [...this.ids.keys()].reduce((n, l) => n + l.length, 0)
    let next = new Uint32Array(capacity * width)
    const own = new Int32Array(capacity).fill(-1)
    let states = 1
    for (const [literal, id] of this.ids) {
      let state = 0
      for (let i = 0; i < literal.length; i++) {
        const at = state * width + this.column[literal.charCodeAt(i)]!
        if (next[at] === 0) next[at] = states++
        state = next[at]!
      }
      own[state] = id
    }
    next = next.slice(0, states * width)
    // Failure links, breadth first; a missing child becomes its failure state's child (a full automaton).
    const fail = new Uint32Array(states)
    const outputLink = new Int32Array(states).fill(-1)
    const queue: number[] = []
    for (let c = 1; c < width; c++) if (next[c] !== 0) queue.push(next[c]!)
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!
      const f = fail[state]!
      outputLink[state] = own[f]! >= 0 ? f : outputLink[f]!
      for (let c = 1; c < width; c++) {
        const at = state * width + c
        const child = next[at]!
        if (child !== 0) {
          fail[child] = next[f * width + c]!
          queue.push(child)
        } else {
          next[at] = next[f * width + c]!
        }
      }
    }
    this.next = next
    this.own = own.slice(0, states)
    this.outputLink = outputLink
  }

  /**
   * The id of a literal.
   *
   * @param literal A literal the index was built with.
   * @returns Its id, or -1 when the index does not hold it.
   */
  id(literal: string): number {
    return this.ids.get(literal) ?? -1
  }

  /**
   * Record which literals a text contains: `found[id] |= bit` for each.
   *
   * @param text Text (folded, as the rules run on it).
   * @param found One entry per literal id.
   * @param bit The text's bit.
   */
  mark(text: string, found: Uint16Array, bit: number): void {
    const { column, width, next, own, outputLink } = this
    let state = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      // A character no literal holds sends the automaton back to the root.
      state = code <= LAST ? next[state * width + column[code]!]! : 0
      for (let s = own[state]! >= 0 ? state : outputLink[state]!; s >= 0; s = outputLink[s]!) {
        const id = own[s]!
        found[id] = found[id]! | bit
      }
    }
  }

  /**
   * A requirement as literal ids, for {@link requirementMask}.
   *
   * @param required Requirement (every literal in the index).
   * @returns Its clauses as id lists.
   */
  clauses(required: RequiredText): Int32Array[] {
    return required.map((clause) => Int32Array.from(clause, (literal) => this.ids.get(literal)!))
  }
}

/**
 * The texts of a batch that hold a requirement.
 *
 * @param clauses Requirement as literal ids (see {@link LiteralIndex.clauses}).
 * @param found What {@link LiteralIndex.mark} recorded for the batch.
 * @param mask The texts to ask about (bits).
 * @returns The bits of `mask` whose texts hold a literal of every clause.
 */
export function requirementMask(clauses: readonly Int32Array[], found: Uint16Array, mask: number): number {
  for (let k = 0; k < clauses.length && mask !== 0; k++) {
    const clause = clauses[k]!
    let any = 0
    for (let i = 0; i < clause.length; i++) any |= found[clause[i]!]!
    mask &= any
  }
  return mask
}
