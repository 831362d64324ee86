/** The markdown stage: markdown → blocks and sentences with exact source offsets, plus dates. */
export { parseMarkdown } from './parse.js'
export { splitSentences } from './sentences.js'
export { lineStarts, pointAt } from './position.js'
export { documentDate } from './document-date.js'
export { findDates } from './fact-dates.js'
export type { FoundDate } from './fact-dates.js'
export type { Block, BlockKind, MarkdownDocument, Sentence, TextSpan } from './types.js'
