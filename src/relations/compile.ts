/**
 * Compile relation rules: expand macros and slots into one regular
 * expression per rule, checked once when an extractor is made.
 */
import { MarkgraphError } from '../errors.js'
import { REFERENCE_PHRASES } from '../entities/cues.js'
import { MASK_CLOSE, MASK_OPEN } from '../entities/schema.js'
import type { RelationRule } from '../schema.js'
import { canFold, foldPattern } from './fold-case.js'
import { MACROS } from './rules/index.js'
import { FIRST_PERSON_WORDS } from './publisher.js'
import { alt, DESCRIPTOR_NOUNS } from './constructions/words.js'
import { canMatchEmpty, requiredText, slotSegments, withoutLookarounds, type RequiredText } from './required-text.js'

/**
 * An event a rule takes part in (default rules only): an `owner` rule
 * records its subject as the owner of the event ("X raised a seed round")
 * and gives no relation by itself unless it has an object; a `member` rule
 * has no subject slot, and takes the owner of the nearest such event, in
 * its sentence or the few before ("This round was co-led by Y").
 */
export interface RuleEvent {
  /** Event kind ("round", "auction"). */
  name: string
  role: 'owner' | 'member'
  /**
   * Which argument of the relation the owner fills (default `'S'`): a round's
   * raiser is the funded subject; an organisation that has members is what they
   * are part of; an auction's network is the object of `parachainOf` ("Zeta's
   * parachain auctions … Orbit won the first auction").
   */
  slot?: 'S' | 'O'
  /** How many sentences back a member looks for its owner (default 10, see `EVENT_REACH`). */
  reach?: number
}

/**
 * A default rule: a relation rule that may take part in an event, may
 * demand a sure type of its object alone (`sureObject`, default `false`:
 * "Zeta's OpenGov" is part of Zeta only when Zeta is surely a network, while
 * OpenGov may be a project by default), and may find its trigger in the
 * sentence's context (`triggerInContext`: a "Board" heading over a list of
 * "Maria Lopez (Orbit Labs)" items, or the lead-in of the list holding the
 * sentence, "The board is made up of:").
 */
export type EventRule = RelationRule & {
  event?: RuleEvent
  /** The slot the pattern leaves out stands for the organisation the article speaks for ("Maria Lopez, Executive Director."; see `publisher.ts`). */
  publisherSlot?: 'S' | 'O'
  sureObject?: boolean
  /** The trigger may also stand in the sentence's heading path or its list's lead-in sentence (default `false`). */
  triggerInContext?: boolean
}

/**
 * A rule ready to run. Its regular expressions are built on first use (a
 * rule whose trigger no sentence contains never builds them): building all
 * the default rules' takes longer than extracting a short article.
 */
export interface CompiledRule {
  rule: RelationRule
  /** The event the rule takes part in, if any. */
  event?: RuleEvent
  /** The slot that stands for the article's publisher when the pattern leaves it out (see {@link EventRule}). */
  publisherSlot?: 'S' | 'O'
  /** Pre-check from `rule.trigger` (case-insensitive: folded like the rule when it can be, see `triggerFolded`). */
  trigger?: RegExp
  /** Whether `trigger` is folded and runs on the folded sentence (hundreds of triggers compile and run far faster so). */
  triggerFolded?: boolean
  /**
   * Whether `regex` and `sticky` are folded (see `foldPattern`): they run on
   * the folded sentence, and slots are read back from the sentence by index.
   */
  readonly folded: boolean
  /** Global regular expression (scans the sentence). */
  readonly regex: RegExp
  /**
   * Sticky copy for rules that begin with a name slot: tried only where a
   * name or reference starts, instead of at every character.
   */
  readonly sticky?: RegExp | undefined
  /**
   * Literal text (folded) every match contains, found on first use without
   * building the expressions (see `requiredText`): a sentence that lacks it
   * is skipped. Empty when nothing is known, or the rule is not folded.
   */
  readonly required: RequiredText
  /**
   * The parts of the pattern between its slots that can only match some
   * text, compiled and folded (see `slotSegments`), on first use: a
   * sentence where one matches nowhere is skipped before the whole rule is
   * compiled. Empty when the rule is not folded or its slots are not all
   * in the pattern's top-level sequence.
   */
  readonly segments: RegExp[]
}

