/**
 * A unified plugin: GitHub Flavored Markdown as far as it changes an
 * article's text — tables, strikethrough, footnotes, task lists — without
 * autolink literals.
 */
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import type { Processor } from 'unified'

/**
 * Add GFM tables, strikethrough, footnotes and task list items to
 * remark-parse (what remark-gfm adds, less autolink literals).
 *
 * A bare URL or e-mail address has the same text whether or not it becomes
 * a link node, and looking for one at every letter is half of remark-gfm's
 * parse time; so bare URLs stay plain text. Use remark-gfm itself when the
 * link nodes matter.
 *
 * @this Processor
 */
export function remarkGfmText(this: Processor): void {
  const data = this.data()
  const micromarkExtensions = (data.micromarkExtensions ??= [])
  const fromMarkdownExtensions = (data.fromMarkdownExtensions ??= [])
  micromarkExtensions.push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem())
  fromMarkdownExtensions.push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown())
}
