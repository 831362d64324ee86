/**
 * zod schemas: the single source of truth for every value that crosses the
 * public API (options, rules, graph JSON). Public types are inferred from
 * them, never written twice.
 */
import { FrameSchema } from './relations/frames/schema.js'
import { z } from 'zod'

/** The 16 predicates of the default news schema (see GUIDELINES). */
export const PREDICATES = [
  'foundedBy',
  'launchedBy',
  'developedBy',
  'affiliatedWith',
  'partOf',
  'fundedBy',
  'testnetOf',
  'nativeTokenOf',
  'parachainOf',
  'plansParachainOn',
  'plansIntegrationWith',
  'integratesWith',
  'builtOn',
  'partnersWith',
  'acquiredBy',
  'locatedIn'
] as const

/** Entity types of the default schema. User schemas may add more. */
export const ENTITY_TYPES = [
  'Person',
  'Organization',
  'Network',
  'Project',
  'Token',
  'Place',
  'Concept'
] as const

/** A predicate of the default schema. */
export const DefaultPredicateSchema = z.enum(PREDICATES)
/** A predicate of the default schema (`'foundedBy'`, `'plansParachainOn'`, …). */
export type DefaultPredicate = z.infer<typeof DefaultPredicateSchema>

/** An entity type of the default schema. */
export const DefaultEntityTypeSchema = z.enum(ENTITY_TYPES)
/** An entity type of the default schema (`'Person'`, `'Network'`, …). */
export type DefaultEntityType = z.infer<typeof DefaultEntityTypeSchema>

/** An identifier: predicates, types and rule ids are plain words. */
const Identifier = z
  .string()
  .regex(/^[A-Za-z][\w.-]*$/, 'must start with a letter and hold only letters, digits, _, . and -')

/** A point in the source markdown: UTF-16 offset, 1-based line and column. */
export const PointSchema = z.object({
  offset: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive()
})
/** A point in the source markdown. */
export type Point = z.infer<typeof PointSchema>

/**
 * A date a sentence gives to what it states, normalised against the document
 * date: `value` is an ISO date (`2019-11-04`), month (`2019-11`) or quarter
 * (`2020-Q1`); `start`/`end` bound it as ISO dates.
 */
export const FactDateSchema = z.object({
  text: z.string(),
  value: z.string(),
  start: z.string(),
  end: z.string()
})
/** A normalised date stated by a sentence. */
export type FactDate = z.infer<typeof FactDateSchema>

/** A reference (pronoun, definite description) resolved to an entity. */
export const ResolvedReferenceSchema = z.object({
  text: z.string(),
  entity: z.string(),
  how: z.string()
})
/** A reference resolved to an entity, kept in the evidence. */
export type ResolvedReference = z.infer<typeof ResolvedReferenceSchema>

/**
 * Where a fact comes from: which sentence (an index into the graph's
 * sentence table, so a sentence is stored once however many facts it
 * gives), where the matched span sits in the source and which rule
 * produced the fact.
 */
export const EvidenceSchema = z.object({
  /** The matched source text: `source.slice(start.offset, end.offset)`. */
  text: z.string(),
  /** Index of the sentence in the graph's `sentences` table (attributes). */
  sentence: z.number().int().nonnegative(),
  /** Start of the matched span in the source markdown. */
  start: PointSchema,
  /** End (exclusive) of the matched span in the source markdown. */
  end: PointSchema,
  /** Id of the rule that produced the fact. */
  rule: z.string(),
  /** Date the sentence gives to the fact, when it gives one. */
  date: FactDateSchema.optional(),
  /** References that had to be resolved for the fact. */
  resolved: z.array(ResolvedReferenceSchema).optional(),
  /** For an entity mention: the type its document gave the entity (merges vote with it). */
  type: z.string().optional()
})
/** Where a fact comes from. */
export type Evidence = z.infer<typeof EvidenceSchema>

/** A quotation attributed to an entity. */
export const QuoteSchema = z.object({
  text: z.string(),
  evidence: EvidenceSchema
})
/** A quotation attributed to an entity. */
export type Quote = z.infer<typeof QuoteSchema>

/** Registry ids of a network or token: `{ ss58: 2 }`, `{ evmChainId: 42161 }`, `{ cosmos: 'cosmoshub' }`. */
export const EntityIdsSchema = z.record(z.string(), z.union([z.string(), z.number()]))
/** Registry ids of a network or token. */
export type EntityIds = z.infer<typeof EntityIdsSchema>

/**
 * A piece of evidence for an entity's type: a cue that voted for a type,
 * with its summed weight (`suffix-organization`, `ctx-person-role-after`,
 * `kb-network`, `relation-fundedBy`, …).
 */