/** Options of {@link compileRule}. */
export interface CompileOptions {
  /**
   * Build the regular expressions on first use instead of now (default:
   * `false`, so that a bad rule fails when the extractor is made). For the
   * default rules, which the tests build.
   */
  lazy?: boolean
}

/**
 * Letters, approximated by Unicode blocks (mostly letters): ASCII and Latin-1 letters,
 * every block from Latin Extended to Greek Extended (so also combining
 * accents, which keeps a decomposed "é" inside its word, and the few
 * punctuation marks and digits of those scripts), the CJK iteration marks,
 * kana, CJK, Yi and Hangul, and astral scripts. General punctuation, letter-like
 * symbols, CJK radicals, emoji and the private-use mask characters are not in
 * it. Exact `\p{L}\p{N}` classes compile to tens of kilobytes of machine
 * code at each use, and the rules use them hundreds of times; these few
 * ranges compile small. Known differences are pinned in the tests.
 */
export const LETTER_CHAR = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\u2DFF\\u3005-\\u3007\\u3040-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFEFE\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFDC\\u{10000}-\\u{1EFFF}\\u{20000}-\\u{3FFFF}'
/** {@link LETTER_CHAR} and digits. */
export const WORD_CHAR = `0-9\\u00B2\\u00B3\\u00B9\\u00BC-\\u00BE\\uFF10-\\uFF19${LETTER_CHAR}`

/** Where a slot may begin: a (titled, determined) name marker or a reference word. Runs on folded text. */
export const SLOT_START = new RegExp(foldPattern(plainSpaces(`(?<![${WORD_CHAR}])(?:the\\s+)?(?:(?:dr|mr|mrs|ms|mx|prof)\\.?\\s+)?${MASK_OPEN}|(?<![${WORD_CHAR}])(?:the|itself|its|their|it|they|he|she|his|her|${FIRST_PERSON_WORDS.join('|')})(?![${WORD_CHAR}])`)), 'gu')

const MARKER = `${MASK_OPEN}\\d+${MASK_CLOSE}`
const TITLE = '(?:(?:dr|mr|mrs|ms|mx|prof)\\.?\\s+)?'
// A member may carry its abbreviation in parentheses: "Digital Finance Group (DFG)".
const MEMBER = `(?:the\\s+)?${TITLE}${MARKER}(?: \\(${MARKER}\\))?`
// In a coordination, members may carry a possessive phrase ("X's DeFi hub and Y's oracle network");
// a member followed by a possessive without one is a possessor, not a member ("X's Lyra, Y's Rigel").
const TAIL = `(?:['’]s(?:\\s+[${WORD_CHAR}-]+){1,3}?|(?!['’]s))`
// A coordinated member may carry a short description before it ("and Ethereum-compatible platform Moonriver").
// A name glued to a hyphen in it ("Zeta-compatible") is a modifier: the matcher does not bind it.
const DESCRIBED = `(?:(?:(?:[${WORD_CHAR}-]|${MARKER})+ ){0,2}?${alt(DESCRIPTOR_NOUNS)} (?=(?:the )?${MASK_OPEN}))?`
const MEMBER_TAIL = `${DESCRIBED}${MEMBER}${TAIL}`
/**
 * "as well as" may carry a label that ends in a colon ("A, B, as well as three of the first five Zeta
 * parachain winners: C and D"); the matcher binds no name of the label (see `LABEL_BEFORE_COLON` there).
 */
