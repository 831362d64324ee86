/**
 * First person: whom "we", "our" and "us" stand for. A press release or a
 * project blog speaks for one organisation, its publisher; the article makes
 * it clear by a publisher line ("Orbit Labs, 2019-10-07"), a title with the
 * organisation as subject ("Orbit Labs joins …"), the organisation
 * announcing in the lead ("Orbit Labs today announced …"), an "About Orbit
 * Labs" section, or by naming "our new project, X". Inside an "About X"
 * section "we" is X; inside a quotation it is the speaker's, and is left
 * unresolved.
 */
import type { MarkdownDocument } from '../markdown/types.js'
import type { Mention } from '../entities/types.js'
import { findQuoteSpans, type QuoteSpan } from './quote-spans.js'

/** Words of the first person plural that may stand for the publisher. */
export const FIRST_PERSON_WORDS = ['we', 'our', 'us', 'ourselves']

/** Types an organisation speaking in the first person may have. */
const SPEAKER_TYPES = ['Organization', 'Project', 'Network']

/** Verbs and phrases with which the publisher announces in its lead ("today announced", "is pleased to announce"). */
const ANNOUNCING = /^(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;]{1,160},)?\s+(?:today\s+|has\s+|have\s+|also\s+)?(?:announced|announces|unveiled|unveils|launched|launches|is\s+(?:pleased|excited|proud|thrilled|delighted|happy)\s+to)\b/i
/** A title whose subject is the name: "Orbit Labs joins …", "Orbit Labs Announces …". */
const TITLE_VERB = /^\s+(?:[a-z]+s|has|is)\b/i
/** The end of a title before the other party of a subjectless headline ("Announcing a Partnership with …"). */
const TITLE_OBJECT = /\b(?:with|from|of|to|for|by|in)\s+(?:the\s+)?$/i
/** "About Orbit Labs", the boilerplate of a press release. */
const ABOUT = /^\s*about\s+(?:the\s+)?/i
/** A paragraph led by "About X:" in bold or plain ("**About Orbit Labs:** Orbit Labs is …"). */
const ABOUT_LEAD = /^\s*(?:\*\*|__)?\s*about\s+(?:the\s+)?([^*_:\n]{2,60}?)\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:?|:)/i
/** "our new project, X", "we are X". */
const OWN_NAME = /(?:\bour\s+(?:new\s+)?(?:project|company|organi[sz]ation|initiative|foundation|team|group|venture|startup)\s*,?\s*|\bwe\s+are\s+)$/i
/** A publisher line: the name, a comma or dash, a date or place. */
const PUBLISHER_LINE = /^\s*[,–—-]\s*(?:\d{4}|\d{1,2}\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i

/** A name for comparison: lower case, without marks such as ® or the ### of a plain-text heading. */
function normalise(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}.&' -]+/gu, ' ').replace(/\s+/g, ' ').trim()
}

/** Whom the first person stands for in one document. */
export interface FirstPerson {
  /** The publisher, if the article makes it clear. */
  publisher: number | undefined
  /**
   * The entity "we" stands for at a point of the text: the subject of the
   * "About X" section holding it, else the publisher; none inside a quotation.
   *
   * @param sentence Sentence index.
   * @param position Offset of the pronoun in the sentence text.
   * @returns Entity id, or undefined.
   */
  resolve(sentence: number, position: number): number | undefined
}

/** Options of {@link firstPerson}. */
export interface FirstPersonOptions {
  /** Fewest points a publisher needs (default 4: more than being the most mentioned name). */
  minScore?: number
}

/**
 * Find whom the first person stands for.
 *
 * @param doc Document.
 * @param mentions Mentions, in document order.
 * @param mentionEntity Entity of each mention (-1: none).
 * @param typeOf Type of an entity.
 * @param options Options (see {@link FirstPersonOptions}).
 * @returns The resolver.
 */
