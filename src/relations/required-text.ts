/**
 * Text a rule's regular expression cannot match without: the literal runs
 * every match contains, found by reading the pattern. A sentence that lacks
 * them is skipped with a few `includes` calls, before the rule's expression
 * is ever compiled: V8 compiles each large rule to machine code on its
 * first run, and on a short article that compilation, for rules that then
 * match nothing, was most of the run.
 */
import { classEnd, readEscape } from './fold-case.js'

/**
 * What every match contains: each inner list holds literal strings of
 * which at least one occurs in the text (a conjunction of disjunctions).
 * Empty: nothing is known.
 */
export type RequiredText = string[][]

/** Longest literal kept (longer runs are cut: a prefix is required too). */
const MAX_LITERAL = 24
/** Shortest literal worth a test: a one- or two-character string is in nearly every sentence. */
const MIN_LITERAL = 2
/** Most alternatives one clause may hold before it is dropped (the test would cost more than it saves). */
const MAX_CLAUSE = 64

/**
 * The literal text every match of a pattern contains. The pattern is read
 * as a Unicode regular expression compiled without `i`: literal characters
 * are compared as they are, so the caller folds the pattern first (or
 * gives a pattern whose letters are already as the text it runs on will
 * have them). Only printable ASCII characters make literals; every other
 * construct (classes, escapes such as `\d`, `.`, back references,
 * assertions) ends a literal run and requires nothing. Optional parts
 * require nothing; an alternation requires one of its alternatives'
 * texts. So the result is a necessary condition: a text that lacks it has
 * no match.
 *
 * @param source A valid regular expression source (flags `u`, no `i`); it
 *   may also hold `\\jN;`, which no regular expression has: an atom whose
 *   matches contain `atoms[N]` (a macro read once for all rules).
 * @param atoms Requirements of the `\\jN;` atoms.
 * @returns What every match contains (empty when nothing is known).
 */
export function requiredText(source: string, atoms: readonly RequiredText[] = []): RequiredText {
  const reader = { source, at: 0, atoms }
  const found = alternation(reader)
  if (reader.at !== source.length) throw new Error(`required-text: unexpected ")" at ${reader.at}`)
  return simplify(found)
}

/**
 * Whether a text contains what a rule requires.
 *
 * @param text Text (as the rule runs on it).
 * @param required See {@link requiredText}.
 * @returns `false` when the rule cannot match the text.
 */
export function hasRequiredText(text: string, required: RequiredText): boolean {
  for (const clause of required) {
    let any = false
    for (const literal of clause) {
      if (text.includes(literal)) {
        any = true
        break
      }
    }
    if (!any) return false
  }
  return true
}