const AS_WELL_AS = `,?\\s+as\\s+well\\s+as\\s+(?:(?:(?:[${WORD_CHAR}'’-]+|${MARKER}) ){1,10}?[${WORD_CHAR}-]+: )?`
// "Modulus/Progress Software": a slash between two names joins them too.
// A bare comma never follows a member joined by "and": "Founded by A and B, X grew" lists A and B, not X.
const AFTER_AND = `(?<!\\s(?:and|&)\\s+(?:the\\s+)?${TITLE}${MARKER})`
const SEP = `(?:\\s*,\\s*(?:and|&)\\s+|${AFTER_AND}\\s*,\\s*|\\s+(?:and|&)\\s+|${AS_WELL_AS}|/)`

const REF = `(?<![${WORD_CHAR}])(?:${[...REFERENCE_PHRASES.flatMap((p) => p.words), ...FIRST_PERSON_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![${WORD_CHAR}])`
// A coordination holds at most 25 names: each match attempt is bounded, so
// a sentence of hundreds of comma-separated names costs linear, not quadratic, work.
// The first member is written once, the coordination optional after it (the same
// matches, in the same order, as "coordination | single name"; far less compiled code).
const LIST = `(?:${MEMBER}(?:${TAIL}(?:${SEP}${MEMBER_TAIL}){1,24})?|${REF})`

// Adverbs and conjunctions ("has subsequently raised", "though we invest") head no noun phrase.
const STOP = 'it|its|they|their|them|he|she|his|her|him|this|these|those|itself|and|or|but|to|for|of|in|on|at|by|with|from|into|onto|that|which|who|as|is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|may|might|while|after|before|since|during|across|over|under|through|than|via|amid|among|putting|making|allowing|enabling|giving|bringing|helping|boosting|increasing|emphasizing|signaling|signalling|marking|paving|though|although|however|also|then|later|subsequently|recently|previously|already|still|thus|therefore|meanwhile|moreover|additionally|furthermore|consequently|eventually|ultimately|initially|originally|finally|currently|soon|yet|just|even'
// Ordinals and quantities count as determiners: "the first decentralized RPCs" is the concept "decentralized RPCs".
const DETERMINERS = 'the|a|an|various|several|numerous|many|multiple|some|its|their|his|her|these|those|this|that|all|other|more|further|additional|first|second|third|first-ever|two|three|four|five|six|seven|eight|nine|ten|dozens of|a number of|\\d+(?:st|nd|rd|th)?'
const NP_WORD = `(?!(?:${STOP}|${FIRST_PERSON_WORDS.join('|')})(?![${WORD_CHAR}-]))[${LETTER_CHAR}][${WORD_CHAR}-]*`
/** An unnamed noun phrase (a Concept argument): up to four words after optional determiners. */
// A word may carry its abbreviation in parentheses: "decentralized finance (DeFi) products".
const NP_WORD_ABBR = `${NP_WORD}(?:\\s+\\([${LETTER_CHAR}][${WORD_CHAR}-]*\\))?`
const NP = `(?:(?:${DETERMINERS})\\s+){0,3}${NP_WORD_ABBR}(?:\\s+${NP_WORD_ABBR}){0,3}(?![${WORD_CHAR}-]|\\s+(?:the\\s+)?${MARKER})`

/**
 * A coordination of unnamed noun phrases ("cross-chain lending protocols, full EVM compatibility, and
 * an identity solution"); a member does not start with a participle ("… and raised funds" is a clause).
 */
// After a bare comma, "a …" or "an …" is an appositive, not a member ("asynchronous backing, a tool built …").
const NP_LIST = `${NP}(?:(?:\\s*,\\s*and\\s+|\\s+and\\s+|\\s*,\\s*(?!(?:an?|the|its|their|his|her|our)\\s))(?![${WORD_CHAR}-]+(?:ed|ing)\\s)${NP}){0,5}`

