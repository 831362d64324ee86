/**
 * Constructions: code written once that turns a frame (a predicate's words
 * and argument mapping, see `../frames/schema.ts`) into relation rules for
 * the matcher. Each construction is a clause shape (active, passive,
 * relative clause, reduced or fronted participle, appositive,
 * nominalisation, possessive, role noun, plan); coordinations and lists are
 * read by the slots themselves (see `compile.ts`), negations and
 * hypotheticals are dropped by the matcher.
 */
import type { RelationRule } from '../../schema.js'
import type { EventRule } from '../compile.js'
import type { ClassSense, Frame, NounSense, PremodifiedSense, RoleSense, VerbSense } from '../frames/schema.js'
import { inflect } from './inflect.js'
import {
  ADVERB, alt, COPULAS, DO_LIGHT_VERBS, formsOf, GIVE_LIGHT_VERBS, INCEPTIVE_VERBS, LIST_CUES, NOUN_DETERMINERS, PASSIVE_AUXILIARIES, PEOPLE_MODIFIERS, PEOPLE_NOUNS,
  PLAN_ADJECTIVES, PLAN_LEAD, COORDINATED_TITLES, PROGRESSIVE_AUXILIARIES, RECEIVE_LIGHT_VERBS, RELATIVE_PRONOUNS, STANCE_ADJECTIVES, STANCE_COPULAS, ADJUNCT_PREPOSITIONS, CAUSE_VERBS, DECISION_VERBS
} from './words.js'

type Slot = 'S' | 'O'
const other = (slot: Slot): Slot => (slot === 'S' ? 'O' : 'S')

const ADV = `(?:${ADVERB}\\s+){0,2}`
/** Prepositions that place a description's names ("DeFi hubs within Tau and Sigma"). */
const PLACING_PREPS = ['within', 'in', 'on', 'of', 'at', 'across', 'among', 'from', 'for', 'under', 'inside', 'over', 'between', 'atop']
/** A description in apposition that names other things after a preposition: ", DeFi hubs within Tau and Sigma,". */
const DESCRIPTION_APPOS = `\\s*,\\s+(?:the\\s+|an?\\s+|two\\s+|three\\s+)?(?:[\\w-]+\\s+){1,3}?${alt(PLACING_PREPS)}\\s+[^.;:!?,]{1,60}?,`
/** A contracted auxiliary glued to a pronoun ("we've", "we're"); not "we'd" or "we'll", which are hypothetical or planned. */
const CONTRACTION = "(?:['’](?:ve|re))?"
/** A short form in brackets after a name: "the Orbit Foundation (the “OF”) announced", "Orbit Labs (OL) launched". */
const ALIAS = '(?:\\s*\\((?:the\\s+)?["“]?(?:\\uE000\\d+\\uE001|[^()\\uE000,;]{1,30})["”]?\\))?'
/** Optional parenthetical and relative pronoun between a name and its verb. */
const LINK = `${CONTRACTION}${ALIAS}(?:${DESCRIPTION_APPOS}|{APPOS})(?:,?\\s+${alt(RELATIVE_PRONOUNS)})?\\s+`
/**
 * Before a leading slot: it is not the object of a preposition inside a description in apposition
 * to an earlier name ("Zeta, DeFi hubs within Tau and Sigma, announced": neither Tau nor Sigma is a subject).
 */
const NOT_IN_APPOSITIVE = `(?<!\\uE001,\\s+(?:[\\w-]+\\s+){1,4}?${alt(PLACING_PREPS)}\\s+(?:the\\s+)?(?:\\uE000\\d+\\uE001(?:,\\s+|,?\\s+(?:and|&)\\s+)(?:the\\s+)?){0,4})`
/**
 * A stance that leaves the verb after it stated, not planned: "is pleased to (announce)", "are excited to (partner with)",
 * "we're proud to (have backed)", a decision taken ("chose to (use)").
 */
const STANCE = `(?:(?:${alt(STANCE_COPULAS)}\\s+|(?<=['’](?:re|m|s)\\s+))(?:very\\s+|so\\s+)?${alt(STANCE_ADJECTIVES)}|${alt(formsOf(DECISION_VERBS, ['past']))})\\s+to\\s+`
/** Prepositions that open a fronted phrase, never a clause: their object is no subject ("In addition to Nebula, Zeta introduced …"). */
const FRONTING_PREPS = ['in addition to', 'besides', 'apart from', 'aside from', 'alongside', 'along with', 'unlike', 'like', 'beyond', 'similar to', 'compared to', 'compared with', 'as with']
/** Before a leading slot: it is not the object of a fronted prepositional phrase. */
const NOT_FRONTED_OBJECT = `(?<!(?:^|[.;:!?]\\s+)${alt(FRONTING_PREPS)}\\s+(?:the\\s+)?)`
/** After a reciprocal verb or noun: no other argument follows ("X and Y partnered with Z" is not between X and Y). */
const RECIPROCAL_END = '(?!\\s+(?:with|to|into|between|of)\\s|\\s+on\\s+(?:the\\s+)?\\uE000)'
/** A class noun after a subject's name ("the Lumo platform leverages Y", "Zeta's Orbit wallet uses Y"): the name is the subject. */
const HEAD_NOUN = '(?:\\s+(?:platform|protocol|network|library|framework|wallet|app|application|project|service|product|sdk|engine|client|node|runtime))?'
/** A first role appositive with its organisation, skipped before a second one ("Y, Engineer at Orbit Labs, co-creator of X"). */
const EARLIER_ROLE = '(?:(?:[\\w-]+\\s+){1,4}?(?:at|of|with|for)\\s+(?:the\\s+)?\\uE000\\d+\\uE001,\\s+)?'
/** A stretch of one clause: no name, punctuation, quote or word that opens another clause ("because", "which", "but"). */
const SAME_CLAUSE = '(?:(?!(?<![a-z])(?:because|while|when|whereas|although|though|but|which|who|that|if|unless|after|before|since|as|so|then)\\s)[^.;,:!?\\uE000"“”()]){1,80}?'
/** Perfect auxiliary and adverbs before a finite verb, or a stance that leaves it stated ("is pleased to announce", "are excited to partner with"). */
const PERFECT = `(?:(?:has|have|had)\\s+|${STANCE})?${ADV}`
const PASSIVE = `(?:${alt(PASSIVE_AUXILIARIES)}\\s+)?${ADV}`
const YEAR = '(?:(?:in|on)\\s+(?:\\w+\\s+)?\\d{4}\\s+)?'
const THE = '(?:the\\s+)?'
/** A description that names what follows after a colon ("the world's most advanced NFT protocol: X"); it may hold names. */
const LABELLED = `(?:the\\s+|its\\s+|their\\s+|an?\\s+)?(?:[\\w'’-]+\\s+|\\uE000\\d+\\uE001\\s+){0,8}?[\\w-]+:\\s+(?=(?:the\\s+)?\\uE000)`
/**
 * Before an object: a description in apposition ("launched its new governance system, OpenGov"),
 * a group noun that introduces its members ("former Orbit executives A and B") ("the top projects, including X and Y";
 * "established applications like X"), and an opening quote ("launched \"X\"").
 */
