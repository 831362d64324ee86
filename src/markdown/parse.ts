/**
 * Markdown → document: blocks and sentences with every character mapped
 * back to its offset in the original markdown.
 */
import type { Nodes, Parent, Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parse as parseYaml } from 'yaml'
import { documentDate } from './document-date.js'
import { lineStarts } from './position.js'
import { splitSentences } from './sentences.js'
import type { Block, BlockKind, MarkdownDocument, Sentence, TextSpan } from './types.js'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml'])

/**
 * Parse a markdown article.
 *
 * @param source Markdown source (kept unchanged; offsets point into it).
 * @returns The document.
 */
export function parseMarkdown(original: string): MarkdownDocument {
  // The parser drops a byte-order mark from its positions: parse without it, shift offsets back after.
  const bom = original.charCodeAt(0) === 0xfeff ? 1 : 0
  const source = bom ? original.slice(1) : original
  const tree = processor.parse(source) as Root
  const blocks: Block[] = []
  const sentences: Sentence[] = []
  const headings: Array<{ depth: number; text: string }> = []
  let frontmatter: Record<string, unknown> | undefined
  let title: string | undefined

  const addBlock = (span: TextSpan, kind: BlockKind, depth?: number): void => {
    if (!/[\p{L}\p{N}]/u.test(span.text)) return
    const section = headings.map((h) => h.text)
    const block: Block = { ...span, index: blocks.length, kind, section, sentences: [] }
    if (depth !== undefined) block.depth = depth
    const parts = kind === 'heading' || kind === 'tableCell' ? [{ start: 0, end: span.text.length }] : splitSentences(span.text)
    for (const part of parts) {
      const trimmed = trimSpan(span, part.start, part.end)
      if (!trimmed) continue
      block.sentences.push(sentences.length)
      sentences.push({ ...trimmed.span, index: sentences.length, block: block.index, kind, section, blockOffset: trimmed.start })
    }
    blocks.push(block)
  }

  const walk = (node: Nodes, container: BlockKind): void => {
    switch (node.type) {
      case 'yaml': {
        try {
          const value: unknown = parseYaml(node.value)
          if (value && typeof value === 'object' && !Array.isArray(value)) frontmatter = value as Record<string, unknown>
        } catch {
          // Broken frontmatter is ignored, not fatal: the article is still text.
        }
        return
      }
      case 'heading': {
        const span = inlineText(node, source)
        const text = span.text.trim()
        while (headings.length > 0 && headings[headings.length - 1]!.depth >= node.depth) headings.pop()
        headings.push({ depth: node.depth, text })
        if (node.depth === 1 && title === undefined && text) title = text
        addBlock(span, 'heading', node.depth)
        return
      }
      case 'paragraph':
        addBlock(inlineText(node, source), container)
        return
      case 'tableCell':
        addBlock(inlineText(node, source), 'tableCell')
        return
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return
      case 'blockquote':
        for (const child of node.children) walk(child as Nodes, 'blockquote')
        return
      case 'listItem':
        for (const child of node.children) walk(child as Nodes, container === 'blockquote' ? 'blockquote' : 'listItem')
        return
      default:
        if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes, container)
    }
  }
  walk(tree, 'paragraph')
  if (bom) for (const span of [...blocks, ...sentences]) span.offsets = span.offsets.map((o) => o + bom)
  const doc: MarkdownDocument = { source: original, blocks, sentences, lineStarts: lineStarts(original) }
  if (title !== undefined) doc.title = title
  if (frontmatter) doc.frontmatter = frontmatter
  const date = documentDate(title, frontmatter, blocks[0]?.text)
  if (date) doc.date = date
  return doc
}

/**
 * The text of an inline container with a source offset per character.
 * Markdown syntax between text nodes is skipped; line breaks become spaces.
 *
 * @param node Heading, paragraph or table cell.
 * @param source Markdown source.
 * @returns Text span.
 */