/**
 * Compile one rule.
 *
 * @param rule Rule (already validated by zod).
 * @param triggers Triggers compiled so far, by source (default: a new map).
 *   Rules compiled with one map share a trigger's RegExp, so the matcher
 *   tests it once per sentence for the whole family.
 * @param options Whether to build the regular expressions on first use (default: now).
 * @returns Compiled rule.
 * @throws MarkgraphError `INVALID_RULES` when the pattern lacks a slot or does not compile
 *   (with `lazy`, a pattern that does not compile throws on first use).
 */
export function compileRule(rule: RelationRule, triggers: Map<string, RegExp> = new Map(), options?: CompileOptions): CompiledRule {
  const hasS = /\{S!?\}/.test(rule.pattern)
  const hasO = /\{O!?\}/.test(rule.pattern)
  const event = (rule as EventRule).event
  // An event's owner fills one slot (its `slot`, default S): an owner rule may lack the other, a member rule that one.
  const ownerSlot = event?.slot ?? 'S'
  const eventFills = (slot: 'S' | 'O'): boolean => event !== undefined && (event.role === 'member' ? slot === ownerSlot : slot !== ownerSlot)
  const publisherSlot = (rule as EventRule).publisherSlot
  if ((!hasS && !rule.implicitSubject && !eventFills('S') && publisherSlot !== 'S') || (!hasO && !rule.implicitObject && !eventFills('O') && publisherSlot !== 'O')) {
    throw new MarkgraphError('INVALID_RULES', `markgraph/rules: rule "${rule.id}" needs both {S} and {O} slots (or implicitSubject/implicitObject)`)
  }
  // A slot may appear in several alternatives; Node 20 forbids duplicate
  // group names, so later occurrences are numbered (S, S_2, …) and read back by slotGroup().
  const seen = { S: 0, O: 0 }
  // Names must not start or end inside a word.
  const pieces = [WORD_START]
  // The same pattern for `requiredText`: a slot an opaque group (it requires no literal text), a macro an atom by name.
  const literalPieces = ['(?:']
  const macroNames: string[] = []
  let at = 0
  for (const placeholder of rule.pattern.matchAll(/\{([A-Z]+)(!?)\}/g)) {
    const [whole, name, single] = placeholder as unknown as [string, string, string]
    pieces.push(rule.pattern.slice(at, placeholder.index))
    literalPieces.push(rule.pattern.slice(at, placeholder.index))
    at = placeholder.index + whole.length
    if (name === 'S' || name === 'O') {
      const n = ++seen[name]
      const group = n === 1 ? name : `${name}_${n}`
      const concept = name === 'S' ? rule.subjectConcept : rule.objectConcept
      // {S!} / {O!}: one name only, no coordination ("X's A, and B": the possessive binds A alone).
      const names = single ? [MEMBER, '|', REF] : [LIST]
      // Concept slots try a noun phrase first so "its first-ever auctions" is not read as the pronoun "its".
      pieces.push(`(?<${group}>`, ...(concept ? [NP_LIST, '|'] : []), ...names, ')')
      literalPieces.push('(?:.*)')
      continue
    }
    const macro = MACROS[name]
    if (macro === undefined) throw new MarkgraphError('INVALID_RULES', `markgraph/rules: rule "${rule.id}" uses unknown macro ${whole}`)
    pieces.push(macro)
    literalPieces.push(`\\j${macroNames.length};`)
    macroNames.push(name)
  }
  pieces.push(rule.pattern.slice(at), ')')
  literalPieces.push(rule.pattern.slice(at), ')')
  const source = pieces.join('')
  const invalid = (error: unknown): MarkgraphError => {
    const reason = (error as Error).message.split(': ').pop()
    return new MarkgraphError('INVALID_RULES', `markgraph/rules: rule "${rule.id}" has an invalid pattern: ${reason}`, { cause: error })
  }
  const lazy = options?.lazy ?? false
  let trigger: RegExp | undefined
  let triggerFolded = false
  try {
    if (!lazy) new RegExp(source, 'giu')
    if (!lazy && rule.trigger) new RegExp(rule.trigger, 'iu')
    if (rule.trigger) {
      // Folded like the rules when it can be (hundreds of triggers compile and run far faster so); then it runs on the folded sentence.
      const plain = plainSpaces(rule.trigger)
      triggerFolded = canFold(plain)
      trigger = triggers.get(rule.trigger)
      if (!trigger) triggers.set(rule.trigger, (trigger = triggerFolded ? new RegExp(foldPiece(plain), 'u') : new RegExp(plain, 'iu')))
    }
  } catch (error) {
    throw invalid(error)
  }
  const slotFirst = /^\{[SO]!?\}/.test(rule.pattern) && !(rule.pattern.startsWith('{S') ? rule.subjectConcept : rule.objectConcept)
  let built: { folded: boolean; regex: RegExp; sticky?: RegExp } | undefined
  const build = (): { folded: boolean; regex: RegExp; sticky?: RegExp } => {
    if (built) return built
    try {
      let final = plainSpaces(source)
      const folded = canFold(final)
      const flags = folded ? 'gud' : rule.reduce ? 'giud' : 'giu'
      // Folding is the slow part; the large shared pieces (slots, macros) are folded once per process.
      // Piece by piece gives the same as the whole for the default rules (tested); a user rule is folded whole.
      if (folded) final = lazy ? pieces.map(foldPiece).join('') : foldPattern(final)
      built = { folded, regex: new RegExp(final, flags) }
      if (slotFirst) built.sticky = new RegExp(final, flags.replace('g', 'y'))
      return built
    } catch (error) {
      throw invalid(error)
    }
  }
  if (!lazy) build()
  let required: RequiredText | undefined
  let segments: RegExp[] | undefined
  return {
    rule,
    ...(trigger ? { trigger, triggerFolded } : {}),
    ...(event ? { event } : {}),
    ...(publisherSlot ? { publisherSlot } : {}),
    get folded() {
      return build().folded
    },
    get regex() {
      return build().regex
    },
    get sticky() {
      return build().sticky
    },
    get required() {
      return (required ??= literalRequirement(source, literalPieces.join(''), macroNames))
    },
    get segments() {
      return (segments ??= segmentChecks(rule.pattern, source))
    }
  }
}