const MEMBERS = `(?:${LABELLED}|(?:the\\s+|its\\s+|their\\s+|other\\s+|several\\s+|many\\s+)?(?:[\\w-]+\\s+|\\uE000\\d+\\uE001\\s+){0,3}?[\\w-]+(?:,?\\s+|\\s*[—–]\\s*)${alt(LIST_CUES)}\\s+|["“‘']|(?:its|their|his|her|the|an?)\\s+(?:[\\w-]+\\s+){0,4}?[\\w-]+,\\s+(?=(?:the\\s+)?\\uE000)|(?:${alt(PEOPLE_MODIFIERS)}[\\s-]+){0,2}(?:\\uE000\\d+\\uE001\\s+)?${alt(PEOPLE_NOUNS)}\\s+(?=(?:the\\s+)?\\uE000))?`
/** A few plain words (crossing no name). */
const words = (max: number): string => `(?:[\\w-]+\\s+){0,${max}}?`
/** A few words, amounts included ("$5 million", "US$1.8 million"). */
const AMOUNT_WORDS = '(?:[\\w$€£.,%-]+\\s+){0,6}?'
const SENTENCE_START = '(?:^|[.;:!?]\\s+|\\n)'
const PLAN_ADJ = alt(PLAN_ADJECTIVES)

/**
 * After the name in a bare possessive: it modifies no noun that names a dealing between the two ("Zeta's Orbit
 * integration", "Zeta's Orbit partnership": Orbit is what Zeta integrated or partnered with, not Zeta's).
 */
const NOT_MODIFIER = '(?!\\s+(?:integration|partnership|collaboration|listing|deal|acquisition|bridge|support)s?(?![\\w-]))'

/** Lookbehind: the verb follows a coordination of names ("X and Y launch"). */
const AFTER_COORDINATION = '(?<=(?:and|&)\\s+(?:the\\s+)?\\uE000\\d+\\uE001\\s+)'
/** A possessive pronoun is a determiner before a verb's object, never the object ("launched its wallet"). */
const NOT_DETERMINER = '(?!(?:its|their|his|her|our)\\s)'

/** After a leading slot: it did not end in a possessive pronoun ("its links with Y": "its" is no subject). */
const NOT_POSSESSIVE = '(?<!(?<![a-z])(?:its|their|his|her|our))'

/** The compiled vocabulary of one verb sense. */
interface VerbWords {
  finite: string
  participle: string
  gerund: string
  infinitive: string
}

/**
 * The forms of a verb sense as pattern groups.
 *
 * @param sense Verb sense.
 * @returns Finite (past, present, plural present), participle, gerund and infinitive groups.
 */
function verbWords(sense: VerbSense): VerbWords {
  const forms = sense.verbs.map((v) => inflect(v))
  return {
    // The bare form is a finite verb only after a coordination ("X and Y partner with Z"): after one
    // name it is mostly something else ("compared to Y make X", "its launch sequence").
    finite: `(?:${alt(forms.flatMap((f) => [f.past, f.present]))}|${AFTER_COORDINATION}${alt(forms.map((f) => f.infinitive))})`,
    participle: alt(forms.map((f) => f.participle)),
    gerund: alt(forms.map((f) => f.gerund)),
    infinitive: alt(forms.map((f) => f.infinitive))
  }
}

/** Finite verb, progressive ("is launching") or inceptive ("has started collaborating"). */
function finiteGroup(w: VerbWords): string {
  return `(?:${w.finite}|${w.gerund}|${STANCE}(?:${w.infinitive}|have\\s+${ADV}${w.participle})|${alt(PROGRESSIVE_AUXILIARIES)}\\s+${ADV}${w.gerund}|${alt(formsOf(INCEPTIVE_VERBS, ['past', 'present', 'infinitive', 'participle']))}\\s+${w.gerund})`
}

/** Argument-type fields of a rule, from a sense and its frame. */
function types(frame: Frame, sense?: { subjectTypes?: string[] | undefined; objectTypes?: string[] | undefined }): Partial<RelationRule> {
  const out: Partial<RelationRule> = {}
  const subjectTypes = sense?.subjectTypes ?? frame.subjectTypes
  const objectTypes = sense?.objectTypes ?? frame.objectTypes
  if (subjectTypes) out.subjectTypes = subjectTypes
  if (objectTypes) out.objectTypes = objectTypes
  if (frame.subjectConcept) out.subjectConcept = true
  return out
}

/** The prepositions of a verb sense (one or several). */
function preps(prep: string | string[]): string[] {
  return Array.isArray(prep) ? prep : [prep]
}

/** A trigger for a sense's rules: its words, each at the start of a word. */
function senseTrigger(words: string[]): string {
  return `(?<![a-z])${alt(words)}`
}

