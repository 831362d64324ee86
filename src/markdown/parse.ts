/**
 * Markdown → document: blocks and sentences with every character mapped
 * back to its offset in the original markdown.
 */
import { createRequire } from 'node:module'
import type { Html, Nodes, Parent, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type * as Yaml from 'yaml'
import { documentDate } from './document-date.js'
import { remarkGfmText } from './gfm-text.js'
import { htmlQuoteParagraphs, isHtmlQuote } from './html-quote.js'
import { inlineText, type MappedText } from './inline-text.js'
import { lineStarts } from './position.js'
import { splitSentences } from './sentences.js'
import { chunkBoundaries } from './chunks.js'
import type { Block, BlockKind, MarkdownDocument, Sentence } from './types.js'

/** The parser: CommonMark, GFM (tables, strikethrough, footnotes, task lists, autolink literals), YAML/TOML frontmatter. */
const processor = unified().use(remarkParse).use(remarkGfmText).use(remarkFrontmatter, ['yaml', 'toml'])
/** The same without autolink literals (half the parse time), for documents with no URL in them. */
const noUrlProcessor = unified().use(remarkParse).use(remarkGfmText, { autolinkLiterals: false }).use(remarkFrontmatter, ['yaml', 'toml'])
/** What starts a bare URL; a document without one parses the same without autolink literals (e-mail addresses stay text). */
const URL_START = /:\/\/|www\./i
// GFM's autolink pass walks the tree recursively and overflows the stack on
// thousands of nested containers; such input is parsed without GFM.
const plainProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml'])

/** Block nodes that hold no article text. */
const SKIPPED = new Set(['code', 'html', 'thematicBreak', 'definition', 'yaml', 'toml'])

/**
 * A paragraph that opens with a JSX component tag (`<ImageGrid`, `</Quote>`,
 * `<Tabs.Item`): MDX markup, whose attribute names and strings (`smCols`,
 * logo slugs) are not article text. A capital after `<` is JSX's mark of a
 * component; HTML's own tags are lower case and are already html nodes.
 */
const JSX_COMPONENT_START = /^<\/?[A-Z][\w.]*(?=[\s/>]|$)/

/** Options of {@link parseMarkdown}. */
export interface ParseOptions {
  /** Called after each piece of a large document is read; throws to stop (default: none). */
  checkBudget?: () => void
  /** Length past which a document is read in pieces cut before headings (default: 256 K code units; `Infinity` reads it whole). */
  chunkLength?: number
}

/** Everything the walk collects. */
interface State {
  /** The piece of markdown (without a leading byte-order mark) the tree's positions point into. */
  source: string
  /** Offset of that piece in the whole markdown. */
  base: number
  blocks: Block[]
  sentences: Sentence[]
  /** Open headings, outermost first. */
  headings: Array<{ depth: number; text: string }>
  frontmatter?: Record<string, unknown>
  title?: string
  /** Index of the block holding the title. */
  titleBlock?: number
}

/**
 * Parse a markdown article into blocks and sentences.
 *
 * Blocks are headings, paragraphs (kind `listItem` or `blockquote` inside
 * one: the nearest container wins), GFM table cells and the paragraphs of
 * HTML/MDX quotations (see {@link htmlQuoteParagraphs}); code, other html,
 * frontmatter and images are skipped, as are MDX component paragraphs
 * (`<ImageGrid smCols={3} …`) and blocks without a letter or digit. Every
 * block has the heading path of its section: a heading closes every open
 * heading of the same or a deeper level, so a second level-1 heading starts
 * a new path, and a heading's own path ends with itself.
 * Paragraph-like blocks are split into sentences; a heading or a table cell
 * is one sentence. `title` is the first level-1 heading; `date` comes from
 * {@link documentDate} over the frontmatter, the title and the first block
 * after the title. YAML frontmatter that does not parse (or is not a
 * mapping) is ignored. A leading byte-order mark and CRLF or lone-CR line
 * endings are fine; offsets always point into `source` as given.
 *
 * @param source Markdown source (kept unchanged; offsets point into it).
 * @param options `checkBudget`, called between the pieces of a large document (default: none).
 * @returns The document.
 */
export function parseMarkdown(source: string, options?: ParseOptions): MarkdownDocument {
  // The parser leaves a byte-order mark out of its positions: parse without it, shift offsets back after.
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0
  const whole = bom ? source.slice(1) : source
  const state: State = { source: whole, base: 0, blocks: [], sentences: [], headings: [] }
  const parsable = limitNesting(whole, MAX_NESTING, MAX_NESTED_MARKERS)
  // A large document is read a piece at a time (cut before headings), so the parser's memory stays bounded.
  const cuts = [0, ...chunkBoundaries(parsable, options?.chunkLength), parsable.length]
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!]
    const piece = from === 0 && to === parsable.length ? parsable : parsable.slice(from, to)
    let tree: Root
    try {
      tree = (URL_START.test(piece) ? processor : noUrlProcessor).parse(piece) as Root
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      tree = plainProcessor.parse(piece) as Root
    }
    state.source = from === 0 && to === whole.length ? whole : whole.slice(from, to)
    state.base = from
    walk(state, tree, 'paragraph')
    options?.checkBudget?.()
  }
  if (bom) {
    for (const span of [...state.blocks, ...state.sentences]) span.offsets = span.offsets.map((o) => o + bom)
  }
  const doc: MarkdownDocument = { source, blocks: state.blocks, sentences: state.sentences, lineStarts: lineStarts(source) }
  if (state.title !== undefined) doc.title = state.title
  if (state.frontmatter) doc.frontmatter = state.frontmatter
  const first = state.blocks.find((block) => block.index !== state.titleBlock)
  const date = documentDate(state.title, state.frontmatter, first?.text)
  if (date) doc.date = date
  return doc
}

