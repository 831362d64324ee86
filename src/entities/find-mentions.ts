/**
 * Name finder: capitalised word sequences, lower-case names introduced by an
 * appositive, tickers; then refiners that drop what only looks like a name
 * (Title Case headings, sentence-initial capitals, jargon, quoted slogans).
 */
import type { MarkdownDocument } from '../markdown/types.js'
import { tokenize } from './tokenize.js'
import type { Mention } from './types.js'
import type { EntitySchema } from './schema.js'
import { acronymLongForm } from './acronym.js'
import { bylineNames } from './mentions/byline-names.js'
import { capitalisedRuns, cleanRun } from './mentions/capitalised-names.js'
import { codeIdentifiers } from './mentions/code-identifiers.js'
import { withoutCommunityWords } from './mentions/community-words.js'
import { compoundParts } from './mentions/compound-parts.js'
import { coordinatedNames } from './mentions/coordinated-names.js'
import { currencyPrefix } from './mentions/currency-prefix.js'
import { gluedWords } from './mentions/glued-words.js'
import { isTitleCaseHeadline } from '../names/index.js'
import { initialRole } from './mentions/initial-role.js'
import { jargonAcronyms } from './mentions/jargon-acronyms.js'
import { keepCandidate } from './mentions/keep-candidate.js'
import { findLexiconNames } from './mentions/lexicon-names.js'
import { licenceWords } from './mentions/licence-words.js'
import { findLowerCaseNames } from './mentions/lower-case-names.js'
import { withoutOverlaps } from './mentions/overlaps.js'
import { findPossessedBodies } from './mentions/possessed-bodies.js'
import { placeFragment } from './mentions/place-fragment.js'
import type { MentionRefiner } from './mentions/refiner.js'
import { sentenceEnd } from './mentions/sentence-end.js'
import { shapeCues } from './mentions/shape-cues.js'
import { shoutedWords } from './mentions/shouted-words.js'
import { titleCaseJargon } from './mentions/title-case-jargon.js'
import { collectWordUse } from './mentions/word-use.js'

/**
 * Refiners for names that only look like names, in order (chrono's
 * configuration is the model: each takes and returns the candidates).
 */
export const REFINERS: MentionRefiner[] = [
  // Spans first: a candidate cut wrongly is fixed before anything judges its words.
  // A name across a sentence end splits before "&" and "of" are looked at inside it.
  sentenceEnd,
  coordinatedNames,
  compoundParts,
  // Glued words need the document's other names, which the splits above may have freed.
  gluedWords,
  placeFragment,
  // Then words: after the spans are right, drop or trim what is no name.
  currencyPrefix,
  initialRole,
  licenceWords,
  codeIdentifiers,
  shoutedWords,
  // Last: jargon is judged on the final words of each candidate.
  titleCaseJargon
]

/**
 * Find entity mentions in every sentence of a document.
 *
 * @param doc Parsed document.
 * @param schema Entity cues (suffixes, jargon, roles, lexicon).
 * @returns Mentions in document order, non-overlapping within a sentence.
 */
export function findMentions(doc: MarkdownDocument, schema: EntitySchema): Mention[] {
  // Each sentence is tokenised once and its headline shape decided once; every pass below reuses them.
  const tokenised = doc.sentences.map((sentence) => {
    const tokens = tokenize(sentence.text)
    return { sentence, tokens, headline: sentence.kind === 'heading' || isTitleCaseHeadline(tokens, sentence) }
  })
  const { lowerCaseWords, bodyCapitalised } = collectWordUse(tokenised)
  const raw: Mention[] = []
  for (const { sentence, tokens, headline } of tokenised) {
    const byline = sentence.kind === 'paragraph' ? bylineNames(sentence) : []
    if (byline.length > 0) {
      raw.push(...byline)
      continue
    }
    const shape = { headline, firstWord: tokens[0]?.start ?? 0 }
    for (const run of capitalisedRuns(sentence, tokens)) {
      for (const candidate of cleanRun(sentence, tokens, run, schema, bodyCapitalised, shape)) raw.push(candidate)
    }
  }
  const lowerNames = findLowerCaseNames(tokenised, schema)
  // Jargon written with capitals in the body ("Decentralized Finance") vouches for no heading word.
  const bodyRaw = raw.filter((m) => m.position === 'body' && !schema.notNames.has(m.surface.toLowerCase()))
  const bodyNames = new Set(bodyRaw.map((m) => m.surface.toLowerCase()))
  for (const m of bodyRaw) for (const w of m.surface.toLowerCase().split(' ')) bodyNames.add(w)
  const kept = withoutCommunityWords(raw.filter((m) => keepCandidate(m, doc, bodyNames, lowerCaseWords, schema)))
  const possessed = findPossessedBodies(doc, kept, schema)
  const known = findLexiconNames(tokenised, schema)
  const jargon = jargonAcronyms(doc)
  let candidates = withoutOverlaps([...known, ...kept, ...lowerNames, ...possessed]).filter((m) => m.rule === 'name-lexicon' || !jargon.has(m.surface))
  const context = { doc, schema, names: new Set(candidates.map((m) => m.surface)), lowerCaseWords }
  for (const refiner of REFINERS) candidates = refiner.refine(candidates, context)
  return candidates
    // A refiner may leave jargon ("Series A" split off a name); a body's head word ("the Council") stays.
    .filter((m) => {
      const lower = (m.name ?? m.surface).toLowerCase()
      return m.surface.length > 0 && (!schema.notNames.has(lower) || schema.headAliasWords.has(lower))
    })
    .map((m) => {
      const text = doc.sentences[m.sentence]!.text
      return { ...m, cues: [...m.cues, ...shapeCues(m, schema, acronymLongForm(text, m.start, m.end) !== undefined, text)] }
    })
}