/** Rules of one verb sense. */
function verbRules(frame: Frame, sense: VerbSense, n: string, predicate: string, planned: boolean): RelationRule[] {
  const w = verbWords(sense)
  const d = `{${sense.doer}}`
  const t = `{${other(sense.doer)}}`
  const base = { predicate, ...types(frame, sense) }
  const id = (c: string): string => `${frame.id ?? frame.predicate}.${c}${n}`
  const rules: RelationRule[] = []
  // Each construction runs only on sentences with its own cue (the participle before "by", the gerund after "by", …).
  const prefix = `${frame.id ?? frame.predicate}.`
  const cues: Record<string, string> = sense.prep
    ? {
        stative: `(?<![a-z])${w.participle}\\s+(?:[\\w-]+\\s+){0,2}?${alt(preps(sense.prep))}\\s`,
        reduced: `(?<![a-z])${w.participle}\\s+(?:[\\w-]+\\s+){0,2}?${alt(preps(sense.prep))}\\s`,
        fronted: `(?<![a-z])${w.participle}\\s+${alt(preps(sense.prep))}\\s`,
        copula: `(?<![a-z])${alt(COPULAS)}\\s[^.;]{0,60}?(?<![a-z])${w.participle}\\s+${alt(preps(sense.prep))}\\s`,
        compound: `-${w.participle}`,
        'compound-copula': `-${w.participle}`,
        'compound-appositive': `-${w.participle}`
      }
    : { passive: `${w.participle}[^.;]{0,40}?\\sby\\s`, reduced: `${w.participle}[^.;]{0,40}?\\sby\\s`, appositive: `${w.participle}[^.;]{0,40}?\\sby\\s`, copula: `${w.participle}[^.;]{0,40}?\\sby\\s`, fronted: `${w.participle}[^.;]{0,40}?\\sby\\s` }
  cues.gerund = `by\\s+${w.gerund}`
  // A second verb phrase: "and (recently) released".
  cues.coordinated = `(?<![a-z])and\\s+(?:[a-z]+\\s+){0,2}?${alt(sense.verbs.flatMap((v) => [inflect(v).past, inflect(v).present]))}\\s`
  const causing = alt(formsOf(CAUSE_VERBS, ['past', 'present']))
  // One cue for every sense (tested once per sentence): a verb of causing and a "to" after it.
  cues.caused = `(?<![a-z])${causing}\\s[^.;]{1,60}?\\sto\\s`
  cues.adjunct = `${alt(ADJUNCT_PREPOSITIONS)}\\s+${w.gerund}\\s`
  cues.joint = `(?:and|&)\\s[^.;]*?${senseTrigger(sense.verbs.flatMap((v) => Object.values(inflect(v))))}`
  const withSenseTrigger = (list: RelationRule[]): RelationRule[] =>
    list.map((r) => {
      const construction = r.id.slice(prefix.length).replace(/-(?:p?\d+)$/, '')
      return { ...r, trigger: cues[construction] ?? trigger }
    })
  // A concept slot reads "its first-ever auctions" as a noun phrase; a name slot must not take "its" alone.
  const patientConcept = frame.subjectConcept && sense.doer === 'O'
  const trigger = senseTrigger(sense.verbs.flatMap((v) => Object.values(inflect(v))))
  // "deploy a parachain on Y": the verb's own object stands between it and the preposition.
  const object = sense.object ? `(?:(?:its|their|his|her|our|an?|the)\\s+)?${words(4)}${alt(sense.object.flatMap((o) => [o, `${o}s`]))}\\s+` : ''
  // "X joined Y in launching Z": Y is X's companion in an action, not what X joined.
  const notAction = sense.notBeforeAction ? `(?!\\s+(?:(?:in|on)\\s+[a-z]+ing|to\\s+(?!the\\s)[a-z]+)\\s)` : ''
  const after = sense.prep ? `${object}${sense.gap ? AMOUNT_WORDS : ''}${alt(preps(sense.prep))}\\s+${MEMBERS}${THE}${t}${notAction}` : `${MEMBERS}${patientConcept ? t : NOT_DETERMINER + t}${notAction}`
  if (planned) {
    const plan = `${PLAN_LEAD}\\s+${ADV}${w.infinitive}\\s+${after}`
    rules.push({ ...base, id: id('planned'), pattern: `${NOT_IN_APPOSITIVE}${NOT_FRONTED_OBJECT}${d}${NOT_POSSESSIVE}["”’']?,?${LINK}${ADV}${plan}`, confidence: 0.8, description: `X plans to ${sense.verbs[0]} Y` })
    rules.push({ ...base, id: id('planned-appositive'), pattern: `${d},\\s+(?:the|an?)\\s+${words(3)}${plan}`, confidence: 0.75, description: `X, a wallet planning to ${sense.verbs[0]} Y` })
    rules.push({ ...base, id: id('planned-fronted'), pattern: `${SENTENCE_START}${plan},\\s+${THE}${words(2)}${d}`, confidence: 0.75, description: `Eager to ${sense.verbs[0]} Y, X …` })
    return withSenseTrigger(rules)
  }
  if (sense.active !== false) {
    // "In partnering with Y, X …", "By funding Y, X …": a fronted gerund's subject is the clause's.
    rules.push({ ...base, id: id('adjunct'), pattern: `${SENTENCE_START}${alt(ADJUNCT_PREPOSITIONS)}\\s+${w.gerund}\\s+${after},\\s+${THE}${words(2)}${d}(?!\\s*['’]s)`, confidence: 0.75, description: `In ${inflect(sense.verbs[0]!).gerund} X, Y …` })
    rules.push({ ...base, id: id('active'), pattern: `${NOT_IN_APPOSITIVE}${NOT_FRONTED_OBJECT}${d}${NOT_POSSESSIVE}${HEAD_NOUN}${LINK}${PERFECT}${finiteGroup(w)}\\s+${after}`, confidence: 0.8, description: `active: Y ${inflect(sense.verbs[0]!).past} X` })
    // "This led us to develop Y", "Z enabled Orbit to use Y": the object of a verb of causing does the action.
    rules.push({ ...base, id: id('caused'), pattern: `(?<![a-z])${causing}\\s+${d}\\s+to\\s+${ADV}${w.infinitive}\\s+${after}`, confidence: 0.75, description: `This led X to ${sense.verbs[0]} Y` })
    // "X offers a portfolio of tools and recently released Y": a second verb phrase shares the subject (no name, comma or quote between).
    rules.push({ ...base, id: id('coordinated'), pattern: `${NOT_IN_APPOSITIVE}${NOT_FRONTED_OBJECT}${d}${NOT_POSSESSIVE}(?!['’]s)\\s+(?:[a-z]+s|[a-z]+ed|has\\s+[a-z]+ed)\\s+${SAME_CLAUSE}\\s+and\\s+(?:(?:has|have)\\s+)?${ADV}(?:${w.finite})\\s+${after}`, confidence: 0.7, description: `X does something and ${inflect(sense.verbs[0]!).past} Y` })
    rules.push({ ...base, id: id('gerund'), pattern: `${d}{GAP}\\s+by\\s+${w.gerund}\\s+${after}`, confidence: 0.75, description: `by + gerund: Y … by ${inflect(sense.verbs[0]!).gerund} X` })
  }
  if (sense.reciprocal && sense.active !== false) {
    // "X and Y partnered", "X, a platform, and Y have started collaborating": no other argument follows.
    rules.push({ ...base, id: id('reciprocal'), pattern: `${NOT_IN_APPOSITIVE}${NOT_FRONTED_OBJECT}{S!}{APPOS}\\s+(?:and|&)\\s+{O!}\\s+${PERFECT}${finiteGroup(w)}(?![\\w-])${RECIPROCAL_END}`, confidence: 0.75, description: `X and Y ${inflect(sense.verbs[0]!).past}` })
  }
  if (!sense.prep) {
    // Transitive: the patient is the passive subject. Where it opens an appositive, it is a name:
    // a noun phrase tried at every position costs much, and "the upgrade, built by Y" is a reference.
    const { subjectConcept: _concept, ...nameFirst } = base
    rules.push({ ...base, id: id('passive'), pattern: `${NOT_IN_APPOSITIVE}${NOT_FRONTED_OBJECT}${t}${NOT_POSSESSIVE}${HEAD_NOUN}${LINK}${PASSIVE}${w.participle}\\s+${ADV}${YEAR}by\\s+${MEMBERS}${THE}${d}`, confidence: 0.85, description: 'passive: X was …ed by Y' })
    rules.push({ ...nameFirst, id: id('reduced'), pattern: `${NOT_IN_APPOSITIVE}${NOT_FRONTED_OBJECT}${t},\\s+${ADV}${w.participle}\\s+${ADV}${YEAR}by\\s+${MEMBERS}${THE}${d}`, confidence: 0.8, description: 'reduced participle: X, …ed by Y,' })
    rules.push({ ...nameFirst, id: id('appositive'), pattern: `${t},\\s+(?:the|an?|its|their)\\s+${words(4)}${w.participle}\\s+${ADV}${YEAR}by\\s+${MEMBERS}${THE}${d}`, reduce: other(sense.doer), confidence: 0.8, description: 'appositive: X, the tool …ed by Y' })
    rules.push({ ...nameFirst, id: id('copula'), pattern: `${t}\\s+${alt(COPULAS)}\\s+{GAP},\\s+${ADV}${w.participle}\\s+${ADV}${YEAR}by\\s+${MEMBERS}${THE}${d}`, confidence: 0.75, description: 'participle on a predicate noun: X is a tool …ed by Y' })
    rules.push({ ...base, id: id('fronted'), pattern: `${SENTENCE_START}${ADV}${w.participle}\\s+${ADV}${YEAR}by\\s+${MEMBERS}${THE}${d}(?:\\s+(?:in|on)\\s+(?:\\w+\\s+)?\\d{4})?,\\s+${THE}${words(2)}${t}`, confidence: 0.85, description: '…ed by Y, X …' })
  } else if (sense.doer === 'S' && !sense.object) {
    // "X is built on Y", "X, based in Y,", "Built on Y, X", "Y-based X".
    rules.push({ ...base, id: id('stative'), pattern: `${NOT_IN_APPOSITIVE}${NOT_FRONTED_OBJECT}${d}${NOT_POSSESSIVE}${LINK}${PASSIVE}${w.participle}\\s+${ADV}${after}`, confidence: 0.8, description: `X is ${inflect(sense.verbs[0]!).participle} ${preps(sense.prep)[0]} Y` })
    rules.push({ ...base, id: id('reduced'), pattern: `${NOT_IN_APPOSITIVE}${NOT_FRONTED_OBJECT}${d},\\s+(?:(?:the|an?)\\s+${words(3)})?${ADV}${w.participle}\\s+${ADV}${after}`, reduce: sense.doer, confidence: 0.8, description: `X, (a startup) ${inflect(sense.verbs[0]!).participle} ${preps(sense.prep)[0]} Y,` })
    rules.push({ ...base, id: id('fronted'), pattern: `${SENTENCE_START}${ADV}${w.participle}\\s+${alt(preps(sense.prep))}\\s+${THE}${t},\\s+${THE}${words(2)}${d}`, confidence: 0.8, description: `${inflect(sense.verbs[0]!).participle} ${preps(sense.prep)[0]} Y, X …` })
    // "X is a software company based in Y", "X is a wallet built on Y": the participle on the predicate noun.
    rules.push({ ...base, id: id('copula'), pattern: `${NOT_IN_APPOSITIVE}${d}${NOT_POSSESSIVE}${LINK}${alt(COPULAS)}\\s+(?:an?|the|one\\s+of\\s+the)\\s+${words(4)}${w.participle}\\s+${ADV}${after}`, confidence: 0.75, description: `X is a company ${inflect(sense.verbs[0]!).participle} ${preps(sense.prep)[0]} Y` })
    if (sense.compound) {
      rules.push({ ...base, id: id('compound'), pattern: `${t}-${w.participle}\\s+${words(2)}${d}`, confidence: 0.8, description: `Y-${inflect(sense.verbs[0]!).participle} X` })
      rules.push({ ...base, id: id('compound-copula'), pattern: `${d}${NOT_POSSESSIVE}${LINK}${alt(COPULAS)}\\s+(?:an?|the)\\s+${words(2)}${t}-${w.participle}\\b`, confidence: 0.75, description: `X is a Y-${inflect(sense.verbs[0]!).participle} company` })
      rules.push({ ...base, id: id('compound-appositive'), pattern: `${d},\\s+(?:an?|the)\\s+${words(2)}${t}-${w.participle}\\b`, reduce: sense.doer, confidence: 0.8, description: `X, a Y-${inflect(sense.verbs[0]!).participle} startup` })
    }
  }
  return withSenseTrigger(rules)
}

