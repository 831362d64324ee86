/**
 * What a mention finder is (chrono's parsers: each reads the document and
 * proposes candidates, which refiners then correct).
 */
import type { MarkdownDocument } from '../../markdown/types.js'
import type { EntitySchema } from '../schema.js'
import type { Mention } from '../types.js'
import type { TokenisedSentence } from './word-use.js'

/** What every finder may read. */
export interface FindContext {
  doc: MarkdownDocument
  schema: EntitySchema
  /** Every sentence, tokenised once, with its headline shape. */
  tokenised: TokenisedSentence[]
  /** Words the document writes in lower case (outside headlines). */
  lowerCaseWords: Set<string>
  /** Words the body capitalises mid-sentence. */
  bodyCapitalised: Set<string>
}

/** A finder: proposes candidate mentions. */
export interface MentionFinder {
  /** Id, for order comments and for later finders to read what it found. */
  id: string
  /**
   * Propose candidates.
   *
   * @param context Document, cues and word use.
   * @param found What the finders before it found, by finder id.
   * @returns Candidates in document order.
   */
  find(context: FindContext, found: ReadonlyMap<string, Mention[]>): Mention[]
}