/** Deepest container nesting (blockquotes, list items) parsed as such. */
const MAX_NESTING = 100

/**
 * Containers a document may open inside others on one line ("- - - item",
 * "> - item"), counted over the whole document, before further ones are read
 * as text. The parser's work on such lines grows with the square of their
 * number (10,000 lines of "- - … - item", 20 deep, took two minutes).
 */
export const MAX_NESTED_MARKERS = 2000

/**
 * Cap container nesting: markers past `max` on a line ("> > > …", "- - - …"),
 * and every marker past the first on a line once the document has opened
 * `maxNested` containers inside others on their lines, become no-break
 * spaces of the same length, so the rest reads as text. The parser is
 * quadratic in such nesting; offsets stay the same.
 *
 * @param source Markdown.
 * @param max Deepest nesting kept on one line.
 * @param maxNested Containers opened inside another on the same line, over the document.
 * @returns Markdown of the same length.
 */
export function limitNesting(source: string, max: number, maxNested = Infinity): string {
  const marker = /(?:[ \t]{0,3}(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]?)/y
  let out = ''
  let changed = false
  let lineStart = 0
  let nested = 0
  while (lineStart <= source.length) {
    const nl = source.indexOf('\n', lineStart)
    const lineEnd = nl < 0 ? source.length : nl
    let pos = lineStart
    let depth = 0
    marker.lastIndex = pos
    // Once the document's nesting allowance is spent, only a line's first marker counts.
    const limit = nested >= maxNested ? 1 : max
    while (pos < lineEnd && marker.test(source)) {
      depth++
      if (depth > limit) break
      pos = marker.lastIndex
    }
    if (depth > 1) nested += Math.min(depth, limit) - 1
    if (depth > limit) {
      // Replace every further marker on the line.
      let end = pos
      marker.lastIndex = end
      while (end < lineEnd && marker.test(source)) end = marker.lastIndex
      out += source.slice(lineStart, pos) + '\u00a0'.repeat(end - pos) + source.slice(end, lineEnd)
      changed = true
    } else out += source.slice(lineStart, lineEnd)
    if (nl < 0) break
    out += '\n'
    lineStart = nl + 1
  }
  return changed ? out : source
}