/** Rules of one nominalisation. */
function nounRules(frame: Frame, sense: NounSense, n: string): RelationRule[] {
  const noun = alt(sense.nouns.flatMap((x) => [x, `${x}s`]))
  const d = `{${sense.doer}}`
  const t = `{${other(sense.doer)}}`
  const base = { predicate: frame.predicate, ...types(frame) }
  const id = (c: string): string => `${frame.id ?? frame.predicate}.${c}${n}`
  const theme = `${alt([sense.themePrep])}\\s+${MEMBERS}${THE}${t}`
  const det = `(?:${alt(NOUN_DETERMINERS)}\\s+)?`
  const rules: RelationRule[] = []
  if (sense.doerPrep) {
    // "With generous support from Y, X hired …": a fronted prepositional phrase of the clause's subject.
    rules.push({ ...base, id: id('nominal-fronted'), pattern: `${SENTENCE_START}(?:with|thanks\\s+to)\\s+${det}${words(3)}${noun}\\s+${alt([sense.doerPrep])}\\s+${THE}${d},\\s+${THE}${words(2)}${t}`, confidence: 0.75, description: `With ${sense.nouns[0]} ${sense.doerPrep} Y, X …` })
    rules.push({ ...base, id: id('nominal'), pattern: `${noun}\\s+${theme}\\s+${alt([sense.doerPrep])}\\s+${THE}${d}`, confidence: 0.8, description: `the ${sense.nouns[0]} ${sense.themePrep} X ${sense.doerPrep} Y` })
  }
  if (!sense.doerPrep && sense.themePrep !== 'of') {
    // "the integration of X with Y", "the collaboration between X and Y".
    rules.push({ ...base, id: id('nominal-of'), pattern: `(?<!${PLAN_ADJ}\\s+)${noun}\\s+of\\s+${THE}${d}\\s+${theme}`, confidence: 0.75, description: `the ${sense.nouns[0]} of X ${sense.themePrep} Y` })
  }
  if ((sense.possessor ?? 'doer') === 'doer') {
    // "Y's acquisition of X"; "our acquisition of X", "its partnership with X" (a possessive pronoun is the slot itself).
    rules.push({ ...base, id: id('nominal-possessive'), pattern: `(?:${d}['’]s|(?=(?:our|its|their)\\s)${d})\\s+(?!${PLAN_ADJ}\\s)${words(2)}${noun}\\s+${theme}`, confidence: 0.8, description: `Y's ${sense.nouns[0]} ${sense.themePrep} X` })
    if (sense.themePrep === 'of') {
      rules.push({ ...base, id: id('nominal-owner'), pattern: `${noun}\\s+of\\s+${THE}${d}['’]s\\s+${t}`, confidence: 0.75, description: `the ${sense.nouns[0]} of Y's X` })
      // "the launch of A's lending protocol and B's optimization tool": the second owner and its thing.
      rules.push({ ...base, id: id('nominal-owner-and'), pattern: `${noun}\\s+of\\s+${THE}\\uE000\\d+\\uE001['’]s\\s+(?:[\\w-]+\\s+){1,4}?and\\s+${THE}${d}['’]s\\s+${t}`, confidence: 0.7, description: `the ${sense.nouns[0]} of A's X and Y's Z` })
    }
  } else if (sense.doerPrep) {
    rules.push({ ...base, id: id('nominal-possessive'), pattern: `${t}['’]s\\s+${words(3)}${noun}\\s+${alt([sense.doerPrep])}\\s+${THE}${d}`, confidence: 0.75, description: `X's ${sense.nouns[0]} ${sense.doerPrep} Y` })
  }
  // "X announced a partnership with Y", "Y announced the launch of X".
  rules.push({ ...base, id: id('light'), pattern: `${NOT_IN_APPOSITIVE}${NOT_FRONTED_OBJECT}${d}${NOT_POSSESSIVE}${LINK}${PERFECT}${alt(formsOf(DO_LIGHT_VERBS, ['past', 'present', 'infinitive']))}\\s+${det}${words(2)}${noun}\\s+${theme}`, confidence: 0.8, description: `Y announced the ${sense.nouns[0]} ${sense.themePrep} X` })
  if (sense.received && sense.doerPrep) {
    rules.push({ ...base, id: id('received'), pattern: `${NOT_IN_APPOSITIVE}${NOT_FRONTED_OBJECT}${t}${NOT_POSSESSIVE}${LINK}${PERFECT}${alt(formsOf(RECEIVE_LIGHT_VERBS, ['past', 'present', 'infinitive']))}\\s+${AMOUNT_WORDS}${noun}\\s+${alt([sense.doerPrep])}\\s+${THE}${d}`, confidence: 0.8, description: `X received a ${sense.nouns[0]} ${sense.doerPrep} Y` })
  }
  if (sense.given) {
    rules.push({ ...base, id: id('given'), pattern: `${NOT_IN_APPOSITIVE}${NOT_FRONTED_OBJECT}${d}${NOT_POSSESSIVE}${LINK}${PERFECT}${alt(formsOf(GIVE_LIGHT_VERBS, ['past', 'present', 'infinitive']))}\\s+${AMOUNT_WORDS}${noun}\\s+to\\s+${THE}${t}`, confidence: 0.8, description: `Y awarded a ${sense.nouns[0]} to X` })
  }
  if (sense.reciprocal) {
    // "X & Y Started XCM Integration", "X and Y announce a partnership": no theme follows.
    rules.push({ ...base, id: id('nominal-reciprocal'), pattern: `${NOT_IN_APPOSITIVE}${NOT_FRONTED_OBJECT}${d}{APPOS}\\s+(?:and|&)\\s+${t}\\s+${PERFECT}${alt(formsOf(DO_LIGHT_VERBS, ['past', 'present', 'infinitive']))}\\s+${det}(?:[\\w-]+\\s+|\\uE000\\d+\\uE001\\s+){0,2}?${noun}(?![\\w-])${RECIPROCAL_END}`, confidence: 0.75, description: `X and Y announced a ${sense.nouns[0]}` })
  }
  if (sense.between) {
    rules.push({ ...base, id: id('between'), pattern: `${noun}\\s+(?:between|of)\\s+{S!}\\s+(?:and|&)\\s+{O!}`, confidence: 0.85, description: `a ${sense.nouns[0]} between X and Y` })
  }
  if (frame.planned) {
    const planned = { ...base, predicate: frame.planned }
    // Two rules, not one alternation: a rule that starts with a slot is only tried where a name starts.
    rules.push({ ...planned, id: id('planned-possessive'), pattern: `${d}['’]s\\s+${PLAN_ADJ}\\s+${words(1)}${noun}\\s+${theme}`, confidence: 0.8, description: `X's planned ${sense.nouns[0]} ${sense.themePrep} Y` })
    rules.push({ ...planned, id: id('planned-nominal'), pattern: `${PLAN_ADJ}\\s+${words(1)}${noun}\\s+(?:of|between)\\s+${d}\\s+(?:${alt([sense.themePrep])}|and)\\s+${THE}${t}`, confidence: 0.8, description: `the planned ${sense.nouns[0]} of X ${sense.themePrep} Y` })
  }
  return rules.map((r) => ({ ...r, trigger: senseTrigger(sense.nouns) }))
}