export function firstPerson(doc: MarkdownDocument, mentions: Mention[], mentionEntity: number[], typeOf: (entity: number) => string, options?: FirstPersonOptions): FirstPerson {
  const minScore = options?.minScore ?? 4
  const score = new Map<number, number>()
  /** Entities with a signal of their own (frequency and a mention in the title are not enough). */
  const signalled = new Set<number>()
  const add = (id: number, points: number, signal = false): void => {
    if (id < 0 || !SPEAKER_TYPES.includes(typeOf(id))) return
    score.set(id, (score.get(id) ?? 0) + points)
    if (signal) signalled.add(id)
  }
  const counts = new Map<number, number>()
  const aboutSections: Array<{ heading: string; entity: number }> = []
  const firstBody = doc.sentences.find((s) => s.kind !== 'heading')?.index ?? 0
  /** Whether the mention before (same sentence) announces: "X and Y announced" gives both. */
  let announcedNext = -1
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!
    const id = mentionEntity[i] ?? -1
    if (id < 0) continue
    const sentence = doc.sentences[m.sentence]!
    const before = sentence.text.slice(0, m.start)
    const after = sentence.text.slice(m.end)
    if (m.position !== 'heading') counts.set(id, (counts.get(id) ?? 0) + 1)
    if (sentence.kind === 'heading') {
      if (ABOUT.test(sentence.text)) {
        // "About X" headings are read below, by name (a Title Case heading may hold no mention).
      } else if (m.sentence === 0 || sentence.text === doc.title) {
        // "Orbit Labs joins …" names the publisher; "… a partnership with Orbit Labs" names the other party.
        if (before.trim() === '' && TITLE_VERB.test(after)) add(id, 3, true)
        else add(id, TITLE_OBJECT.test(before) ? -2 : 1)
      }
      continue
    }
    if (OWN_NAME.test(before)) add(id, 4, true)
    const lead = m.sentence - firstBody < 4
    const announces = lead && (ANNOUNCING.test(after) || (announcedNext >= 0 && mentions[announcedNext]!.sentence === m.sentence && /^\s*(?:,|,?\s+(?:and|&))\s+(?:the\s+)?$/i.test(sentence.text.slice(m.end, mentions[announcedNext]!.start))))
    if (announces) add(id, 5, true)
    announcedNext = announces ? i : -1
    if (before.trim() === '' && PUBLISHER_LINE.test(after) && sentence.text.length < 60) add(id, 3, true)
  }
  // "About X" (the boilerplate of a press release): X by its name, as written anywhere in the article.
  const surfaces = new Map<string, number>()
  mentions.forEach((m, i) => {
    const id = mentionEntity[i] ?? -1
    if (id >= 0) surfaces.set(normalise(m.surface), id)
  })
  for (const sentence of doc.sentences) {
    if (sentence.kind !== 'heading' || !ABOUT.test(sentence.text)) continue
    const id = surfaces.get(normalise(sentence.text.replace(ABOUT, '')))
    if (id === undefined) continue
    aboutSections.push({ heading: sentence.text, entity: id })
    add(id, 3, true)
  }
  // "**About Orbit Labs:** We invest …": a paragraph led by "About X" is the boilerplate of X (X by its name, as above).
  const aboutBlocks = new Map<number, number>()
  for (const sentence of doc.sentences) {
    if (sentence.kind === 'heading' || aboutBlocks.has(sentence.block) || sentence.blockOffset !== 0) continue
    const lead = ABOUT_LEAD.exec(sentence.text)
    if (!lead) continue
    const id = surfaces.get(normalise(lead[1]!))
    if (id !== undefined) aboutBlocks.set(sentence.block, id)
  }
  // A title that opens with a name: "Orbit Browser Update" (the name may be a shorter one than the title's mention).
  const title = doc.title ?? ''
  const names = new Map<number, string>()
  mentions.forEach((m, i) => {
    const id = mentionEntity[i] ?? -1
    if (id >= 0 && m.position !== 'heading' && !names.has(id) && title.startsWith(`${m.surface} `) && !TITLE_VERB.test(title.slice(m.surface.length))) names.set(id, m.surface)
  })
  for (const id of names.keys()) add(id, 2, true)
  // The most mentioned names get up to 3 points; types that speak for themselves more often, one more.
  let most = 0
  for (const n of counts.values()) if (n > most) most = n
  for (const [id, n] of counts) if (most > 0) add(id, (3 * n) / most + (typeOf(id) === 'Organization' ? 1 : 0))
  const ranked = [...score.entries()].filter(([id]) => signalled.has(id)).sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  const publisher = best && best[1] >= minScore && (!second || best[1] > second[1]) ? best[0] : undefined
  const quotes = new Map<number, QuoteSpan[]>()
  return {
    publisher,
    resolve(sentenceIndex, position) {
      const sentence = doc.sentences[sentenceIndex]
      if (!sentence || sentence.kind === 'blockquote') return undefined
      const block = doc.blocks[sentence.block]
      if (block) {
        let spans = quotes.get(block.index)
        if (!spans) quotes.set(block.index, (spans = findQuoteSpans(block.text)))
        const at = sentence.blockOffset + position
        if (spans.some((q) => q.open <= at && at < q.close)) return undefined
      }
      const about = aboutSections.find((a) => sentence.section.includes(a.heading))
      return about ? about.entity : (aboutBlocks.get(sentence.block) ?? publisher)
    }
  }
}