export const TypeCueSchema = z.object({
  type: Identifier,
  rule: z.string(),
  weight: z.number(),
  /** The knowledge base of networks and tokens cast this vote. */
  kb: z.boolean().optional()
})
/** A piece of evidence for an entity's type. */
export type TypeCueEvidence = z.infer<typeof TypeCueSchema>

/** Attributes of an entity node. */
export const EntityAttributesSchema = z.object({
  name: z.string().min(1),
  type: Identifier,
  aliases: z.array(z.string()),
  mentions: z.array(EvidenceSchema),
  quotes: z.array(QuoteSchema),
  documents: z.array(z.string()).optional(),
  /** Why the entity has its type: every cue that voted, strongest first. */
  typeCues: z.array(TypeCueSchema).optional(),
  /** Registry ids, from the knowledge base or a lexicon entry. */
  ids: EntityIdsSchema.optional()
})
/** Attributes of an entity node. */
export type EntityAttributes = z.infer<typeof EntityAttributesSchema>

/** Attributes of a relation edge. */
export const RelationAttributesSchema = z.object({
  predicate: Identifier,
  label: z.string(),
  evidence: z.array(EvidenceSchema).min(1),
  rules: z.array(z.string()).min(1),
  confidence: z.number().min(0).max(1),
  documents: z.array(z.string()).optional()
})
/** Attributes of a relation edge. */
export type RelationAttributes = z.infer<typeof RelationAttributesSchema>

/**
 * One entry of the sentence table: the text every piece of evidence in it
 * points to (a sentence, or a whole paragraph for a quotation), stored once.
 */
export const SentenceSchema = z.object({
  /** The text (markdown syntax removed, line breaks as spaces). */
  text: z.string(),
  /** Heading path of its section, outermost first, as indexes into the graph's `headings`. */
  section: z.array(z.number().int().nonnegative()),
  /** Source offset of its first character (with `source`, what identifies it). */
  offset: z.number().int().nonnegative(),
  /** Source file, when known. */
  source: z.string().optional()
})
/** One entry of the sentence table. */
export type SentenceEntry = z.infer<typeof SentenceSchema>

/**
 * What a document's graph left out to stay within its output budget (three
 * times the input, see README "Limits"): counts of mentions, entities and
 * relations dropped.
 */
export const TruncationSchema = z.object({
  source: z.string().optional(),
  mentions: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative()
})
/** What a document's graph left out to stay within its output budget. */
export type Truncation = z.infer<typeof TruncationSchema>

/** Attributes of the graph itself. */
export const GraphAttributesSchema = z.object({
  title: z.string().optional(),
  date: z.string().optional(),
  source: z.string().optional(),
  sources: z.array(z.string()).optional(),
  generator: z.string().optional(),
  /** The sentence table: evidence `sentence` indexes into it. */
  sentences: z.array(SentenceSchema).optional(),
  /** Distinct heading texts: sentence `section`s index into it. */
  headings: z.array(z.string()).optional(),
  /** Documents whose graph was cut to its output budget, with what was left out. */
  truncated: z.array(TruncationSchema).optional()
})
/** Attributes of the graph itself. */
export type GraphAttributes = z.infer<typeof GraphAttributesSchema>

/**
 * The graph JSON: graphology's own serialisation format
 * (`{ attributes, options, nodes, edges }`) with markgraph's attributes.
 */