/**
 * The folded literal text every match of a rule contains (see `requiredText`).
 * Only a folded rule has it: it runs on the folded sentence, where its
 * literal letters stand as their folds, which for the ASCII characters that
 * make literals is their lower case.
 *
 * @param source The rule's full source.
 * @param literalSource Its pattern with each slot an opaque group and macro `i` as `\ji;` (see `requiredText`).
 * @param macroNames The macros, in order.
 * @returns Requirement (empty when nothing is known).
 */
function literalRequirement(source: string, literalSource: string, macroNames: string[]): RequiredText {
  if (!canFold(plainSpaces(source))) return []
  try {
    const fold = (required: RequiredText): RequiredText => required.map((clause) => clause.map((literal) => literal.toLowerCase()))
    return fold(requiredText(plainSpaces(literalSource), macroNames.map(macroRequirement)))
  } catch {
    // A construct the reader does not know: no pre-check.
    return []
  }
}

/** Compiled parts of patterns by source (rules share parts), `null` for a part that tests nothing. */
const segmentExpressions = new Map<string, RegExp | null>()

/**
 * The parts of a folded rule between its slots, without lookarounds, as
 * folded expressions that cannot match empty (see `slotSegments`).
 *
 * @param pattern The rule's pattern.
 * @param source The rule's full source.
 * @returns Expressions (empty when there are none, or the rule is not folded).
 */