/**
 * Walk a node, adding its blocks to the state.
 *
 * @param state Walk state; changed in place.
 * @param node mdast node.
 * @param container Kind given to paragraphs here: `paragraph`, or the nearest enclosing `listItem` / `blockquote`.
 */
function walk(state: State, root: Nodes, rootContainer: BlockKind): void {
  // An explicit stack, not recursion: nesting depth is the input's to choose.
  const stack: Array<[Nodes, BlockKind]> = [[root, rootContainer]]
  while (stack.length > 0) {
    const [node, container] = stack.pop()!
    visitNode(state, node, container, stack)
  }
}

/**
 * Handle one node: add its block, or push its children (in order) for the walk.
 *
 * @param state Walk state; changed in place.
 * @param node mdast node.
 * @param container Kind given to paragraphs here.
 * @param stack Work stack; children are pushed onto it.
 */
function visitNode(state: State, node: Nodes, container: BlockKind, stack: Array<[Nodes, BlockKind]>): void {
  if (node.type === 'yaml') {
    readFrontmatter(state, node.value)
    return
  }
  if (node.type === 'html' && isHtmlQuote(node.value)) {
    addHtmlQuote(state, node)
    return
  }
  if (SKIPPED.has(node.type)) return
  if (node.type === 'heading') {
    const mapped = inlineText(node, state.source)
    const text = mapped.text.trim()
    while (state.headings.length > 0 && state.headings[state.headings.length - 1]!.depth >= node.depth) state.headings.pop()
    state.headings.push({ depth: node.depth, text })
    const block = addBlock(state, mapped, 'heading', node.depth)
    if (node.depth === 1 && state.title === undefined && block) {
      state.title = text
      state.titleBlock = block.index
    }
    return
  }
  if (node.type === 'paragraph' || node.type === 'tableCell') {
    if (node.type === 'paragraph' && JSX_COMPONENT_START.test(state.source.slice(node.position?.start.offset ?? 0, (node.position?.start.offset ?? 0) + 80))) return
    addBlock(state, inlineText(node, state.source), node.type === 'tableCell' ? 'tableCell' : container)
    return
  }
  if (!('children' in node)) return
  const inner: BlockKind = node.type === 'listItem' ? 'listItem' : node.type === 'blockquote' ? 'blockquote' : container
  const children = (node as Parent).children
  for (let i = children.length - 1; i >= 0; i--) stack.push([children[i] as Nodes, inner])
}

/**
 * Add the paragraphs of an HTML quotation block as blockquote blocks. Only
 * a block whose value is its source slice is read (HTML under a `>` prefix
 * is not), so every offset stays exact.
 *
 * @param state Walk state; changed in place.
 * @param node The html node.
 */
function addHtmlQuote(state: State, node: Html): void {
  const from = node.position?.start.offset
  const to = node.position?.end.offset
  if (from === undefined || to === undefined || state.source.slice(from, to) !== node.value) return
  for (const paragraph of htmlQuoteParagraphs(node.value, from)) addBlock(state, paragraph, 'blockquote')
}

/**
 * Parse YAML frontmatter into the state; bad YAML or a non-mapping is ignored.
 *
 * @param state Walk state; changed in place.
 * @param yaml The frontmatter text.
 */
function readFrontmatter(state: State, yaml: string): void {
  try {
    // Loaded for the first document with YAML frontmatter: most have none, and a short run notices the load.
    yamlParser ??= createRequire(import.meta.url)('yaml') as typeof Yaml
    const value: unknown = yamlParser.parse(yaml)
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) state.frontmatter = value as Record<string, unknown>
  } catch {
    // Broken frontmatter is not fatal: the article is still text.
  }
}

/** The yaml package, once a document needed it. */
let yamlParser: typeof Yaml | undefined