/** Titles that stand before a holder's name ("CEO Ben Dale"): a name after one holds it, and starts no list of organisations. */
const TITLE_WORDS = [...new Set([...COORDINATED_TITLES, 'founder', 'co-founder', 'cofounder', 'creator', 'engineer', 'developer', 'researcher', 'analyst', 'partner', 'spokesperson', 'investor', 'member', 'dr', 'mr', 'ms', 'mrs', 'prof'])]

/** Rules of one role noun. */
function roleRules(frame: Frame, sense: RoleSense, n: string): EventRule[] {
  const role = alt(sense.nouns.flatMap((x) => [x, `${x}s`]))
  const h = `{${sense.holder}}`
  const g = `{${other(sense.holder)}}`
  // "Staff Engineer @ Orbit Labs": in signatures and profiles "@" stands for "at".
  const prep = sense.preps.includes('at') ? `(?:${alt(sense.preps)}|@)` : alt(sense.preps)
  const holderTypes = sense.holderTypes ?? ['Person']
  const base = { predicate: frame.predicate, ...(sense.holder === 'S' ? { subjectTypes: holderTypes } : { objectTypes: holderTypes }) }
  const id = (c: string): string => `${frame.id ?? frame.predicate}.${c}${n}`
  const reduce = sense.holder
  // "head of research at X": a role may carry its own complement before the organisation.
  const complement = `(?:\\s+(?:and\\s+[\\w-]+|(?:of|for)\\s+(?:[\\w-]+(?:\\s+[\\w-]+)?|\\uE000\\d+\\uE001)))?`
  const rules: EventRule[] = [
    // Not the object of a preposition in an earlier role ("Y, Engineer at Orbit Labs, co-creator of X": Orbit Labs holds no role).
    { ...base, id: id('role-after'), pattern: `(?<!(?<![\\w-])at\\s+(?:the\\s+)?)${h},\\s+(?:the\\s+|an?\\s+|their\\s+|its\\s+)?${words(3)}${role}${complement}\\s+${prep}\\s+${THE}${g}`, reduce, confidence: 0.85, description: `Y, ${sense.nouns[0]} ${sense.preps[0]} X` },
    // A second role after a first one with its organisation ("Y, Engineer at Orbit Labs, co-creator of X"): not reducing, so it runs after
    // the first role's rule has reduced its appositive, or reads past it.
    { ...base, id: id('role-after-second'), pattern: `(?<!(?<![\\w-])at\\s+(?:the\\s+)?)${h},\\s+${EARLIER_ROLE}(?:the\\s+|an?\\s+|their\\s+|its\\s+)?${words(3)}${role}${complement}\\s+${prep}\\s+${THE}${g}`, confidence: 0.8, description: `Y, Engineer at Z, ${sense.nouns[0]} ${sense.preps[0]} X` },
    // "said Y, Vice President, X Strategy": in signatures the role and the organisation are separated by a comma only.
    { ...base, id: id('role-comma'), pattern: `${h},\\s+${words(3)}${role}${complement},\\s+${THE}${g}(?!\\s*(?:,\\s*)?(?:and|&)\\s)`, reduce, confidence: 0.8, description: `Y, ${sense.nouns[0]}, X` },
    // "angel investors including Maria Lopez (CTO, Orbit Labs)": the role and its organisation in brackets after the name.
    { ...base, id: id('role-bracketed-comma'), pattern: `${h}\\s*\\(\\s*(?:the\\s+|an?\\s+)?${words(3)}${role}${complement},\\s+${THE}${g}\\s*\\)`, confidence: 0.8, description: `Y (${sense.nouns[0]}, X)` },
    { ...base, id: id('role-before'), pattern: `(?:(?:an?|the)\\s+${words(2)})?${role}${complement}\\s+${prep}\\s+${THE}${g},\\s+${h}`, reduce, confidence: 0.85, description: `the ${sense.nouns[0]} ${sense.preps[0]} X, Y` },
    { ...base, id: id('role-copula'), pattern: `${NOT_IN_APPOSITIVE}${h}${NOT_POSSESSIVE}${LINK}${alt(COPULAS)}\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+)?${words(3)}${role}${complement}\\s+${prep}\\s+${THE}${g}`, confidence: 0.8, description: `Y is the ${sense.nouns[0]} ${sense.preps[0]} X` },
    // "Y has members including X", "the founders of Y include X": the holders listed after a plural role.
    { ...base, id: id('role-members'), pattern: `${NOT_IN_APPOSITIVE}${g}${NOT_POSSESSIVE}{APPOS}\\s+(?:now\\s+)?(?:has|have|had|counts|counted|lists|listed|welcomes|welcomed|includes|included)\\s+${words(3)}${role}\\s+${alt(LIST_CUES)},?\\s+${THE}${h}`, confidence: 0.8, description: `X has ${sense.nouns[0]}s including Y` },
    // "- Maria Lopez, Executive Director." (a signature with no organisation): the organisation the article speaks for;
    // not a byline ("By Maria Lopez, Finance Editor": the outlet's, not the subject's).
    { ...base, id: id('role-signature'), publisherSlot: other(sense.holder), pattern: `(?<!(?<![\\w-])by\\s+)${h},\\s+(?:the\\s+)?${words(2)}${role}\\s*[.;]?\\s*$`, confidence: 0.65, description: `Y, ${sense.nouns[0]}. (of the publisher)` },
    // "Maria Lopez, co-founder and CEO, said: …" (a press release's own people are named without it): the publisher.
    { ...base, id: id('role-signature-said'), publisherSlot: other(sense.holder), pattern: `(?<!(?<![\\w-])by\\s+)${h},\\s+(?:the\\s+|our\\s+)?${words(2)}${role}(?:\\s+(?:and|&)\\s+${alt(COORDINATED_TITLES)})?,?\\s+(?:said|says|added|adds|noted|notes|explained|explains|commented|stated|states|wrote)\\b`, confidence: 0.65, description: `Y, ${sense.nouns[0]}, said (of the publisher)` },
    // "X grew, with Y as its CEO": an absolute clause gives the role toward the sentence's first name.
    { ...base, id: id('role-absolute'), pattern: `^[^\\uE000]{0,40}?${g}${NOT_POSSESSIVE}[^\\uE000]{0,120}?,\\s+with\\s+${THE}${h}\\s+(?:being|as)\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+)?${words(6)}${role}(?!\\s+(?:of|at|in|for|to|with)\\s)`, confidence: 0.7, description: `X …, with Y being its ${sense.nouns[0]}` },
    { ...base, id: id('role-members-of'), pattern: `${role}\\s+(?:of|at|in)\\s+${THE}${g},?\\s+(?:include|included|are|were|such\\s+as|including),?\\s+${THE}${h}`, confidence: 0.8, description: `the ${sense.nouns[0]}s of X include Y` }
  ]
  if (sense.titles?.length) {
    // Only roles that can be titles stand bare next to the organisation ("Y, X founder"; not "Y, X team").
    rules.push({ ...base, id: id('role-possessive'), pattern: `${g}['’]s\\s+${words(3)}${role},?\\s+${h}`, reduce, confidence: 0.85, description: `X's ${sense.nouns[0]}, Y` })
    // The words between the organisation and the role are its modifiers, never a verb ("A, B and C are founding members" names no founder of C).
    const modifiers = `(?:\\s+(?!(?:${alt(COPULAS)}|have|had|will|would)\\s)[\\w-]+){0,2}?`
    rules.push({ ...base, id: id('role-named'), pattern: `${h},\\s+${THE}${g}${modifiers}\\s+${role}\\b(?!\\s+(?:of|at|for|behind)\\s|,?\\s+(?:(?:dr|mr|mrs|ms|prof)\\.?\\s+)?\\uE000)`, reduce, confidence: 0.75, description: `Y, X ${sense.nouns[0]}` })
    // "Maria Lopez (Orbit Labs cofounder)": the role in brackets after the name, as in lists of investors or speakers.
    rules.push({ ...base, id: id('role-bracketed'), pattern: `${h}\\s*\\(\\s*${THE}${g}${modifiers}\\s+${role}\\s*\\)`, confidence: 0.75, description: `Y (X ${sense.nouns[0]})` })
    // A singular title names one holder ("X co-founder A and B": B is no co-founder); a plural one, a list.
    // A group ("founding team") names several, as a plural does.
    const isPlural = (t: string): boolean => t.endsWith('s') || t.endsWith(' team')
    const singular = sense.titles.filter((t) => !isPlural(t))
    const plural = sense.titles.filter(isPlural)
    const people = sense.holder === 'S' ? { subjectTypes: ['Person'] } : { objectTypes: ['Person'] }
    // "Orbit co-founder and CEO Maria Lopez": a second title may follow the first. A comma list before a singular
    // title is a list of other things ("investors: Helix Ventures, Anna Berg, Orbit founder Maria Lopez").
    const andTitle = `(?:\\s+(?:and|&)\\s+${alt(COORDINATED_TITLES)})?`
    // Nor does the list start with the holder of an earlier title ("Orbit CEO Ben Dale and Quanta founder Anna Berg": Ben Dale founded nothing).
    const notHolder = `(?<!(?<![\\w-])${alt(TITLE_WORDS)}\\.?\\s+)`
    if (singular.length) rules.push({ ...base, ...people, id: id('title'), pattern: `${notHolder}(?!\\uE000\\d+\\uE001\\s*,\\s*(?:the\\s+)?\\uE000)${g}(?:['’]s)?\\s+${alt(singular)}${andTitle},?\\s+{${sense.holder}!}`, reduce, confidence: 0.9, description: `X ${singular[0]} Y` })
    // "Maria Lopez, Orbit's co-founder and CEO, said": the possessive role in apposition after the name.
    rules.push({ ...base, id: id('role-possessive-after'), pattern: `${h},\\s+${g}['’]s\\s+${words(3)}${role}${andTitle}(?=\\s*[,.;:]|\\s+(?:said|says|added|noted|explained|stated)\\b)`, confidence: 0.8, description: `Y, X's ${sense.nouns[0]}, said` })
    if (plural.length) rules.push({ ...base, ...people, id: id('title-plural'), pattern: `${notHolder}(?!\\uE000\\d+\\uE001\\s*,\\s*(?:the\\s+)?\\uE000)${g}(?:['’]s)?\\s+${alt(plural)}(?:,?\\s+|\\s*\\(\\s*)${h}`, reduce, confidence: 0.9, description: `X ${plural[0]} Y and Z` })
  }
  return rules.map((r) => ({ ...r, trigger: senseTrigger([...sense.nouns, ...(sense.titles ?? [])]) }))
}

