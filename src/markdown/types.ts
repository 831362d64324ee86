/**
 * Types of the markdown stage: a parsed article as blocks and sentences,
 * each mapped back to exact offsets in the source markdown.
 */

/** What kind of markdown block a piece of text comes from. */
export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'blockquote' | 'tableCell'

/**
 * A run of text from one markdown block, with markdown syntax removed
 * (emphasis, links, inline code markers), line breaks turned into spaces.
 */
export interface TextSpan {
  /** The text. */
  text: string
  /**
   * Source offset of every character of `text`, plus one trailing entry for
   * the end: `offsets.length === text.length + 1`. `source.slice(offsets[i],
   * offsets[j])` is the source of `text.slice(i, j)`.
   */
  offsets: Uint32Array
}

/** A markdown block that holds text. */
export interface Block extends TextSpan {
  /** Index of the block in document order. */
  index: number
  kind: BlockKind
  /** Heading depth (1–6) for headings. */
  depth?: number
  /** Heading path of the section holding the block (a heading's own path ends with itself). */
  section: string[]
  /** Indexes (into `MarkdownDocument.sentences`) of the block's sentences. */
  sentences: number[]
}

/** A sentence, the unit relation rules match on. */
export interface Sentence extends TextSpan {
  /** Index of the sentence in document order. */
  index: number
  /** Index of the block holding it. */
  block: number
  kind: BlockKind
  /** Heading path of the section holding the sentence. */
  section: string[]
  /** Offset of `text` inside its block's text. */
  blockOffset: number
}

/** A parsed article. */
export interface MarkdownDocument {
  /** The original markdown, unchanged. */
  source: string
  /** Text of the first level-1 heading, if any. */
  title?: string
  /** Document date as ISO `YYYY-MM-DD` or `YYYY-MM`, from frontmatter `date` or the title/first lines. */
  date?: string
  /** Frontmatter fields when the article has YAML frontmatter. */
  frontmatter?: Record<string, unknown>
  blocks: Block[]
  sentences: Sentence[]
  /** Offset of the start of each line (line 1 at index 0), for offset → line:column. */
  lineStarts: number[]
}
