/**
 * Quotation attribution: a double-quoted passage of several words and the
 * entity that said it ("…," said Dr. Maria Lopez; Maria Lopez's concluding
 * words …: "…"; A Zeta representative revealed, "…").
 */
import type { MarkdownDocument } from '../markdown/types.js'
import type { Mention } from '../entities/types.js'

/** A quotation with its speaker. */
export interface QuoteFact {
  speaker: number
  text: string
  block: number
  /** Span of the quoted text (without the quote marks) in the block text. */
  start: number
  end: number
  rule: string
}

const QUOTE = /"([^"]{12,})"|“([^”]{12,})”/g
const SPEECH_AFTER = /^[\s,.!?]*(?:[—–-]\s*)?(?:said|says|stated|states|noted|notes|added|adds|explained|explains|commented|comments|remarked|remarks|observed|observes|shared|shares|highlighted|highlights|emphasi[sz]ed|emphasi[sz]es|told|wrote|writes|tweeted|lauded|declared|announced|affirmed|concluded|insisted|argued|continued|according to|asserted|claimed|pointed out|mentioned|revealed|quipped)\b/i
const SPEECH_BEFORE = /(?:said|says|stated|noted|added|explained|commented|remarked|remarking|observed|shared|highlighted|emphasi[sz]ed|told|wrote|tweeted|lauded|declared|announced|affirmed|concluded|insisted|argued|asserted|claimed|mentioned|revealed|saying|puts it|put it|words|remarks|comments|statement|relayed by|according to|quoted)\b[^"“]*$|[:,]\s*$/i
const ROLE_AFTER_NAME = /^\s+(?:representative|spokesperson|spokesman|spokeswoman|member|developer|official|executive|team|founder|co-founder|ceo|cto|engineer|researcher)\b/i

/**
 * Find quotations and their speakers.
 *
 * @param doc Document.
 * @param mentions Mentions in document order.
 * @param entityOf Entity of a mention index (-1 when dropped).
 * @param typeOf Type of an entity.
 * @returns Attributed quotes.
 */
export function findQuotes(doc: MarkdownDocument, mentions: Mention[], entityOf: (mention: number) => number, typeOf: (entity: number) => string): QuoteFact[] {
  const out: QuoteFact[] = []
  const byBlock = new Map<number, Array<{ pos: number; end: number; entity: number }>>()
  mentions.forEach((m, i) => {
    const entity = entityOf(i)
    if (entity < 0) return
    const sentence = doc.sentences[m.sentence]!
    const list = byBlock.get(sentence.block) ?? []
    list.push({ pos: sentence.blockOffset + m.start, end: sentence.blockOffset + m.end, entity })
    byBlock.set(sentence.block, list)
  })
  for (const block of doc.blocks) {
    if (block.kind === 'heading') continue
    const inBlock = byBlock.get(block.index) ?? []
    for (const q of block.text.matchAll(QUOTE)) {
      const body = q[1] ?? q[2] ?? ''
      if (body.trim().split(/\s+/).length < 4) continue
      const qs = q.index ?? 0
      const qe = qs + q[0].length
      const beforeStart = Math.max(lastTerminator(block.text, qs), 0)
      const afterEnd = nextTerminator(block.text, qe)
      const after = block.text.slice(qe, afterEnd)
      const before = block.text.slice(beforeStart, qs)
      let speaker: number | undefined
      let rule = ''
      if (SPEECH_AFTER.test(after)) {
        speaker = pickSpeaker(inBlock.filter((m) => m.pos >= qe && m.end <= afterEnd), block.text, typeOf)
        rule = 'quote-speaker-after'
      }
      if (speaker === undefined && before.trim() && SPEECH_BEFORE.test(before)) {
        speaker = pickSpeaker(inBlock.filter((m) => m.pos >= beforeStart && m.end <= qs), block.text, typeOf)
        rule = 'quote-speaker-before'
      }
      if (speaker === undefined && before.trim()) {
        speaker = pickSpeaker(inBlock.filter((m) => m.pos >= beforeStart && m.end <= qs), block.text, typeOf, true)
        rule = 'quote-speaker-sentence-subject'
      }
      if (speaker === undefined) continue
      const offset = q[1] !== undefined ? 1 : 1
      out.push({ speaker, text: body.trim(), block: block.index, start: qs + offset, end: qe - 1, rule })
    }
  }
  return out
}

/**
 * The speaker among candidate mentions: the first person; else a name
 * followed by a role ("A Zeta representative"); else the first
 * organisation.
 *
 * @param candidates Mentions in the stretch, in order.
 * @param text Block text.
 * @param typeOf Type of an entity.
 * @param strict Only people and organisations (no role-named networks).
 * @returns Entity id or undefined.
 */
function pickSpeaker(candidates: Array<{ pos: number; end: number; entity: number }>, text: string, typeOf: (entity: number) => string, strict = false): number | undefined {
  const person = candidates.find((m) => typeOf(m.entity) === 'Person')
  if (person) return person.entity
  const roleNamed = candidates.find((m) => ROLE_AFTER_NAME.test(text.slice(m.end)))
  if (roleNamed && !strict) return roleNamed.entity
  const org = candidates.find((m) => typeOf(m.entity) === 'Organization')
  return org?.entity
}

/**
 * Start of the sentence holding a position: just after the last `.`, `!`
 * or `?` before it that is followed by a space.
 *
 * @param text Block text.
 * @param pos Position.
 * @returns Start offset.
 */
function lastTerminator(text: string, pos: number): number {
  for (let i = pos - 1; i > 0; i--) {
    if (/[.!?]/.test(text[i - 1]!) && /\s/.test(text[i]!)) return i
  }
  return 0
}

/**
 * End of the sentence after a position.
 *
 * @param text Block text.
 * @param pos Position.
 * @returns End offset (exclusive).
 */
function nextTerminator(text: string, pos: number): number {
  // A dot after a title or an initial ("Dr. Maria Lopez") does not end the sentence.
  const end = /(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr|\p{Lu}))[.!?](?=\s|$)|["“]/u.exec(text.slice(pos))
  return end ? pos + end.index + 1 : text.length
}