/**
 * Add a block and its sentences, unless its text has no letter or digit.
 *
 * @param state Walk state; changed in place.
 * @param mapped Text of the block with its source ranges.
 * @param kind Block kind.
 * @param depth Heading depth, for headings.
 * @returns The block, or undefined when it was left out.
 */
function addBlock(state: State, mapped: MappedText, kind: BlockKind, depth?: number): Block | undefined {
  const { text, starts, ends } = mapped
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined
  if (state.base > 0) {
    for (let i = 0; i < starts.length; i++) {
      starts[i] = starts[i]! + state.base
      ends[i] = ends[i]! + state.base
    }
  }
  ensureIncreasing(starts, ends)
  const section = state.headings.map((h) => h.text).filter((t) => t !== '')
  const block: Block = { text, offsets: spanOffsets(starts, ends, 0, text.length), index: state.blocks.length, kind, section, sentences: [] }
  if (depth !== undefined) block.depth = depth
  const parts = kind === 'heading' || kind === 'tableCell' ? trimmed(text) : splitSentences(text)
  for (const { start, end } of parts) {
    block.sentences.push(state.sentences.length)
    state.sentences.push({
      text: text.slice(start, end),
      offsets: sentenceOffsets(block.offsets, ends, start, end),
      index: state.sentences.length,
      block: block.index,
      kind,
      section: [...section],
      blockOffset: start
    })
  }
  state.blocks.push(block)
  return block
}

/**
 * The whole text as one span, trimmed of white space.
 *
 * @param text Text holding at least one non-space character.
 * @returns One span.
 */
function trimmed(text: string): Array<{ start: number; end: number }> {
  const start = text.search(/\S/)
  const end = text.length - (text.length - text.trimEnd().length)
  return start >= 0 && end > start ? [{ start, end }] : []
}

/**
 * The offsets of a span: where each character starts, then where the last
 * one ends. A typed array: a 20 MB article has two of these per character
 * (block and sentence), which as plain arrays took a quarter of its memory.
 *
 * @param starts Start offsets of the text's characters.
 * @param ends End offsets of the text's characters.
 * @param from First character of the span.
 * @param to End of the span (exclusive, after `from`).
 * @returns Offsets, one more than the span's characters.
 */
function spanOffsets(starts: number[], ends: number[], from: number, to: number): Uint32Array {
  const out = new Uint32Array(to - from + 1)
  for (let i = from; i < to; i++) out[i - from] = starts[i]!
  out[to - from] = ends[to - 1]!
  return out
}

/**
 * The offsets of a sentence of a block: a view of the block's offsets (no
 * copy: a 20 MB article's sentences would take another 75 MB), unless the
 * sentence's end differs from where the block's next character starts
 * (markup between them: "**Zeta.** Next"), which needs its own last entry.
 *
 * @param blockOffsets The block's offsets (see {@link spanOffsets}).
 * @param ends End offsets of the block text's characters.
 * @param from First character of the sentence in the block text.
 * @param to End of the sentence (exclusive, after `from`).
 * @returns Offsets, one more than the sentence's characters; the same values as `spanOffsets(starts, ends, from, to)`.
 */
function sentenceOffsets(blockOffsets: Uint32Array, ends: number[], from: number, to: number): Uint32Array {
  const view = blockOffsets.subarray(from, to + 1)
  if (view[to - from] === ends[to - 1]) return view
  const out = view.slice()
  out[to - from] = ends[to - 1]!
  return out
}

/**
 * Guarantee strictly increasing start offsets and ends after starts. The
 * alignment already gives that; this guards against positions a future
 * parser version might report differently.
 *
 * @param starts Start offsets; changed in place.
 * @param ends End offsets; changed in place.
 */
function ensureIncreasing(starts: number[], ends: number[]): void {
  for (let i = 0; i < starts.length; i++) {
    if (i > 0 && starts[i]! <= starts[i - 1]!) starts[i] = starts[i - 1]! + 1
    if (ends[i]! <= starts[i]!) ends[i] = starts[i]! + 1
  }
}
