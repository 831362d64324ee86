/**
 * Entity cues compiled for fast lookup: sets and maps built once per
 * extractor from the declarative data in `cues.ts` and the user's schema.
 */
import type { ContextCue, LexiconEntry, SuffixCue } from '../schema.js'
import { CONTEXT_CUES, FALLBACK_CUES, NOT_NAMES, ROLE_WORDS, SUFFIX_CUES, TITLES, TRANSPARENT_SUFFIXES } from './cues.js'
import { tokenize } from './tokenize.js'

/** A context cue with its regular expression compiled. */
export interface CompiledContextCue {
  id: string
  type: string
  weight: number
  /** Whether the vote goes to the names listed with the matched one too. */
  distributes: boolean
  /** Whether it votes only where nothing else typed the entity. */
  fallback: boolean
  /** Global, case-insensitive; capture group 1 is the mention index. */
  regex: RegExp
}

/** Compiled entity cues. */
export interface EntitySchema {
  titles: Set<string>
  roleWords: Set<string>
  notNames: Set<string>
  /** Lower-case suffix word → type and cue id. */
  suffixType: Map<string, { type: string; rule: string; weight: number }>
  /** Lower-case suffixes that do not change identity. */
  transparent: Set<string>
  /** Single words that may stand for the one entity they end ("the Council"). */
  headAliasWords: Set<string>
  /** Lower-case name or alias → lexicon entry. */
  lexicon: Map<string, LexiconEntry>
  /** Lexicon names and aliases as written: found in the text wherever they occur so written. */
  lexiconNames: Set<string>
  /** Most words in a lexicon name or alias. */
  lexiconMaxWords: number
  contextCues: CompiledContextCue[]
}

/** Marker pair around a mention index in masked sentences. */
export const MASK_OPEN = '\uE000'
export const MASK_CLOSE = '\uE001'

/**
 * Compile entity cues.
 *
 * @param extra User additions: lexicon entries, suffix cues, context cues.
 * @returns Compiled cues.
 */
export function compileEntitySchema(extra?: { lexicon?: LexiconEntry[]; suffixCues?: SuffixCue[]; contextCues?: ContextCue[] }): EntitySchema {
  const suffixType = new Map<string, { type: string; rule: string; weight: number }>()
  for (const cue of [...SUFFIX_CUES, ...(extra?.suffixCues ?? [])]) {
    for (const w of cue.words) suffixType.set(w.toLowerCase(), { type: cue.type, rule: cue.id, weight: cue.weight ?? 2 })
  }
  const lexicon = new Map<string, LexiconEntry>()
  const lexiconNames = new Set<string>()
  let lexiconMaxWords = 0
  for (const entry of extra?.lexicon ?? []) {
    for (const n of [entry.name, ...(entry.aliases ?? [])]) {
      lexicon.set(n.toLowerCase(), entry)
      lexiconNames.add(n)
      lexiconMaxWords = Math.max(lexiconMaxWords, tokenize(n).length)
    }
  }
  return {
    titles: new Set(TITLES),
    roleWords: new Set(ROLE_WORDS),
    notNames: new Set(NOT_NAMES),
    suffixType,
    transparent: new Set(TRANSPARENT_SUFFIXES.map((w) => w.toLowerCase())),
    headAliasWords: new Set(['council', 'treasury', 'foundation']),
    lexicon,
    lexiconNames,
    lexiconMaxWords,
    contextCues: [...CONTEXT_CUES, ...(extra?.contextCues ?? [])].map((cue) => ({
      id: cue.id,
      type: cue.type,
      weight: cue.weight ?? 1,
      distributes: cue.distributes ?? false,
      fallback: FALLBACK_CUES.includes(cue.id),
      regex: compileCuePattern(cue.pattern)
    }))
  }
}

/**
 * Compile a context-cue pattern: `{E}` becomes a masked mention capturing
 * its index (the typed one), `{M}` a masked mention that is only context.
 *
 * @param pattern Pattern source.
 * @returns Global case-insensitive regular expression.
 */
export function compileCuePattern(pattern: string): RegExp {
  const source = pattern.split('{E}').join(`${MASK_OPEN}(\\d+)${MASK_CLOSE}`).split('{M}').join(`${MASK_OPEN}\\d+${MASK_CLOSE}`)
  return new RegExp(source, 'giu')
}