/** Rules of one class noun. */
function classRules(frame: Frame, sense: ClassSense, n: string): RelationRule[] {
  const noun = `["“‘']?${alt(sense.nouns.flatMap((x) => [x, `${x}s`]))}["”’']?`
  const base = { predicate: frame.predicate, ...types(frame) }
  const id = (c: string): string => `${frame.id ?? frame.predicate}.${c}${n}`
  // "Kusama, known as", "the Zeta network, Omicron's …": a head word after the name, a naming phrase before the noun.
  const head = '(?:\\s+(?:network|chain|blockchain|protocol|token|project))?'
  const naming = `(?:${words(3)}as\\s+)?`
  const det = '(?:the\\s+|an?\\s+)?(?:one\\s+of\\s+(?:the\\s+)?)?'
  // "the most advanced NFT project in the world built on the best protocol: Y": a short place phrase, a labelling description.
  const tail = `${noun}\\s+(?:(?:in|across|within)\\s+(?:the\\s+)?[\\w-]+\\s+)?${alt(sense.preps)}\\s+(?:${LABELLED}|${THE}${words(2)}){O}`
  const owner = `{O}(?:\\s+(?:team|project|network|foundation|community))?['’]s\\s+${words(5)}${noun}`
  const rules: RelationRule[] = [
    { ...base, id: id('class-appositive'), pattern: `{S}${head},\\s+${naming}${det}${words(3)}${tail}`, reduce: 'S', confidence: 0.85, description: `X, the ${sense.nouns[0]} ${sense.preps[0]} Y` },
    // After a copula, the modifiers hold no second determiner: "X is building its parachain on Y" is no class statement.
    { ...base, id: id('class-copula'), pattern: `{S}${NOT_POSSESSIVE}${LINK}${alt(COPULAS)}\\s+(?:both\\s+)?${det}(?:(?!(?:its|their|his|her|our|an?|the)\\s)[\\w-]+\\s+){0,3}?${tail}`, confidence: 0.8, description: `X is the ${sense.nouns[0]} ${sense.preps[0]} Y` }
  ]
  if (sense.possessive) {
    rules.push({ ...base, id: id('class-possessive'), pattern: `{S}${head},\\s+${naming}(?:the\\s+|an?\\s+)?${owner}(?![\\w-])`, reduce: 'S', confidence: 0.85, description: `X, Y's ${sense.nouns[0]}` })
    rules.push({ ...base, id: id('class-possessive-copula'), pattern: `{S}${NOT_POSSESSIVE}${LINK}${alt(COPULAS)}\\s+(?:both\\s+)?(?:the\\s+|an?\\s+)?${owner}(?![\\w-])`, confidence: 0.8, description: `X is Y's ${sense.nouns[0]}` })
    rules.push({ ...base, id: id('class-possessive-fronted'), pattern: `${owner},?\\s+{S}`, reduce: 'S', confidence: 0.85, description: `Y's ${sense.nouns[0]}, X` })
  }
  return rules.map((r) => ({ ...r, trigger: senseTrigger(sense.nouns) }))
}

