/**
 * Refiner: words inside a bare URL or e-mail address ("discord.gg/XyZ12ab",
 * "maria@orbit.example") are paths and hosts, not names.
 */
import type { MentionRefiner } from './refiner.js'
import { sentenceOf } from './refiner.js'

/**
 * Whether the whitespace-delimited chunk around `start`–`end` is a URL or an address.
 *
 * @param text Sentence text.
 * @param start Start of the mention.
 * @param end End of the mention.
 * @returns Whether the mention sits inside one.
 */
export function insideUrl(text: string, start: number, end: number): boolean {
  const before = /\S*$/u.exec(text.slice(Math.max(0, start - 200), start))![0]
  const after = /^\S*/u.exec(text.slice(end, end + 200))![0]
  const chunk = before + text.slice(start, end) + after
  // A path after a host written without a scheme ("pic.example.com/Xy12Ab"), or inside markup around the link.
  if (/(?:^|[^\w.])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/[\w./-]*$/i.test(before)) return true
  return /^<?(?:[a-z][a-z+.-]*:\/\/|www\.)/i.test(chunk) || (/@/.test(chunk) && /^<?[\w.+-]+@[\w-]+\.[\w.]+>?$/u.test(chunk))
}

/** Drops candidates inside bare URLs and addresses. */
export const urlParts: MentionRefiner = {
  id: 'url-parts',
  refine(mentions, context) {
    return mentions.filter((m) => m.rule === 'name-lexicon' || !insideUrl(sentenceOf(m, context), m.start, m.end))
  }
}
