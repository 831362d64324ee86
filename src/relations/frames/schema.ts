/**
 * A frame: what a predicate's words are and which argument each syntactic
 * role fills. Frames are data; the constructions (active, passive, relative
 * clause, reduced and fronted participle, nominalisation, role noun, …) are
 * code written once, in `../constructions/`, that turn a frame into rules.
 */
import { z } from 'zod'

const Name = z.string().regex(/^[A-Za-z][\w.-]*$/, 'must start with a letter and hold only letters, digits, _, . and -')
const Words = z.array(z.string().min(1).regex(/^[a-z][a-z' -]*$/, 'lower-case words')).min(1)
const Slot = z.enum(['S', 'O'])
const Types = z.array(Name).optional()

/**
 * A verb sense: "Y launched X" (`doer: 'O'`, the patient is the subject);
 * "X partnered with Y" (`doer: 'S'`, `prep: 'with'`).
 */
export const VerbSenseSchema = z.object({
  /** Lemmas ("launch", "roll out", "co-found"); their forms come from the conjugator. */
  verbs: Words,
  /** Which argument of the relation does the action (the verb's grammatical subject in the active). */
  doer: Slot,
  /** The other argument follows this preposition, or one of these ("with", ["on", "atop"]); absent: it is the direct object. */
  prep: z.union([z.string(), Words]).optional(),
  /**
   * The verb's own object, one of these nouns, stands between it and the preposition ("deploy a
   * parachain on Y", "win a slot on Y"); only the active and planned constructions are built. Default: none.
   */
  object: Words.optional(),
  /** A few words may stand between verb and preposition ("invested $5 million in"). Default `false`. */
  gap: z.boolean().optional(),
  /** Whether the active voice exists ("based in" has only the participle). Default `true`. */
  active: z.boolean().optional(),
  /** Whether the participle forms a hyphenated compound before the other argument's name ("Zug-based X"). Default `false`. */
  compound: z.boolean().optional(),
  /**
   * The object is a companion, not the relation's argument, when an action follows it ("X joined Y in
   * launching Z", "X joined Y to build Z"): then the sense gives nothing. Default `false`.
   */
  notBeforeAction: z.boolean().optional(),
  /** "X and Y partnered", "X and Y have started collaborating": a coordinated subject and no object give the relation between them. Default `false`. */
  reciprocal: z.boolean().optional(),
  /** Allowed subject / object types for this sense (default: the frame's). */
  subjectTypes: Types,
  objectTypes: Types
})
/** A verb sense. */
export type VerbSense = z.infer<typeof VerbSenseSchema>

/**
 * A nominalisation: "the launch of X by Y", "Y's acquisition of X",
 * "X announced a partnership with Y", "X received a grant from Y".
 */
export const NounSenseSchema = z.object({
  /** Nouns ("launch", "rollout", "acquisition"). */
  nouns: Words,
  /** Which argument of the relation does the action. */
  doer: Slot,
  /** The other argument (the theme) follows this preposition ("of", "with", "for"). */
  themePrep: z.string(),
  /** The doer follows this preposition when it comes after the noun ("by", "from"). Default: none. */
  doerPrep: z.string().optional(),
  /** Who stands in the possessive before the noun ("Y's launch of X": the doer). Default `'doer'`. */
  possessor: z.enum(['doer', 'theme']).optional(),
  /** The theme may receive the noun ("X received a grant from Y"). Default `false`. */
  received: z.boolean().optional(),
  /** The doer may give the noun to the theme ("Y awarded a grant to X"). Default `false`. */
  given: z.boolean().optional(),
  /** "a partnership between X and Y" (for symmetric predicates). Default `false`. */
  between: z.boolean().optional(),
  /** "X and Y started XCM integration", "X & Y announce a partnership": a coordinated doer and no theme give the relation between them. Default `false`. */
  reciprocal: z.boolean().optional()
})
/** A nominalisation. */
export type NounSense = z.infer<typeof NounSenseSchema>

/**
 * A role noun held by a person (or team) toward an organisation:
 * "Y, co-founder of X", "X CEO Y", "a partner at X, Y".
 */
export const RoleSenseSchema = z.object({
  /** Role nouns ("founder", "head of research", "partner"). */
  nouns: Words,
  /** Which argument of the relation holds the role. */
  holder: Slot,
  /** Prepositions between the role and the organisation ("of", "at", "behind"). */
  preps: Words,
  /** Role nouns that also stand as a title before a name ("Omicron founder Maria Lopez"). Default: none. */
  titles: z.array(z.string().min(1)).optional(),
  /** Allowed types of the holder (default `['Person']`). */
  holderTypes: Types
})
/** A role noun. */
export type RoleSense = z.infer<typeof RoleSenseSchema>

/** A class noun in an appositive or after a copula: "X, the brainchild of Y"; "X is a protocol by Y". */
export const ClassSenseSchema = z.object({
  /** Class nouns ("brainchild", "protocol"). */
  nouns: Words,
  /** Prepositions between the noun and the object ("of", "by"). */
  preps: Words,
  /** The object may also stand in the possessive before the noun ("X, Y's canary network"). Default `false`. */
  possessive: z.boolean().optional()
})
/** A class noun. */
export type ClassSense = z.infer<typeof ClassSenseSchema>

/**
 * A class noun whose pre-modifier is the object: "X, an Orbit company"
 * (partOf Orbit), "X is a Delaware nonprofit" (locatedIn Delaware).
 */
export const PremodifiedSenseSchema = z.object({
  /** Class nouns ("company", "subsidiary"; "corporation", "charity"). */
  nouns: Words,
  /** Types the modifying name may have. */
  objectTypes: z.array(Name),
  /** Both names must have their types for sure ("a Delaware corporation": Delaware is surely a place). Default `false`. */
  strict: z.boolean().optional()
})
/** A pre-modified class noun. */
export type PremodifiedSense = z.infer<typeof PremodifiedSenseSchema>

/** A frame: a predicate's vocabulary and argument mapping. */
export const FrameSchema = z.object({
  /** Prefix of the ids of the rules the frame compiles to (default: the predicate). */
  id: Name.optional(),
  /** Predicate the frame produces. */
  predicate: Name,
  /** Predicate of the same statement planned ("plans to integrate with" → `plansIntegrationWith`); none: planned statements give nothing. */
  planned: Name.optional(),
  /** Verb senses. */
  verbs: z.array(VerbSenseSchema).optional(),
  /** Verb senses that hold only under a plan word ("plans to work with"): they give `planned`. */
  plannedVerbs: z.array(VerbSenseSchema).optional(),
  /** Nominalisations. */
  nouns: z.array(NounSenseSchema).optional(),
  /** Role nouns. */
  roles: z.array(RoleSenseSchema).optional(),
  /** Class nouns. */
  classes: z.array(ClassSenseSchema).optional(),
  /** Class nouns whose pre-modifier is the object. */
  premodified: z.array(PremodifiedSenseSchema).optional(),
  /** "Y's X" alone gives the relation (only for arguments of these types, for sure). */
  possessive: z.object({ subjectTypes: z.array(Name), objectTypes: z.array(Name).optional(), strict: z.boolean().optional() }).optional(),
  /** "X of Y", "X at Y" alone give the relation (only for these subject types). */
  attached: z.object({ preps: Words, subjectTypes: z.array(Name), objectTypes: z.array(Name).optional() }).optional(),
  /** "X (Y)" gives the relation in a sentence holding one of `cues` ("Board members: Maria Lopez (Orbit Labs), …"), for these types. */
  bracketed: z.object({ cues: Words, subjectTypes: z.array(Name), objectTypes: z.array(Name).optional() }).optional(),
  /**
   * "X, Y" gives the relation where both names surely have these types and the pair is no list
   * ("San Jose, California"; not "Berlin, Paris and Rome"); the pair reduces to X.
   */
  apposed: z.object({ subjectTypes: z.array(Name), objectTypes: z.array(Name) }).optional(),
  /** Whether the subject may be an unnamed noun phrase (a Concept). Default `false`. */
  subjectConcept: z.boolean().optional(),
  /** Allowed subject / object types (default: the predicate's domain and range). */
  subjectTypes: Types,
  objectTypes: Types,
  /** Scale of every rule's confidence (default 1). */
  confidence: z.number().min(0).max(1).optional(),
  /** Examples: a text and the triples it gives (`Subject —predicate→ Object`), run as table tests. */
  examples: z.array(z.object({ text: z.string(), triples: z.array(z.string()) })).optional()
}).strict().refine((f) => Boolean(f.verbs?.length || f.plannedVerbs?.length || f.nouns?.length || f.roles?.length || f.classes?.length || f.premodified?.length || f.possessive || f.attached || f.bracketed || f.apposed), {
  // Reported at `pattern`: an entry with neither is most often a regular-expression rule missing its pattern.
  message: 'missing: a regular-expression rule needs a pattern, a frame needs verbs, nouns, roles, classes, possessive, attached or bracketed',
  path: ['pattern']
})
/** A frame (see {@link FrameSchema}). */
export type Frame = z.infer<typeof FrameSchema>
