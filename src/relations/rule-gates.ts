/**
 * Per-sentence gates for the relation rules: the literal text a rule cannot
 * match without, its trigger's included, looked up in one scan of the
 * sentence (see `literal-index.ts`) instead of being asked rule by rule.
 */
import type { CompiledRule, EventRule } from './compile.js'
import { LiteralIndex } from './literal-index.js'
import { requiredText, type RequiredText } from './required-text.js'

/** The gates of a list of rules. */
export interface RuleGates {
  /** Every literal some rule requires. */
  index: LiteralIndex
  /** Each rule's requirement as literal ids (same order as the rules; empty: none known). */
  clauses: Int32Array[][]
}

/** Gates by rule list: an extractor passes the same list to every document. */
const gatesByRules = new WeakMap<readonly CompiledRule[], RuleGates>()

/**
 * The gates of a rule list, built on first use and kept while the list lives.
 *
 * @param rules Compiled rules.
 * @returns Their gates.
 */
export function ruleGates(rules: readonly CompiledRule[]): RuleGates {
  let gates = gatesByRules.get(rules)
  if (gates === undefined) {
    const required = rules.map(gateRequirement)
    const index = new LiteralIndex(required.flat(2))
    gates = { index, clauses: required.map((r) => index.clauses(r)) }
    gatesByRules.set(rules, gates)
  }
  return gates
}

/**
 * What a sentence must contain for a rule to run on it: the literals of the
 * rule's own pattern and, when its trigger runs on the folded sentence
 * alone, those of the trigger (a rule whose trigger may stand in the
 * context could run without them).
 *
 * @param compiled Rule.
 * @returns Requirement on the folded sentence (empty: none known).
 */
function gateRequirement(compiled: CompiledRule): RequiredText {
  const { trigger } = compiled
  const inContext = (compiled.rule as EventRule).triggerInContext ?? false
  if (trigger === undefined || !compiled.triggerFolded || inContext) return compiled.required
  return [...compiled.required, ...triggerRequirement(trigger)]
}

/** Requirements of triggers (a family of rules shares one trigger). */
const triggerRequirements = new WeakMap<RegExp, RequiredText>()

/**
 * The literals every match of a folded trigger contains.
 *
 * @param trigger A folded trigger: its letters already as the folded sentence has them.
 * @returns Requirement (empty when nothing is known).
 */
function triggerRequirement(trigger: RegExp): RequiredText {
  let required = triggerRequirements.get(trigger)
  if (required === undefined) {
    try {
      required = requiredText(trigger.source)
    } catch {
      // A construct the reader does not know: the trigger is tested as it is.
      required = []
    }
    triggerRequirements.set(trigger, required)
  }
  return required
}