/** Printable ASCII characters that are no syntax (see `SYNTAX`). */
const LITERALS = /[ !"#%&',\-/0-9:;<=>@A-Z\]_`a-z}~]+/y

/** No quantifier. */
const ONCE = { min: 1, max: 1 }

interface Reader {
  source: string
  at: number
  atoms: readonly RequiredText[]
}

/**
 * Read alternatives up to a closing parenthesis or the end.
 *
 * @param r Reader (advanced past the alternatives, not the parenthesis).
 * @returns What every match of the alternation contains.
 */
function alternation(r: Reader): RequiredText {
  const alternatives: RequiredText[] = [sequence(r)]
  while (r.source[r.at] === '|') {
    r.at++
    alternatives.push(sequence(r))
  }
  if (alternatives.length === 1) return alternatives[0]!
  // One of the alternatives matched: the union of one clause of each is required.
  const union: string[] = []
  for (const alternative of alternatives) {
    const best = bestClause(alternative)
    if (best === undefined) return []
    union.push(...best)
  }
  return [union]
}

/**
 * The clause of a requirement that tests best: its shortest literal longest.
 *
 * @param required Requirement.
 * @returns A clause, or undefined when there is none.
 */
function bestClause(required: RequiredText): string[] | undefined {
  let best: string[] | undefined
  let bestScore = -1
  for (const clause of required) {
    const score = Math.min(...clause.map((l) => l.length)) * 1000 - clause.length
    if (score > bestScore) {
      best = clause
      bestScore = score
    }
  }
  return best
}

/**
 * Read one alternative: a sequence of quantified atoms.
 *
 * @param r Reader (advanced to the `|`, `)` or end after it).
 * @returns What every match of the sequence contains.
 */
function sequence(r: Reader): RequiredText {
  const s = r.source
  const out: RequiredText = []
  let run = ''
  const flush = (): void => {
    if (run.length > 0) out.push([run.length > MAX_LITERAL ? run.slice(0, MAX_LITERAL) : run])
    run = ''
  }
  while (r.at < s.length) {
    const code = s.charCodeAt(r.at)
    if (code === 0x7c || code === 0x29) break // | )
    // A run of literal characters at once; the last one may carry a quantifier, so it is read as an atom.
    LITERALS.lastIndex = r.at
    const literals = LITERALS.exec(s)
    if (literals !== null && literals[0].length > 1) {
      run += literals[0].slice(0, -1)
      r.at += literals[0].length - 1
    }
    const item = atom(r)
    const { min, max } = quantifier(r)
    if (typeof item === 'string') {
      if (item === '') {
        // A construct that matches text of its own (a class, `.`, an escape): it ends the run.
        flush()
      } else if (min === 1 && max === 1) {
        run += item
      } else if (min >= 1) {
        // "c+": the run goes on with one "c", then anything may follow.
        run += item
        flush()
      } else {
        flush()
      }
      continue
    }
    flush()
    // A lookaround must hold (no quantifier applies to it); a group, when it is not optional.
    if (item.zeroWidth || min >= 1) for (const clause of item.required) out.push(clause)
  }
  flush()
  return out
}

/**
 * Read one atom.
 *
 * @param r Reader (advanced past the atom, not its quantifier).
 * @returns A literal character (`''`: something that is not one), or a group's requirement.
 */
function atom(r: Reader): string | { required: RequiredText; zeroWidth: boolean } {
  const s = r.source
  const code = s.charCodeAt(r.at)
  // Printable ASCII that is no syntax: a literal character.
  if (code >= 0x20 && code <= 0x7e && !SYNTAX[code]) {
    r.at++
    return s[r.at - 1]!
  }
  const c = s[r.at]!
  if (c === '(') {
    let kind: 'group' | 'positive' | 'negative' = 'group'
    if (s.startsWith('(?:', r.at)) r.at += 3
    else if (s.startsWith('(?=', r.at)) (r.at += 3), (kind = 'positive')
    else if (s.startsWith('(?!', r.at)) (r.at += 3), (kind = 'negative')
    else if (s.startsWith('(?<=', r.at)) (r.at += 4), (kind = 'positive')
    else if (s.startsWith('(?<!', r.at)) (r.at += 4), (kind = 'negative')
    else if (s.startsWith('(?<', r.at)) r.at = s.indexOf('>', r.at) + 1
    else r.at += 1
    const inner = alternation(r)
    if (s[r.at] !== ')') throw new Error(`required-text: unbalanced group at ${r.at}`)
    r.at++
    if (kind === 'negative') return { required: [], zeroWidth: true }
    // A lookahead or lookbehind must hold, so its text is in the sentence too (not next to the run).
    return { required: inner, zeroWidth: kind === 'positive' }
  }
  if (c === '[') {
    r.at = classEnd(s, r.at)
    return ''
  }
  if (c === '\\' && s[r.at + 1] === 'j') {
    const end = s.indexOf(';', r.at)
    const required = r.atoms[Number(s.slice(r.at + 2, end))]
    if (required === undefined) throw new Error(`required-text: unknown atom at ${r.at}`)
    r.at = end + 1
    return { required, zeroWidth: false }
  }
  if (c === '\\') {
    const { end, char } = escape(s, r.at)
    r.at = end
    return char
  }
  // `.`, `^`, `$`, or a character that is not printable ASCII.
  r.at += String.fromCodePoint(s.codePointAt(r.at)!).length
  return ''
}

/** Printable ASCII characters with a meaning in a pattern (by code): `( ) [ \ . ^ $ | * + ? {`. */
const SYNTAX: boolean[] = []
for (const c of '()[\\.^$|*+?{') SYNTAX[c.charCodeAt(0)] = true

/**
 * Read a quantifier, if any.
 *
 * @param r Reader (advanced past the quantifier and its `?`).
 * @returns Least and most repetitions (`1, 1` without one).
 */
function quantifier(r: Reader): { min: number; max: number } {
  const s = r.source
  const code = s.charCodeAt(r.at)
  // Not * + ? {: none.
  if (code !== 0x2a && code !== 0x2b && code !== 0x3f && code !== 0x7b) return ONCE
  const c = s[r.at]
  let min = 1
  let max = 1
  if (c === '*' || c === '+' || c === '?') {
    min = c === '+' ? 1 : 0
    max = c === '?' ? 1 : Infinity
    r.at++
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(r.at, r.at + 24))
    if (!m) throw new Error(`required-text: bad quantifier at ${r.at}`)
    min = Number(m[1])
    max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
    r.at += m[0].length
  } else {
    return { min, max }
  }
  if (s[r.at] === '?') r.at++
  return { min, max }
}