export const GraphJSONSchema = z
  .object({
    attributes: GraphAttributesSchema,
    options: z.object({
      type: z.literal('directed'),
      multi: z.boolean(),
      allowSelfLoops: z.boolean()
    }),
    nodes: z.array(z.object({ key: z.string().min(1), attributes: EntityAttributesSchema })),
    edges: z.array(
      z.object({
        key: z.string().min(1),
        source: z.string().min(1),
        target: z.string().min(1),
        attributes: RelationAttributesSchema
      })
    )
  })
  .superRefine((graph, ctx) => {
    const keys = new Set<string>()
    graph.nodes.forEach((node, i) => {
      if (keys.has(node.key)) ctx.addIssue({ code: 'custom', message: `duplicate node key "${node.key}"`, path: ['nodes', i, 'key'] })
      keys.add(node.key)
    })
    const edgeKeys = new Set<string>()
    graph.edges.forEach((edge, i) => {
      if (!keys.has(edge.source)) ctx.addIssue({ code: 'custom', message: `edge source "${edge.source}" is not a node`, path: ['edges', i, 'source'] })
      if (!keys.has(edge.target)) ctx.addIssue({ code: 'custom', message: `edge target "${edge.target}" is not a node`, path: ['edges', i, 'target'] })
      if (edgeKeys.has(edge.key)) ctx.addIssue({ code: 'custom', message: `duplicate edge key "${edge.key}"`, path: ['edges', i, 'key'] })
      edgeKeys.add(edge.key)
    })
    // Every evidence points into the sentence table, every section into the headings.
    const sentences = graph.attributes.sentences?.length ?? 0
    const headings = graph.attributes.headings?.length ?? 0
    graph.attributes.sentences?.forEach((sentence, i) => {
      sentence.section.forEach((h, j) => {
        if (h >= headings) ctx.addIssue({ code: 'custom', message: `heading ${h} is not in attributes.headings`, path: ['attributes', 'sentences', i, 'section', j] })
      })
    })
    const check = (e: { sentence: number }, path: Array<string | number>): void => {
      if (e.sentence >= sentences) ctx.addIssue({ code: 'custom', message: `sentence ${e.sentence} is not in attributes.sentences`, path: [...path, 'sentence'] })
    }
    graph.nodes.forEach((node, i) => {
      node.attributes.mentions.forEach((m, j) => check(m, ['nodes', i, 'attributes', 'mentions', j]))
      node.attributes.quotes.forEach((q, j) => check(q.evidence, ['nodes', i, 'attributes', 'quotes', j, 'evidence']))
    })
    graph.edges.forEach((edge, i) => {
      edge.attributes.evidence.forEach((e, j) => check(e, ['edges', i, 'attributes', 'evidence', j]))
    })
  })
/** The graph JSON (graphology serialisation with markgraph attributes). */
export type GraphJSON = z.infer<typeof GraphJSONSchema>

/**
 * A relation rule: a pattern over a sentence in which entity mentions are
 * slots. `pattern` is a regular expression (matched case-insensitively)
 * where `{S}` stands for the subject slot and `{O}` for the object slot;
 * a slot matches one mention or a coordinated list of them ("A, B and C"),
 * and each member gives its own triple. Whitespace in the sentence is a
 * plain space, and `\s` in the pattern is compiled as one.
 */
export const RelationRuleSchema = z.object({
  /** Stable id, kept in the evidence of every relation the rule produces. */
  id: Identifier,
  /** Predicate the rule produces. */
  predicate: Identifier,
  /** Pattern with `{S}` and `{O}` slots (regular expression syntax otherwise). */
  pattern: z.string().min(1),
  /** Allowed subject types (default: the predicate's domain). */
  subjectTypes: z.array(Identifier).optional(),
  /** Allowed object types (default: the predicate's range). */
  objectTypes: z.array(Identifier).optional(),
  /** Whether the object slot may be an unnamed noun phrase (a Concept). */
  objectConcept: z.boolean().optional(),
  /** Whether the subject slot may be an unnamed noun phrase (a Concept). */
  subjectConcept: z.boolean().optional(),
  /** After matching, rewrite the match to just this slot ("Omicron founder Maria Lopez" → "Maria Lopez"), so later rules see the head of an appositive or compound. */
  reduce: z.enum(['S', 'O']).optional(),
  /** When the object slot is absent (inside an optional group) it is the document's main network. */
  implicitObject: z.boolean().optional(),
  /** When the subject slot is absent it is the document's main network. */
  implicitSubject: z.boolean().optional(),
  /**
   * A cheap pre-check: the rule runs only on sentences this regular
   * expression (case-insensitive) finds something in. Leave it out for
   * rules without a keyword (bare possessives).
   */
  trigger: z.string().optional(),
  /** Arguments must have their allowed type for sure (ambiguous patterns such as bare possessives). */
  strictTypes: z.boolean().optional(),
  /** Base confidence of the rule (default 0.8). */
  confidence: z.number().min(0).max(1).optional(),
  /** Human explanation. */
  description: z.string().optional()
}).strict()
/** A relation rule (see {@link RelationRuleSchema}). */
export type RelationRule = z.infer<typeof RelationRuleSchema>

/** A predicate declaration: its label and argument types. */
export const PredicateDefinitionSchema = z.object({
  name: Identifier,
  label: z.string().min(1),
  domain: z.array(Identifier).min(1),
  range: z.array(Identifier).min(1),
  symmetric: z.boolean().optional()
}).strict()
/** A predicate declaration. */
export type PredicateDefinition = z.infer<typeof PredicateDefinitionSchema>

/**
 * A lexicon entry: a name known to be of a type, with its aliases. Each is
 * found in the text wherever it is written the same way (case included).
 */
