/**
 * Mention finding as an ordered list of finders and refiners (chrono's
 * configuration is the model): finders propose candidates (lexicon names,
 * capitalised names, lower-case names, possessed bodies), overlaps and
 * defined jargon acronyms go, then refiners correct what only looks like a
 * name. Each finder and refiner lives in its own file under `mentions/`.
 */
import type { MarkdownDocument, Sentence } from '../markdown/types.js'
import { tokenize, type Token } from './tokenize.js'
import type { Mention, TypeCue } from './types.js'
import type { EntitySchema } from './schema.js'
import { acronymLongForm } from './acronym.js'
import { bridgedPairs } from './mentions/bridged-pairs.js'
import { capitalisedNames } from './mentions/capitalised-names.js'
import { codeIdentifiers } from './mentions/code-identifiers.js'
import { compoundParts } from './mentions/compound-parts.js'
import { coordinatedNames } from './mentions/coordinated-names.js'
import { currencyPrefix } from './mentions/currency-prefix.js'
import { gluedWords } from './mentions/glued-words.js'
import { hyphenNames } from './mentions/hyphen-names.js'
import { isTitleCaseHeadline } from '../names/index.js'
import { initialAbstractNouns } from './mentions/initial-abstract-nouns.js'
import { initialRole } from './mentions/initial-role.js'
import { jargonAcronyms } from './mentions/jargon-acronyms.js'
import type { MentionFinder } from './mentions/finder.js'
import type { TokenisedSentence } from './mentions/word-use.js'
import { lexiconNames } from './mentions/lexicon-names.js'
import { linkedNames } from './mentions/linked-names.js'
import { licenceWords } from './mentions/licence-words.js'
import { lowerCaseNames } from './mentions/lower-case-names.js'
import { withoutOverlaps } from './mentions/overlaps.js'
import { possessedBodies } from './mentions/possessed-bodies.js'
import { punctuatedNames } from './mentions/punctuated-names.js'
import { namePieces } from './mentions/name-pieces.js'
import { numberedLabels } from './mentions/numbered-labels.js'
import { officerTitles } from './mentions/officer-titles.js'
import { placeFragment } from './mentions/place-fragment.js'
import { placePairs } from './mentions/place-pairs.js'
import { urlParts } from './mentions/url-parts.js'
import { wordCompounds } from './mentions/word-compounds.js'
import { stateCodes } from './mentions/state-codes.js'
import { trailingDate } from './mentions/trailing-date.js'
import type { MentionRefiner } from './mentions/refiner.js'
import { sentenceEnd } from './mentions/sentence-end.js'
import { shapeCues } from './mentions/shape-cues.js'
import { shoutedHeadings } from './mentions/shouted-headings.js'
import { shoutedWords } from './mentions/shouted-words.js'
import { socialHandles } from './mentions/social-handles.js'
import { techAcronyms } from './mentions/tech-acronyms.js'
import { titleCaseJargon } from './mentions/title-case-jargon.js'
import { titleDepartments } from './mentions/title-departments.js'
import { verbSuffixes } from './mentions/verb-suffixes.js'
import { collectWordUse } from './mentions/word-use.js'

/**
 * Finders, in order (chrono's parsers). Where candidates overlap the longer
 * wins (a lexicon name by its own rules, see overlaps.ts); on equal spans the
 * earlier finder's does, so the order is a precedence: the user's lexicon
 * first (it knows names capitals cannot tell), then capitalised names, then
 * names cut by their punctuation ("Q(1) Labs", longer than its pieces), then
 * lower-case names, linked and package-style names and bodies named by a
 * possessive, which only add to them. `linked-names` and `possessed-bodies`
 * read what `capitalised-names` found, so they come after it.
 */