/** Rules of one pre-modified class noun: "X, an Orbit company"; "X (an Orbit company)"; "X is a Delaware nonprofit". */
function premodifiedRules(frame: Frame, sense: PremodifiedSense, n: string): RelationRule[] {
  const noun = alt(sense.nouns)
  const base = { predicate: frame.predicate, ...types(frame), objectTypes: sense.objectTypes, ...(sense.strict ? { strictTypes: true } : {}) }
  const id = (c: string): string => `${frame.id ?? frame.predicate}.${c}${n}`
  const tail = `(?:a|an|the)\\s+{O!}\\s+${words(2)}${noun}(?![\\w-])`
  return [
    { ...base, id: id('premodified-appositive'), pattern: `{S!}(?:,\\s+|\\s*\\(\\s*)${tail}(?:\\s*\\))?`, reduce: 'S' as const, confidence: 0.8, description: `X, an Orbit ${sense.nouns[0]}` },
    { ...base, id: id('premodified-copula'), pattern: `{S}${NOT_POSSESSIVE}${LINK}${alt(COPULAS)}\\s+${tail}`, confidence: 0.75, description: `X is a Delaware ${sense.nouns[0]}` }
  ].map((r) => ({ ...r, trigger: senseTrigger(sense.nouns) }))
}

/**
 * Every word of a frame, as a trigger: a sentence without one of them
 * cannot match any of the frame's rules, so they are skipped at once.
 *
 * @param frame Frame.
 * @returns Trigger pattern (case-insensitive).
 */
