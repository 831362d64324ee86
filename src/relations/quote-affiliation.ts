/**
 * The speaker's affiliation an attribution states: "said Maria Lopez,
 * co-founder and CEO at Orbit Labs", "Zeta founder Dr. Maria Lopez said",
 * "said Maria Lopez of Orbit Labs", "— Maria Lopez, Orbit Labs".
 */
import { ROLE_NOUN } from './quote-cues.js'
import { mentionsIn, type BlockView, type PlacedMention } from './quote-speaker.js'
import type { RelationFact } from './match.js'

/** An affiliation found in an attribution, in block coordinates. */
export interface FoundAffiliation {
  /** The organisations (several when coordinated: "founder of Zeta and Omicron"). */
  organisations: PlacedMention[]
  /** Span of the statement ("Maria Lopez, CEO of Orbit Labs") in the block text. */
  start: number
  end: number
  rule: string
}

/** Confidence of an affiliation stated in an attribution. */
export const QUOTE_AFFILIATION_CONFIDENCE = 0.8

const DETERMINER = String.raw`(?:(?:the|an?|its|their|our)\s+)?`
const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame|Rev)\.?\s+)?`
const ROLE_RE = new RegExp(String.raw`\b${ROLE_NOUN}\b`, 'i')
/** Prepositions that place a role at an organisation, the strongest first. */
const ROLE_PREPOSITIONS = ['at', 'with', 'for', 'from', 'of', 'in']
/** A preposition right before an organisation's name. */
const PREPOSITION_BEFORE = new RegExp(String.raw`\b(${ROLE_PREPOSITIONS.join('|')})\s+(?:the\s+)?$`, 'i')
/** A past role is no affiliation ("a former CEO of Orbit Labs"). */
const FORMER = /\b(?:former|formerly|ex-|previously|once)\b/i
/** Only a title (or nothing) between a role and the person: "Zeta founder Dr. Maria Lopez". */
const ROLE_THEN_PERSON = new RegExp(String.raw`^(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?${ROLE_NOUN}\s*,?\s+${TITLE}$`, 'i')
/** "CEO at Orbit Labs, Maria Lopez": a role at an organisation right before the person. */
const ROLE_AT_BEFORE = new RegExp(String.raw`\b${ROLE_NOUN}\s+(?:at|with|of|for|from)\s+(?:the\s+)?$`, 'i')

/**
 * The affiliation the attribution around a speaker states, if any: an
 * appositive with a role at an organisation after the name, the organisation
 * and role before it, "of/from X" right after it, or (after a dash) the
 * organisation alone after a comma.
 *
 * @param view Block holding the attribution.
 * @param speaker Mention of the speaker (a person).
 * @param start Start of the attribution in the block text.
 * @param end End of the attribution.
 * @param dash Whether the attribution is a dash line ("— Maria Lopez, Orbit Labs").
 * @returns The affiliation, or undefined.
 */
export function affiliationIn(view: BlockView, speaker: PlacedMention, start: number, end: number, dash: boolean): FoundAffiliation | undefined {
  const text = view.text
  const others = mentionsIn(view, start, end).filter((m) => m.entity !== speaker.entity)
  // After the name: ", co-founder and CEO at Orbit Labs" up to the end of the appositive.
  const appositive = new RegExp(String.raw`^\s*[,;]\s+${DETERMINER}`, 'i').exec(text.slice(speaker.end, end))
  if (appositive) {
    const from = speaker.end + appositive[0].length
    const stop = appositiveEnd(text, from, end, others)
    const inside = others.filter((m) => m.pos >= from && m.end <= stop)
    let best: { m: PlacedMention; rank: number } | undefined
    for (const m of inside) {
      const lead = text.slice(from, m.pos)
      const prep = PREPOSITION_BEFORE.exec(lead)
      if (prep && ROLE_RE.test(lead) && !FORMER.test(lead)) {
        const rank = ROLE_PREPOSITIONS.indexOf(prep[1]!.toLowerCase())
        if (!best || rank <= best.rank) best = { m, rank }
      }
    }
    if (best) {
      const organisations = coordinated(text, inside, best.m, 1)
      return { organisations, start: speaker.pos, end: organisations[organisations.length - 1]!.end, rule: 'quote-affiliation-role-at' }
    }
    const first = inside[0]
    if (first && text.slice(from, first.pos).trim() === '') {
      // ", Orbit Labs' CEO" / ", Zeta and Omicron founder"; after a dash, ", Orbit Labs" alone.
      const organisations = coordinated(text, inside, first, 1)
      const last = organisations[organisations.length - 1]!
      const rest = text.slice(last.end, stop)
      if (new RegExp(String.raw`^(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?${ROLE_NOUN}\b`, 'i').test(rest)) return { organisations, start: speaker.pos, end: stop, rule: 'quote-affiliation-org-role' }
      if (dash && /^[\s.]*$/.test(rest)) return { organisations, start: speaker.pos, end: last.end, rule: 'quote-affiliation-dash' }
    }
    const signed = signatureOrganisation(text, from, end, others)
    if (signed) return { organisations: [signed], start: speaker.pos, end: signed.end, rule: 'quote-affiliation-signature' }
  }
  // Right after the name: "Maria Lopez of Orbit Labs", "Maria Lopez from Orbit Labs".
  const next = others.find((m) => m.pos >= speaker.end)
  if (next && /^\s+(?:of|from|at)\s+(?:the\s+)?$/i.test(text.slice(speaker.end, next.pos))) {
    return { organisations: [next], start: speaker.pos, end: next.end, rule: 'quote-affiliation-of' }
  }
  // Before the name: "Zeta founder Dr. Maria Lopez", "Zeta's CEO Maria Lopez", "CEO at Zeta, Maria Lopez".
  const before = others.filter((m) => m.end <= speaker.pos)
  const previous = before[before.length - 1]
  if (previous) {
    const between = text.slice(previous.end, speaker.pos)
    const organisations = coordinated(text, before, previous, -1)
    const first = organisations[organisations.length - 1]!
    if (ROLE_THEN_PERSON.test(between)) return { organisations, start: first.pos, end: speaker.end, rule: 'quote-affiliation-org-role' }
    if (/^\s*,\s+$/.test(between.replace(new RegExp(TITLE + '$'), ' ')) && ROLE_AT_BEFORE.test(text.slice(start, first.pos))) {
      return { organisations, start: first.pos, end: speaker.end, rule: 'quote-affiliation-role-at' }
    }
  }
  return undefined
}

/** Titles of a founder or creator. */
const FOUNDER_TITLE = /\b(?:co-?\s?)?(?:founder|founding|creator)/i
/** Words that make a segment of a signature a clause, not a title or department. */
const CLAUSE_WORD = /\b(?:who|which|that|said|says|added|adds|in|on|to|during|when|while|former|formerly|previously)\b/i

/**
 * The organisation closing a signature of title and departments: "Maria
 * Lopez, Vice President, Cloud Platform and Tools, Orbit Research" or "Maria
 * Lopez; VP, Tools; Orbit Labs". The first segment after the name is a role
 * (and holds no name), each segment is short and no clause, and the last is
 * the organisation's name alone, right before the end of the attribution.
 *
 * @param text Block text.
 * @param from Start of the appositive after the name.
 * @param end End of the attribution.
 * @param mentions Mentions in the attribution, in text order.
 * @returns The organisation's mention, or undefined.
 */
function signatureOrganisation(text: string, from: number, end: number, mentions: PlacedMention[]): PlacedMention | undefined {
  let stop = end
  for (let i = from; i < end; i++) {
    if (mentions.some((m) => i >= m.pos && i < m.end)) continue
    if (/[.!?()"“”]/.test(text[i]!) && (i + 1 >= text.length || /[\s"”]/.test(text[i + 1]!) || /[()"“”]/.test(text[i]!))) {
      stop = i
      break
    }
  }
  const inside = mentions.filter((m) => m.pos >= from && m.end <= stop)
  const last = inside[inside.length - 1]
  if (!last || !/^\s*$/.test(text.slice(last.end, stop)) || !/[,;]\s*(?:the\s+)?$/i.test(text.slice(from, last.pos))) return undefined
  const segments = text.slice(from, last.pos).replace(/[,;]\s*(?:the\s+)?$/i, '').split(/[;,]/)
  const title = segments[0]!
  // A founder's title gives foundedBy (the frame's signature rule), not an affiliation too.
  if (segments.length > 4 || !ROLE_RE.test(title) || FOUNDER_TITLE.test(title) || inside.some((m) => m.pos < from + title.length)) return undefined
  if (segments.some((g) => g.trim().split(/\s+/).length > 7 || CLAUSE_WORD.test(g))) return undefined
  return last
}

/**
 * A mention and those coordinated with it ("Zeta and Omicron", "Zeta,
 * Omicron and Orbit Labs"), walking forwards or backwards.
 *
 * @param text Block text.
 * @param mentions Mentions to walk, in text order.
 * @param from The mention to start from.
 * @param step 1 forwards, -1 backwards.
 * @returns The coordinated mentions, `from` first.
 */
function coordinated(text: string, mentions: PlacedMention[], from: PlacedMention, step: 1 | -1): PlacedMention[] {
  const out = [from]
  for (let i = mentions.indexOf(from) + step; i >= 0 && i < mentions.length; i += step) {
    const [a, b] = step === 1 ? [out[out.length - 1]!, mentions[i]!] : [mentions[i]!, out[out.length - 1]!]
    if (!/^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)(?:the\s+)?$/.test(text.slice(a.end, b.pos))) break
    out.push(mentions[i]!)
  }
  return out
}

/**
 * Where an appositive after a speaker's name ends: at a sentence end, a
 * semicolon or bracket, or a comma that is not inside the organisation's
 * name.
 *
 * @param text Block text.
 * @param from Start of the appositive.
 * @param end End of the attribution.
 * @param mentions Mentions in the attribution (commas inside them do not end it).
 * @returns End offset.
 */
function appositiveEnd(text: string, from: number, end: number, mentions: PlacedMention[]): number {
  for (let i = from; i < end; i++) {
    if (mentions.some((m) => i >= m.pos && i < m.end)) continue
    if (/[,;(]/.test(text[i]!) || (/[.!?]/.test(text[i]!) && (i + 1 >= text.length || /\s/.test(text[i + 1]!)))) return i
  }
  return end
}

/** An affiliation found for a quotation, ready to become a relation. */
export interface QuoteAffiliation {
  person: number
  organisation: number
  sentence: number
  /** Span in the sentence text. */
  start: number
  end: number
  rule: string
}

/**
 * The `affiliatedWith` relations quotations' attributions state, one per
 * statement (multi-part quotes share one).
 *
 * @param affiliations Affiliations of attributed quotations.
 * @returns Relation facts with evidence spans and rule ids.
 */
export function affiliationFacts(affiliations: QuoteAffiliation[]): RelationFact[] {
  const seen = new Set<string>()
  const out: RelationFact[] = []
  for (const a of affiliations) {
    const key = `${a.person}|${a.organisation}|${a.sentence}|${a.start}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({
      subject: { entity: a.person },
      predicate: 'affiliatedWith',
      object: { entity: a.organisation },
      rule: a.rule,
      confidence: QUOTE_AFFILIATION_CONFIDENCE,
      sentence: a.sentence,
      start: a.start,
      end: a.end,
      resolved: []
    })
  }
  return out
}