function segmentChecks(pattern: string, source: string): RegExp[] {
  if (!canFold(plainSpaces(source))) return []
  const parts = slotSegments(pattern, (name) => MACROS[name])
  if (parts === undefined) return []
  const out: RegExp[] = []
  for (const part of parts) {
    let expression = segmentExpressions.get(part)
    if (expression === undefined) {
      // Without its lookarounds a part matches at least where it matched, and compiles smaller.
      const plain = plainSpaces(`(?:${withoutLookarounds(part)})`)
      try {
        expression = canMatchEmpty(plain) ? null : new RegExp(foldPattern(plain), 'u')
      } catch {
        expression = null
      }
      segmentExpressions.set(part, expression)
    }
    if (expression) out.push(expression)
  }
  return out
}

/** What each macro requires (see {@link macroRequirement}). */
const macroRequirements = new Map<string, RequiredText>()

/**
 * What every match of a macro contains, read once per process. Standing
 * for the macro's text as one atom is sound: the macro's atoms, written in
 * its place, match a match of the macro; a quantifier after it makes it
 * optional as a whole, which requires less.
 *
 * @param name Macro name.
 * @returns Requirement.
 */
function macroRequirement(name: string): RequiredText {
  let required = macroRequirements.get(name)
  if (required === undefined) macroRequirements.set(name, (required = requiredText(plainSpaces(MACROS[name]!))))
  return required
}

/** A pattern's beginning: not inside a word. */
const WORD_START = `(?<![${WORD_CHAR}])(?:`

/** Folded pieces of patterns (see {@link foldPiece}). */
const foldedPieces = new Map<string, string>()

/**
 * A piece of a pattern with plain spaces, folded, remembered: the slot and
 * macro expansions recur in every rule.
 *
 * @param piece Piece of a pattern source that does not end inside an escape, class or group name.
 * @returns `foldPattern(plainSpaces(piece))`.
 */
function foldPiece(piece: string): string {
  let folded = foldedPieces.get(piece)
  if (folded === undefined) foldedPieces.set(piece, (folded = foldPattern(plainSpaces(piece))))
  return folded
}

/**
 * Every `\s` of a pattern as a plain space. Masked sentences have only plain
 * spaces (see `maskSentence`), so the pattern matches the same; and `\s`
 * (25 Unicode spaces, case-folded) at each of a rule's hundreds of uses
 * compiles to a third of its machine code.
 *
 * @param source Regular expression source.
 * @returns The same source with `\s` as ` ` (inside and outside classes).
 */
export function plainSpaces(source: string): string {
  // A `\s` after an even run of backslashes (an odd one escapes a backslash: `\\s` is a backslash and "s").
  return source.includes('\\s') ? source.replace(/(?<!\\)((?:\\\\)*)\\s/g, '$1 ') : source
}

/** Determiners stripped from the front of a Concept's name (a name of determiners alone is then empty, and dropped). */
export const CONCEPT_DETERMINERS = new RegExp(`^(?:(?:${DETERMINERS})(?:\\s+|$))+`, 'i')

/**
 * The text and indices a slot captured, whichever of its numbered copies took part.
 *
 * @param match A match of a compiled rule.
 * @param slot `S` or `O`.
 * @param text The text matched, unfolded: when the match has indices, the slot's text is read from it.
 * @returns Captured text and its [start, end], or undefined when the slot did not take part.
 */
export function slotGroup(match: RegExpExecArray, slot: 'S' | 'O', text?: string): { text: string; indices?: [number, number] } | undefined {
  const groups = match.groups ?? {}
  const indices = (match as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices?.groups ?? {}
  for (const name of Object.keys(groups)) {
    if (name !== slot && !name.startsWith(`${slot}_`)) continue
    const captured = groups[name]
    const at = indices[name]
    if (captured === undefined) continue
    if (!at) return { text: captured }
    return { text: text === undefined ? captured : text.slice(at[0], at[1]), indices: at }
  }
  return undefined
}