export function frameTrigger(frame: Frame): string {
  const all: string[] = []
  for (const v of [...(frame.verbs ?? []), ...(frame.plannedVerbs ?? [])]) {
    for (const lemma of v.verbs) all.push(...Object.values(inflect(lemma)))
  }
  for (const n of frame.nouns ?? []) all.push(...n.nouns)
  for (const r of frame.roles ?? []) all.push(...r.nouns, ...(r.titles ?? []))
  for (const c of frame.classes ?? []) all.push(...c.nouns)
  for (const c of frame.premodified ?? []) all.push(...c.nouns)
  return all.length > 0 ? alt(all) : ''
}

/**
 * Compile a frame into relation rules, one per construction and sense.
 * Rules that reduce an appositive to its head come first in the list they
 * return, as the matcher needs (see `rules/index.ts`).
 *
 * @param frame Frame (validated).
 * @returns Rules, each with its sense's words as trigger.
 */
export function compileFrame(frame: Frame): EventRule[] {
  const rules: RelationRule[] = []
  const number = (list: unknown[] | undefined, i: number): string => ((list?.length ?? 0) > 1 ? `-${i + 1}` : '')
  frame.verbs?.forEach((sense, i) => {
    rules.push(...verbRules(frame, sense, number(frame.verbs, i), frame.predicate, false))
    if (frame.planned) rules.push(...verbRules(frame, sense, number(frame.verbs, i), frame.planned, true))
  })
  frame.plannedVerbs?.forEach((sense, i) => {
    if (frame.planned) rules.push(...verbRules(frame, sense, `-p${i + 1}`, frame.planned, true))
  })
  frame.nouns?.forEach((sense, i) => rules.push(...nounRules(frame, sense, number(frame.nouns, i))))
  frame.roles?.forEach((sense, i) => rules.push(...roleRules(frame, sense, number(frame.roles, i))))
  frame.classes?.forEach((sense, i) => rules.push(...classRules(frame, sense, number(frame.classes, i))))
  frame.premodified?.forEach((sense, i) => rules.push(...premodifiedRules(frame, sense, number(frame.premodified, i))))
  // Each sense's rules carry that sense's words as their trigger (rules of one sense share it).
  const scale = frame.confidence ?? 1
  const withTrigger: EventRule[] = rules.map((r) => ({ ...r, confidence: Math.round((r.confidence ?? 0.8) * scale * 100) / 100 }))
  // Bare possessives and attachments have no word of the frame: no trigger.
  if (frame.possessive) {
    withTrigger.push({ id: `${frame.id ?? frame.predicate}.possessive`, predicate: frame.predicate, pattern: `{O}['’]s\\s+{S!}${NOT_MODIFIER}`, subjectTypes: frame.possessive.subjectTypes, ...(frame.possessive.objectTypes ? { objectTypes: frame.possessive.objectTypes } : {}), ...(frame.possessive.strict ? { strictTypes: true } : {}), reduce: 'S', confidence: 0.7 * scale, description: "Y's X" })
  }
  if (frame.attached) {
    withTrigger.push({ id: `${frame.id ?? frame.predicate}.attached`, predicate: frame.predicate, pattern: `{S}\\s+${alt(frame.attached.preps)}\\s+${THE}{O}`, subjectTypes: frame.attached.subjectTypes, ...(frame.attached.objectTypes ? { objectTypes: frame.attached.objectTypes } : {}), reduce: 'S', confidence: 0.7 * scale, description: 'X of Y' })
  }
  if (frame.bracketed) {
    // "Maria Lopez (Orbit Labs)" says little alone; in a list of board members or speakers it is the person's organisation.
    const bracketed: EventRule & { confidence: number } = { id: `${frame.id ?? frame.predicate}.bracketed`, predicate: frame.predicate, pattern: '{S!}\\s*\\(\\s*{O!}\\s*\\)', subjectTypes: frame.bracketed.subjectTypes, ...(frame.bracketed.objectTypes ? { objectTypes: frame.bracketed.objectTypes } : {}), trigger: senseTrigger(frame.bracketed.cues), triggerInContext: true, confidence: 0.75 * scale, description: 'X (Y) in a list of members (the cue in the sentence, its heading or its list\'s lead-in)' }
    withTrigger.push(bracketed)
  }
  if (frame.apposed) {
    // "San Jose, California": the second place holds the first; in a list of three or more ("Berlin, Paris and Rome") it does not.
    const marker = '\\uE000\\d+\\uE001'
    withTrigger.push({ id: `${frame.id ?? frame.predicate}.apposed`, predicate: frame.predicate, pattern: `(?<!${marker}\\s*,\\s*)(?<!${marker}\\s+(?:and|&|or)\\s+){S!},\\s+{O!}(?!(?:\\s*,\\s*${marker})*\\s*,?\\s*(?:and|&|or)\\s)`, subjectTypes: frame.apposed.subjectTypes, objectTypes: frame.apposed.objectTypes, strictTypes: true, reduce: 'S', confidence: 0.75 * scale, description: 'X, Y (a place in a place)' })
  }
  return [...withTrigger.filter((r) => r.reduce), ...withTrigger.filter((r) => !r.reduce)]
}