/**
 * Read an escape outside a class (with the reader that folds case, so that
 * both read escapes alike).
 *
 * @param s Pattern.
 * @param i Position of the backslash.
 * @returns Its end, and the literal character it stands for (`''`: none, or not printable ASCII).
 */
function escape(s: string, i: number): { end: number; char: string } {
  const { end, value } = readEscape(s, i)
  // \d \w \s \b, \p{…}, back-references: nothing literal worth a test; controls and non-ASCII neither.
  return { end, char: value !== undefined && value >= 0x20 && value <= 0x7e ? String.fromCharCode(value) : '' }
}

/**
 * Keep the clauses worth testing: every literal long enough, not too many
 * alternatives; within a clause, a literal that contains another is dropped
 * (the shorter one is found whenever the longer is); duplicate clauses once.
 *
 * @param required Requirement as read.
 * @returns The requirement to test.
 */
function simplify(required: RequiredText): RequiredText {
  const out: RequiredText = []
  const seen = new Set<string>()
  for (const clause of required) {
    if (clause.length > MAX_CLAUSE || clause.some((l) => l.trim().length < MIN_LITERAL)) continue
    const unique = [...new Set(clause)].sort((a, b) => a.length - b.length)
    const kept = unique.filter((l, i) => !unique.slice(0, i).some((shorter) => l.includes(shorter)))
    const key = kept.join('\u0000')
    if (seen.has(key)) continue
    seen.add(key)
    out.push(kept)
  }
  return out
}

/**
 * The parts of a rule pattern between its slots, when the slots stand in
 * the pattern's top-level sequence: each part, its macros written out, is a
 * regular expression that a match of the whole rule contains a match of
 * (with its lookarounds judged on the same text). A part that matches
 * nowhere in a sentence rules the rule out there, and a part compiles in a
 * fraction of the time of the whole rule, whose slots are most of it.
 *
 * @param pattern Rule pattern, with `{S}`, `{O}` (`!` or not) and `{MACRO}` placeholders.
 * @param expand Source of a macro by name.
 * @returns The parts in order (empty ones left out), or undefined when the
 *   pattern has a top-level alternation, a slot inside a group or under a
 *   quantifier, or a back reference (a part alone would mean something else).
 */