function inlineText(node: Parent, source: string): TextSpan {
  let text = ''
  const offsets: number[] = []
  let end = node.position?.end.offset ?? 0
  const visit = (child: Nodes): void => {
    if (child.type === 'text' || child.type === 'inlineCode') {
      const start = child.position?.start.offset
      const stop = child.position?.end.offset
      if (start === undefined || stop === undefined) return
      const raw = source.slice(start, stop)
      const value = child.value
      const map = child.type === 'inlineCode' ? alignCode(raw, value, start) : align(raw, value, start)
      for (let i = 0; i < value.length; i++) {
        const c = value[i]!
        // CRLF is one line break: one space in the text.
        if (c === '\r' && value[i + 1] === '\n') continue
        text += c === '\n' || c === '\r' || c === '\t' ? ' ' : c
        offsets.push(map[i]!)
      }
      end = stop
      return
    }
    if (child.type === 'break') {
      const at = child.position?.start.offset ?? end
      text += ' '
      offsets.push(at)
      return
    }
    if (child.type === 'image' || child.type === 'html' || child.type === 'imageReference' || child.type === 'footnoteReference') return
    if ('children' in child) for (const c of (child as Parent).children) visit(c as Nodes)
  }
  for (const child of node.children) visit(child as Nodes)
  // Offsets must increase strictly so that every slice is well defined.
  for (let i = 1; i < offsets.length; i++) if (offsets[i]! <= offsets[i - 1]!) offsets[i] = offsets[i - 1]! + 1
  const last = offsets.length ? offsets[offsets.length - 1]! + 1 : end
  offsets.push(Math.max(last, Math.min(end, source.length)))
  return { text, offsets }
}

/**
 * Map each character of a text node's value to its source offset, stepping
 * over backslash escapes and character references that the value resolved.
 *
 * @param raw Source slice of the node.
 * @param value The node's value.
 * @param base Offset of `raw` in the source.
 * @returns Source offset of every value character.
 */
function align(raw: string, value: string, base: number): number[] {
  const map: number[] = new Array(value.length)
  if (raw.length === value.length) {
    for (let i = 0; i < value.length; i++) map[i] = base + i
    return map
  }
  let r = 0
  for (let v = 0; v < value.length; v++) {
    const c = value[v]!
    if (raw[r] === c) {
      map[v] = base + r++
      continue
    }
    if (raw[r] === '\\' && raw[r + 1] === c) {
      map[v] = base + r + 1
      r += 2
      continue
    }
    const ref = /^&(?:#\d+|#x[\da-f]+|\w+);/i.exec(raw.slice(r, r + 40))
    if (ref) {
      map[v] = base + r
      // A reference may decode to two UTF-16 units; the second shares the offset.
      if (value.codePointAt(v)! > 0xffff) map[++v] = base + r
      r += ref[0].length
      continue
    }
    // Anything else (a line prefix like "> " inside a blockquote paragraph): skip source until it lines up.
    const found = raw.indexOf(c, r)
    if (found >= 0 && found - r < 16) r = found
    map[v] = base + Math.min(r, raw.length - 1)
    r++
  }
  return map
}

/**
 * Map an inline code value to the source: the value sits between backticks.
 *
 * @param raw Source slice including backticks.
 * @param value Code value.
 * @param base Offset of `raw`.
 * @returns Source offsets.
 */
function alignCode(raw: string, value: string, base: number): number[] {
  const at = raw.indexOf(value)
  const start = at >= 0 ? at : raw.search(/[^`]/)
  return Array.from({ length: value.length }, (_, i) => base + Math.min(raw.length - 1, Math.max(0, start) + i))
}

/**
 * Trim a sub-span of a text span and slice its offsets.
 *
 * @param span Text span.
 * @param start Start.
 * @param end End.
 * @returns The trimmed sub-span with its start in the parent, or undefined when empty.
 */
function trimSpan(span: TextSpan, start: number, end: number): { span: TextSpan; start: number } | undefined {
  let s = start
  let e = end
  while (s < e && /\s/.test(span.text[s]!)) s++
  while (e > s && /\s/.test(span.text[e - 1]!)) e--
  if (e <= s) return undefined
  return { span: { text: span.text.slice(s, e), offsets: [...span.offsets.slice(s, e), span.offsets[e - 1]! + 1] }, start: s }
}
