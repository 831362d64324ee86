/**
 * Compile relation rules: expand macros and slots into one regular
 * expression per rule, checked once when an extractor is made.
 */
import { MarkgraphError } from '../errors.js'
import { REFERENCE_PHRASES } from '../entities/cues.js'
import { MASK_CLOSE, MASK_OPEN } from '../entities/schema.js'
import type { RelationRule } from '../schema.js'
import { MACROS } from './rules/index.js'

/** A rule ready to run. */
export interface CompiledRule {
  rule: RelationRule
  /** Pre-check from `rule.trigger`. */
  trigger?: RegExp
  /** Global regular expression (scans the sentence). */
  regex: RegExp
  /**
   * Sticky copy for rules that begin with a name slot: tried only where a
   * name or reference starts, instead of at every character.
   */
  sticky?: RegExp
}

/** Where a slot may begin: a (titled, determined) name marker or a reference word. */
export const SLOT_START = new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?(?:(?:dr|mr|mrs|ms|mx|prof)\\.?\\s+)?${MASK_OPEN}|(?<![\\p{L}\\p{N}])(?:the|itself|its|their|it|they|he|she|his|her)(?![\\p{L}\\p{N}])`, 'giu')

const MARKER = `${MASK_OPEN}\\d+${MASK_CLOSE}`
const TITLE = '(?:(?:dr|mr|mrs|ms|mx|prof)\\.?\\s+)?'
const MEMBER = `(?:the\\s+)?${TITLE}${MARKER}`
// In a coordination, members may carry a possessive phrase ("X's DeFi hub and Y's oracle network");
// a member followed by a possessive without one is a possessor, not a member ("X's Lyra, Y's Rigel").
const MEMBER_TAIL = `${MEMBER}(?:['’]s(?:\\s+[\\p{L}\\p{N}-]+){1,3}?|(?!['’]s))`
const SEP = '(?:\\s*,\\s*(?:and\\s+|&\\s+)?|\\s+(?:and|&)\\s+)'

const REF = `(?<![\\p{L}\\p{N}])(?:${REFERENCE_PHRASES.flatMap((p) => p.words).sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`
// A coordination holds at most 25 names: each match attempt is bounded, so
// a sentence of hundreds of comma-separated names costs linear, not quadratic, work.
const LIST = `(?:${MEMBER_TAIL}(?:${SEP}${MEMBER_TAIL}){1,24}|${MEMBER}|${REF})`

const STOP = 'it|its|they|their|them|he|she|his|her|him|this|these|those|itself|and|or|but|to|for|of|in|on|at|by|with|from|into|onto|that|which|who|as|is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|may|might|while|after|before|since|during|across|over|under|through|than|via|amid|among|putting|making|allowing|enabling|giving|bringing|helping|boosting|increasing|emphasizing|signaling|signalling|marking|paving'
const DETERMINERS = 'the|a|an|various|several|numerous|many|multiple|some|its|their|his|her|these|those|this|that|all|other|more|further|additional'
const NP_WORD = `(?!(?:${STOP})(?![\\p{L}\\p{N}-]))[\\p{L}][\\p{L}\\p{N}-]*`
/** An unnamed noun phrase (a Concept argument): up to four words after optional determiners. */
const NP = `(?:(?:${DETERMINERS})\\s+){0,2}${NP_WORD}(?:\\s+${NP_WORD}){0,3}(?![\\p{L}\\p{N}-]|\\s+(?:the\\s+)?${MARKER})`

/** Trigger source → its compiled RegExp (test() only: no flags that keep state). */
const TRIGGERS = new Map<string, RegExp>()

/**
 * Compile one rule.
 *
 * @param rule Rule (already validated by zod).
 * @returns Compiled rule.
 * @throws MarkgraphError `INVALID_RULES` when the pattern lacks a slot or does not compile.
 */
export function compileRule(rule: RelationRule): CompiledRule {
  const hasS = /\{S!?\}/.test(rule.pattern)
  const hasO = /\{O!?\}/.test(rule.pattern)
  if ((!hasS && !rule.implicitSubject) || (!hasO && !rule.implicitObject)) {
    throw new MarkgraphError('INVALID_RULES', `markgraph/rules: rule "${rule.id}" needs both {S} and {O} slots (or implicitSubject/implicitObject)`)
  }
  // A slot may appear in several alternatives; Node 20 forbids duplicate
  // group names, so later occurrences are numbered (S, S_2, …) and read back by slotGroup().
  const seen = { S: 0, O: 0 }
  let source = rule.pattern.replace(/\{([A-Z]+)(!?)\}/g, (whole, name: string, single: string) => {
    if (name === 'S' || name === 'O') {
      const n = ++seen[name]
      const group = n === 1 ? name : `${name}_${n}`
      const concept = name === 'S' ? rule.subjectConcept : rule.objectConcept
      // {S!} / {O!}: one name only, no coordination ("X's A, and B": the possessive binds A alone).
      const names = single ? `${MEMBER}|${REF}` : LIST
      // Concept slots try a noun phrase first so "its first-ever auctions" is not read as the pronoun "its".
      return `(?<${group}>${concept ? `${NP}|${names}` : names})`
    }
    const macro = MACROS[name]
    if (macro === undefined) throw new MarkgraphError('INVALID_RULES', `markgraph/rules: rule "${rule.id}" uses unknown macro ${whole}`)
    return macro
  })
  // Names must not start or end inside a word.
  source = `(?<![\\p{L}\\p{N}])(?:${source})`
  try {
    // Match indices ('d') cost time on every match: only reducing rules need them.
    const flags = rule.reduce ? 'giud' : 'giu'
    const slotFirst = /^\{[SO]!?\}/.test(rule.pattern) && !(rule.pattern.startsWith('{S') ? rule.subjectConcept : rule.objectConcept)
    const compiled: CompiledRule = { rule, regex: new RegExp(source, flags) }
    if (slotFirst) compiled.sticky = new RegExp(source, flags.replace('g', 'y'))
    if (rule.trigger) {
      // Rules of a family share the trigger's RegExp, so the matcher tests it once per sentence.
      let trigger = TRIGGERS.get(rule.trigger)
      if (!trigger) TRIGGERS.set(rule.trigger, (trigger = new RegExp(rule.trigger, 'iu')))
      compiled.trigger = trigger
    }
    return compiled
  } catch (error) {
    const reason = (error as Error).message.split(': ').pop()
    throw new MarkgraphError('INVALID_RULES', `markgraph/rules: rule "${rule.id}" has an invalid pattern: ${reason}`, { cause: error })
  }
}

/** Determiners stripped from the front of a Concept's name. */
export const CONCEPT_DETERMINERS = new RegExp(`^(?:(?:${DETERMINERS})\\s+)+`, 'i')

/**
 * The text and indices a slot captured, whichever of its numbered copies took part.
 *
 * @param match A match of a compiled rule (with indices).
 * @param slot `S` or `O`.
 * @returns Captured text and its [start, end], or undefined when the slot did not take part.
 */
export function slotGroup(match: RegExpExecArray, slot: 'S' | 'O'): { text: string; indices?: [number, number] } | undefined {
  const groups = match.groups ?? {}
  const indices = (match as RegExpExecArray & { indices?: { groups?: Record<string, [number, number] | undefined> } }).indices?.groups ?? {}
  for (const name of Object.keys(groups)) {
    if (name !== slot && !name.startsWith(`${slot}_`)) continue
    const text = groups[name]
    const at = indices[name]
    if (text !== undefined) return at ? { text, indices: at } : { text }
  }
  return undefined
}