export const FINDERS: MentionFinder[] = [lexiconNames, capitalisedNames, punctuatedNames, lowerCaseNames, linkedNames, possessedBodies]

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
  // "Zeta-lightning" beside "Zeta-Lightning": the lower-case spelling is made whole before words are judged.
  hyphenNames,
  placeFragment,
  // A dateline's month glued to its place ("Vaud November 12") is cut before places are paired.
  trailingDate,
  placePairs,
  bridgedPairs,
  // A suffix read as a verb ("Zeta Partners with Orbix") is cut before words are judged.
  verbSuffixes,
  // Then words: after the spans are right, drop or trim what is no name.
  urlParts,
  socialHandles,
  wordCompounds,
  currencyPrefix,
  initialRole,
  titleDepartments,
  officerTitles,
  licenceWords,
  codeIdentifiers,
  // A heading in capitals first: its words go whole, before shouted words would trim them one by one.
  shoutedHeadings,
  shoutedWords,
  techAcronyms,
  stateCodes,
  numberedLabels,
  // After every trim: a piece left alone ("Technologies", "Silver Members") goes.
  namePieces,
  // On the final words: an abstract noun capitalised only where it starts a sentence ("Incentivization is …").
  initialAbstractNouns,
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
  // Each sentence's headline shape is decided once; its tokens are made again by each pass (see RetokenisedSentence).
  const tokenised = doc.sentences.map((sentence) => new RetokenisedSentence(sentence))
  const { lowerCaseWords, bodyCapitalised } = collectWordUse(tokenised)
  const findContext = { doc, schema, tokenised, lowerCaseWords, bodyCapitalised }
  const found = new Map<string, Mention[]>()
  for (const finder of FINDERS) found.set(finder.id, finder.find(findContext, found))
  const jargon = jargonAcronyms(doc)
  let candidates = withoutOverlaps([...found.values()].flat()).filter((m) => m.rule === 'name-lexicon' || !jargon.has(m.surface))
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
      return { ...m, cues: [...m.cues, ...shapeCues(m, schema, acronymLongForm(text, m.start, m.end) !== undefined, text), ...linkCues(doc, m)] }
    })
}

/** A link to a code repository ("[Zeta](https://github.com/zeta-org/zeta)"): an owner and a repository, not a profile. */
const REPOSITORY_LINK = /^\]\(\s*<?https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[\w.-]+\/[\w.-]+\/?(?:[#?][^\s)]*)?>?\s*\)/iu

/**
 * Type cues from where a linked name points: the whole text of a link to a
 * repository names software (a Project); a link to a profile alone
 * ("github.com/zeta") may be a person's or a company's and says nothing.
 *
 * @param doc Parsed document.
 * @param m Mention.
 * @returns Cues.
 */
function linkCues(doc: MarkdownDocument, m: Mention): TypeCue[] {
  const offsets = doc.sentences[m.sentence]!.offsets
  const from = offsets[m.start]
  const end = offsets[m.end - 1]
  if (from === undefined || end === undefined || doc.source[from - 1] !== '[') return []
  return REPOSITORY_LINK.test(doc.source.slice(end + 1, end + 301)) ? [{ type: 'Project', weight: 1.5, rule: 'link-repository' }] : []
}

/**
 * A sentence whose tokens are made again each time a pass reads them. The
 * passes read every sentence's tokens in turn, never two sentences' at once:
 * kept for the whole document, the tokens of a 20 MB article take some
 * 200 MB (an object and a string a word) at the same time as everything
 * else; made again, each sentence's are garbage as soon as its pass moves on.
 * A pass over 20 MB tokenises in about a second.
 */
class RetokenisedSentence implements TokenisedSentence {
  readonly headline: boolean

  /** @param sentence The sentence. */
  constructor(readonly sentence: Sentence) {
    this.headline = sentence.kind === 'heading' || isTitleCaseHeadline(tokenize(sentence.text), sentence)
  }

  /** The sentence's tokens, made anew. */
  get tokens(): Token[] {
    return tokenize(this.sentence.text)
  }
}