export const LexiconEntrySchema = z.object({
  name: z.string().min(1),
  type: Identifier,
  aliases: z.array(z.string().min(1)).optional(),
  /** Registry ids the entity's node gets (`{ evmChainId: 42161 }`). */
  ids: EntityIdsSchema.optional()
}).strict()
/** A lexicon entry. */
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>

/** A name-suffix or head-word cue: names ending in `word` get `type`. */
export const SuffixCueSchema = z.object({
  id: Identifier,
  words: z.array(z.string().min(1)).min(1),
  type: Identifier,
  /** Weight of the vote (default 2). */
  weight: z.number().positive().optional()
}).strict()
/** A name-suffix cue. */
export type SuffixCue = z.infer<typeof SuffixCueSchema>

/**
 * A context cue: a pattern around a mention slot `{E}` that types it
 * ("{E}, a DeFi protocol" → Project); `{M}` stands for a mention that is only
 * context ("{M}, co-founder, {E}"). It runs over the masked sentence, in
 * which every whitespace character is a plain space.
 */
export const ContextCueSchema = z.object({
  id: Identifier,
  pattern: z.string().min(1),
  type: Identifier,
  weight: z.number().positive().optional(),
  /**
   * Whether the vote also goes to every name listed with the matched one
   * ("investors including {E}" types all of "A, B and C"; default `false`).
   */
  distributes: z.boolean().optional()
}).strict()
/** A context cue. */
export type ContextCue = z.infer<typeof ContextCueSchema>

/**
 * Say what is wrong with an entry of `relations` that is neither a valid
 * rule nor a valid frame: the issues of the kind it was meant to be (a rule
 * when it has a `pattern`, else a frame), not zod's bare "Invalid input".
 */
function relationEntryError(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_union' || !('errors' in issue)) return undefined
  const input = issue.input
  const meant = typeof input === 'object' && input !== null && 'pattern' in input ? 0 : 1
  const issues = (issue.errors as z.core.$ZodIssue[][])[meant] ?? []
  const kind = meant === 0 ? 'regular-expression rule' : 'frame'
  return `invalid ${kind}: ${issues.map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message).join('; ')}`
}

/**
 * A schema: entity types, predicates, lexicon, typing cues and relation
 * rules. `extract(md, { rules })` extends the default one;
 * `createExtractor(schema, { replace: true })` replaces it.
 */
export const SchemaSchema = z.object({
  entityTypes: z.array(Identifier).optional(),
  predicates: z.array(PredicateDefinitionSchema).optional(),
  lexicon: z.array(LexiconEntrySchema).optional(),
  suffixCues: z.array(SuffixCueSchema).optional(),
  contextCues: z.array(ContextCueSchema).optional(),
  /** Relation rules: regular-expression rules and frames (see `src/relations/frames/schema.ts`), in any mix. */
  relations: z.array(z.union([RelationRuleSchema, FrameSchema], { error: relationEntryError })).optional()
}).strict()
/** A (partial) schema a user can add to or substitute for the default one. */
export type Schema = z.infer<typeof SchemaSchema>

/** Options of {@link extract}. */
export const ExtractOptionsSchema = z.object({
  /** Source file name recorded in the graph and the evidence (default: none). */
  source: z.string().optional(),
  /** Extra schema (types, lexicon, cues, rules) merged over the default (default: none). */
  rules: SchemaSchema.optional(),
  /** Drop relations below this confidence (default: `0`). */
  minConfidence: z.number().min(0).max(1).optional(),
  /** Document date (ISO) when the text gives none (default: none). */
  date: z.string().optional(),
  /** Largest input accepted, in bytes of UTF-8 (default: 50 MB). */
  maxBytes: z.number().int().positive().optional(),
  /** Time budget per document in milliseconds; past it extraction stops with `TIME_BUDGET_EXCEEDED` (default: 300000, five minutes). */
  timeBudget: z.number().int().positive().optional(),
  /**
   * Type and link names with the bundled knowledge base of networks and
   * tokens built from registries (Substrate, Cosmos and EVM chains): a
   * name the text presents as a name and the registry lists gets that type
   * and `ids` (default: `true`). It never finds a name and never adds a
   * relation.
   */
  knowledgeBase: z.boolean().optional(),
  /**
   * Largest graph JSON as a multiple of the input's length, never under 64 KB;
   * mentions past it are left out and counted in `truncated` (default: `3`).
   * `false` lifts the budget: every mention is kept, however large the JSON.
   */
  maxOutputRatio: z.union([z.number().positive(), z.literal(false)]).optional(),
  /** Called with a message explaining each dropped or merged candidate (default: none). */
  debug: z.custom<(message: string) => void>((v) => typeof v === 'function').optional()
}).strict()
/** Options of {@link extract}. */
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>
