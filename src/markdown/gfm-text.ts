/**
 * A unified plugin: GitHub Flavored Markdown — tables, strikethrough,
 * footnotes, task lists and, when asked, autolink literals.
 */
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Processor } from 'unified'

/** Options of {@link remarkGfmText}. */
export interface GfmTextOptions {
  /**
   * Parse bare URLs (`https://…`, `www.…`) and e-mail addresses as links
   * (default: `true`), as remark-gfm does.
   */
  autolinkLiterals?: boolean
}

/**
 * Add GFM to remark-parse: what remark-gfm adds, with autolink literals
 * optional.
 *
 * Looking for an e-mail autolink at every letter is half of remark-gfm's
 * parse time. A document without a URL is parsed the same either way,
 * except for e-mail addresses, which stay text; so the parser turns
 * autolink literals on only for documents that contain `://` or `www.`
 * (see `parseMarkdown`). Inside a bare URL that is not parsed as a link,
 * `_`, `*` and `~` would be read as emphasis.
 *
 * @this Processor
 * @param options Whether to parse autolink literals.
 */
export function remarkGfmText(this: Processor, options?: GfmTextOptions | null): void {
  const autolinks = options?.autolinkLiterals ?? true
  const data = this.data()
  const micromarkExtensions = (data.micromarkExtensions ??= [])
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= [])
  // The same order as remark-gfm: autolink literals first.
  if (autolinks) {
    micromarkExtensions.push(gfmAutolinkLiteral())
    fromMarkdownExtensions.push(gfmAutolinkLiteralFromMarkdown())
  }
  micromarkExtensions.push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem())
  fromMarkdownExtensions.push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown())
}