export function slotSegments(pattern: string, expand: (name: string) => string | undefined): string[] | undefined {
  const out: string[] = []
  let depth = 0
  let from = 0
  let current = ''
  let i = 0
  while (i < pattern.length) {
    const c = pattern[i]!
    if (c === '\\') {
      const next = pattern[i + 1] ?? ''
      if (next === 'k' || (next >= '1' && next <= '9')) return undefined
      i += 2
    } else if (c === '[') {
      i = classEnd(pattern, i)
    } else if (c === '(') {
      depth++
      i++
    } else if (c === ')') {
      depth--
      i++
    } else if (c === '|' && depth === 0) {
      return undefined
    } else if (c === '{') {
      const placeholder = /^\{([A-Z]+)(!?)\}/.exec(pattern.slice(i, i + 40))
      if (placeholder === null) {
        i++
        continue
      }
      current += pattern.slice(from, i)
      const [whole, name] = placeholder as unknown as [string, string]
      i += whole.length
      from = i
      if (name === 'S' || name === 'O') {
        if (depth !== 0 || /^[?*+{]/.test(pattern.slice(i, i + 1))) return undefined
        out.push(current)
        current = ''
      } else {
        const macro = expand(name)
        if (macro === undefined) return undefined
        current += macro
      }
    } else {
      i++
    }
  }
  out.push(current + pattern.slice(from))
  return out.filter((part) => part.length > 0)
}

/**
 * A pattern without its lookaheads and lookbehinds: it matches wherever the
 * pattern matches (and maybe more), and compiles smaller. A quantifier
 * cannot follow a lookaround in a Unicode pattern, so none is left dangling.
 *
 * @param source A valid regular expression source (flags `u`).
 * @returns The source with every `(?=…)`, `(?!…)`, `(?<=…)`, `(?<!…)` left out.
 */
export function withoutLookarounds(source: string): string {
  let out = ''
  let from = 0
  let i = 0
  while (i < source.length) {
    const c = source[i]!
    if (c === '\\') {
      i += 2
    } else if (c === '[') {
      i = classEnd(source, i)
    } else if (c === '(' && (source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i))) {
      out += source.slice(from, i)
      i = groupEnd(source, i)
      from = i
    } else {
      i++
    }
  }
  return out + source.slice(from)
}

/**
 * End of the group that starts at `i`.
 *
 * @param s Pattern.
 * @param i Position of `(`.
 * @returns Position after its `)`.
 */
function groupEnd(s: string, i: number): number {
  let depth = 0
  while (i < s.length) {
    const c = s[i]!
    if (c === '\\') {
      i += 2
      continue
    }
    if (c === '[') {
      i = classEnd(s, i)
      continue
    }
    if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i + 1
    i++
  }
  return i
}

/**
 * Whether a pattern can match the empty string (read as {@link requiredText} reads it).
 *
 * @param source A valid regular expression source.
 * @returns `true` when it may match empty, or is not understood (such a part tests nothing worth its compilation).
 */
export function canMatchEmpty(source: string): boolean {
  try {
    const reader: Reader = { source, at: 0, atoms: [] }
    const empty = nullableAlternation(reader)
    return reader.at !== source.length || empty
  } catch {
    return true
  }
}

/**
 * Read alternatives up to a closing parenthesis or the end.
 *
 * @param r Reader.
 * @returns Whether one of them can match empty.
 */
function nullableAlternation(r: Reader): boolean {
  let empty = nullableSequence(r)
  while (r.source[r.at] === '|') {
    r.at++
    if (nullableSequence(r)) empty = true
  }
  return empty
}

/**
 * Read one alternative.
 *
 * @param r Reader.
 * @returns Whether every item of it can match empty.
 */
function nullableSequence(r: Reader): boolean {
  const s = r.source
  let empty = true
  while (r.at < s.length) {
    const code = s.charCodeAt(r.at)
    if (code === 0x7c || code === 0x29) break // | )
    let itemEmpty: boolean
    if (s[r.at] === '(') {
      const lookaround = s.startsWith('(?=', r.at) || s.startsWith('(?!', r.at) || s.startsWith('(?<=', r.at) || s.startsWith('(?<!', r.at)
      if (s.startsWith('(?:', r.at)) r.at += 3
      else if (s.startsWith('(?=', r.at) || s.startsWith('(?!', r.at)) r.at += 3
      else if (s.startsWith('(?<=', r.at) || s.startsWith('(?<!', r.at)) r.at += 4
      else if (s.startsWith('(?<', r.at)) r.at = s.indexOf('>', r.at) + 1
      else r.at += 1
      const inner = nullableAlternation(r)
      if (s[r.at] !== ')') throw new Error(`required-text: unbalanced group at ${r.at}`)
      r.at++
      itemEmpty = lookaround || inner
    } else {
      // An atom that is no group consumes a character, except `^`, `$`, `\b` and `\B`.
      const c = s[r.at]
      const next = s[r.at + 1]
      itemEmpty = c === '^' || c === '$' || (c === '\\' && (next === 'b' || next === 'B'))
      atom(r)
    }
    const { min } = quantifier(r)
    if (!(itemEmpty || min === 0)) empty = false
  }
  return empty
}
