/**
 * The extraction pipeline: markdown → document → mentions → entities →
 * relations and quotes → graph. Each stage is a pure function; this module
 * only wires them together and guards the API boundary.
 */
import { z } from 'zod'
import { MarkgraphError } from './errors.js'
import { parseMarkdown } from './markdown/parse.js'
import { sentenceDates } from './markdown/fact-dates.js'
import type { MarkdownDocument } from './markdown/types.js'
import { findMentions } from './entities/find-mentions.js'
import { maskDocument } from './entities/mask.js'
import { entityView } from './entities/references.js'
import { resolveMentions } from './entities/resolve.js'
import { compileEntitySchema, type EntitySchema } from './entities/schema.js'
import { applyKnowledge } from './entities/knowledge.js'
import { collectListCues, collectTypeCues, typeFromRelations } from './entities/typing.js'
import type { EntityDraft, Mention } from './entities/types.js'
import { compileRule, type CompiledRule } from './relations/compile.js'
import { compileFrame } from './relations/constructions/index.js'
import { matchRelations, type RelationFact } from './relations/match.js'
import { firstPerson } from './relations/publisher.js'
import { DEFAULT_PREDICATES, type PredicateSpec } from './relations/predicates.js'
import { affiliationFacts } from './relations/quote-affiliation.js'
import { findQuotes } from './relations/quotes.js'
import { inferTickerOwners } from './relations/ticker.js'
import { DEFAULT_RULES } from './relations/rules/index.js'
import { buildGraph } from './graph/build.js'
import type { KnowledgeGraph } from './graph/knowledge-graph.js'
import { ENTITY_TYPES, ExtractOptionsSchema, SchemaSchema, type DefaultEntityType, type DefaultPredicate, type ExtractOptions, type Schema } from './schema.js'
import type { EntityTypeOf, EntityTypesOf, ExtractOptionsWith, PredicateOf, PredicatesOf, SchemaCheck, SchemaInput } from './typed-schema.js'

/** Default `maxBytes`: 50 MB of UTF-8. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024

/** Default `timeBudget`: five minutes per document. */
export const DEFAULT_TIME_BUDGET = 300_000

/** Options of {@link createExtractor}. */
export interface ExtractorOptions {
  /** Replace the default schema instead of extending it (default: `false`). */
  replace?: boolean
}

/**
 * An extractor bound to a schema, reusable across documents.
 *
 * @typeParam P Predicates of the graphs it makes.
 * @typeParam T Entity types of the graphs it makes.
 */
export interface Extractor<P extends string = DefaultPredicate, T extends string = DefaultEntityType> {
  /** Entity types the extractor knows. */
  readonly entityTypes: readonly T[]
  /** Predicates the extractor knows. */
  readonly predicates: ReadonlyArray<PredicateSpec & { name: P }>
  /**
   * Extract a knowledge graph from one markdown article.
   *
   * @param markdown Markdown source.
   * @param options Per-document options (`rules` is not allowed here: make another extractor).
   * @returns The knowledge graph.
   */
  extract(markdown: string, options?: Omit<ExtractOptions, 'rules'> | null): KnowledgeGraph<P, T>
}

const extractorCache = new WeakMap<object, Extractor<string, string>>()
let defaultExtractor: Extractor<string, string> | undefined

/**
 * Extract a knowledge graph from a markdown news article.
 *
 * @typeParam R The user schema given as `rules`, inferred: the graph's
 *   predicates and entity types are the default ones plus those it declares.
 * @param markdown Markdown source.
 * @param options Options (see {@link ExtractOptions}); `rules` extends the default schema.
 * @returns The knowledge graph.
 * @throws MarkgraphError `INVALID_OPTIONS`, `INVALID_RULES`, `INVALID_INPUT`, `INPUT_TOO_LARGE`.
 */
export function extract<const R extends SchemaInput = {}>(markdown: string, options?: ExtractOptionsWith<R> | null): KnowledgeGraph<PredicateOf<R>, EntityTypeOf<R>> {
  const settings = parseOptions(options)
  let extractor: Extractor<string, string>
  if (settings.rules) {
    // Keyed on the caller's object: zod's parse returns a copy each call, so
    // keying on the parsed rules would compile them again for every document.
    extractor = extractorFor((options as ExtractOptions).rules!)
  } else {
    defaultExtractor ??= createExtractor()
    extractor = defaultExtractor
  }
  const { rules: _rules, ...rest } = settings
  return extractor.extract(markdown, rest) as KnowledgeGraph<PredicateOf<R>, EntityTypeOf<R>>
}

/**
 * The extractor of a user schema (the default one extended by it),
 * compiled on first use and kept while the schema object lives, so that
 * `extract(md, { rules })` with the same object compiles once.
 *
 * @param rules User schema.
 * @returns Its extractor.
 * @throws MarkgraphError `INVALID_RULES` as {@link createExtractor}.
 */
export function extractorFor(rules: Schema): Extractor<string, string> {
  let extractor = extractorCache.get(rules)
  if (!extractor) extractorCache.set(rules, (extractor = createExtractor(rules)))
  return extractor
}

/**
 * Make an extractor for a schema: the default news schema extended by
 * `schema` (or replaced by it with `{ replace: true }`).
 *
 * @typeParam R The schema, inferred: the extractor's graphs have the
 *   default predicates and entity types plus those it declares (with
 *   `replace: true`, its own predicates and the built-in entity types plus its own).
 * @param schema Entity types, predicates, lexicon, cues and relation rules to add.
 * @param options Whether to replace the default schema.
 * @returns A reusable extractor.
 * @throws MarkgraphError `INVALID_RULES` when the schema does not validate or a pattern does not compile.
 */
export function createExtractor<const R extends SchemaInput>(schema: R & SchemaCheck<R, never>, options: ExtractorOptions & { replace: true }): Extractor<PredicatesOf<R>, EntityTypeOf<R>>
export function createExtractor<const R extends SchemaInput = {}>(schema?: (R & SchemaCheck<R>) | null, options?: (ExtractorOptions & { replace?: false }) | null): Extractor<PredicateOf<R>, EntityTypeOf<R>>
export function createExtractor<B extends boolean>(schema: SchemaInput | null | undefined, options: ExtractorOptions & { replace: B } & (boolean extends B ? unknown : never)): Extractor<string, string>
export function createExtractor(schema?: SchemaInput | null, options?: ExtractorOptions | null): Extractor<string, string> {
  const parsed = SchemaSchema.safeParse(schema ?? {})
  if (!parsed.success) {
    throw new MarkgraphError('INVALID_RULES', `markgraph/createExtractor: invalid schema\n${z.prettifyError(parsed.error)}`, { details: parsed.error.issues })
  }
  const user = parsed.data
  const replace = options?.replace ?? false
  const entityTypes = [...new Set([...(replace ? [] : ENTITY_TYPES), ...(user.entityTypes ?? [])])]
  const predicateList: PredicateSpec[] = [...(replace ? [] : DEFAULT_PREDICATES)]
  for (const p of user.predicates ?? []) {
    const at = predicateList.findIndex((q) => q.name === p.name)
    if (at >= 0) predicateList[at] = p
    else predicateList.push(p)
  }
  const predicates = new Map(predicateList.map((p) => [p.name, p]))
  // A user frame compiles to rules like the default frames; its ids start with its own id (default "<predicate>.user").
  const userRules = (user.relations ?? []).flatMap((r) => ('pattern' in r ? [r] : compileFrame({ ...r, id: r.id ?? `${r.predicate}.user` })))
  const ruleList = [...userRules, ...(replace ? [] : DEFAULT_RULES)]
  const ids = new Set<string>()
  for (const rule of ruleList) {
    if (!predicates.has(rule.predicate)) throw new MarkgraphError('INVALID_RULES', `markgraph/createExtractor: rule "${rule.id}" uses unknown predicate "${rule.predicate}"; declare it in \`predicates\``)
    if (ids.has(rule.id)) throw new MarkgraphError('INVALID_RULES', `markgraph/createExtractor: duplicate rule id "${rule.id}"`)
    ids.add(rule.id)
    for (const t of [...(rule.subjectTypes ?? []), ...(rule.objectTypes ?? [])]) {
      if (!entityTypes.includes(t)) throw new MarkgraphError('INVALID_RULES', `markgraph/createExtractor: rule "${rule.id}" uses unknown entity type "${t}"; declare it in \`entityTypes\``)
    }
  }
  for (const entry of user.lexicon ?? []) {
    if (!entityTypes.includes(entry.type)) throw new MarkgraphError('INVALID_RULES', `markgraph/createExtractor: lexicon entry "${entry.name}" has unknown type "${entry.type}"`)
  }
  const triggers = new Map<string, RegExp>()
  const eager = new Set(userRules)
  // The default rules, built by the tests, build their regular expressions on first use; user rules (and frames) now.
  const compiled = ruleList.map((rule) => compileRule(rule, triggers, { lazy: !eager.has(rule) }))
  const entitySchema = compileEntitySchema(user)
  return {
    entityTypes,
    predicates: predicateList,
    extract(markdown, docOptions) {
      const settings = parseOptions(docOptions)
      return runPipeline(markdown, settings, entitySchema, compiled, predicates)
    }
  }
}

/**
 * Validate options at the API boundary.
 *
 * @param options Raw options.
 * @returns Parsed options.
 * @throws MarkgraphError `INVALID_OPTIONS`.
 */
function parseOptions(options: unknown): ExtractOptions {
  const parsed = ExtractOptionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    throw new MarkgraphError('INVALID_OPTIONS', `markgraph/extract: invalid options\n${z.prettifyError(parsed.error)}`, { details: parsed.error.issues })
  }
  return parsed.data
}

/** Milliseconds per relation rule, summed over documents (filled only with `debug` and MARKGRAPH_PROFILE_RULES set). */
export const RULE_PROFILE = new Map<string, number>()

/**
 * Run every stage on one document.
 *
 * @param markdown Source.
 * @param settings Validated options.
 * @param entitySchema Compiled entity cues.
 * @param rules Compiled relation rules.
 * @param predicates Predicate specs.
 * @returns The graph.
 */
function runPipeline(markdown: string, settings: ExtractOptions, entitySchema: EntitySchema, rules: CompiledRule[], predicates: Map<string, PredicateSpec>): KnowledgeGraph {
  if (typeof markdown !== 'string') throw new MarkgraphError('INVALID_INPUT', `markgraph/extract: expected markdown as a string, got ${markdown === null ? 'null' : typeof markdown}`)
  const maxBytes = settings.maxBytes ?? DEFAULT_MAX_BYTES
  const bytes = Buffer.byteLength(markdown, 'utf8')
  if (bytes > maxBytes) throw new MarkgraphError('INPUT_TOO_LARGE', `markgraph/extract: input is ${bytes} bytes, over maxBytes ${maxBytes}`)
  const debug = settings.debug

  const started = Date.now()
  const budget = settings.timeBudget ?? DEFAULT_TIME_BUDGET
  const checkBudget = (): void => {
    if (Date.now() - started > budget) throw new MarkgraphError('TIME_BUDGET_EXCEEDED', `markgraph/extract: gave up after ${budget} ms (timeBudget)`)
  }
  const doc = parseMarkdown(markdown, { checkBudget })
  checkBudget()
  if (settings.date && !doc.date) doc.date = settings.date
  const mentions = findMentions(doc, entitySchema)
  const { entities, mentionEntity } = resolveMentions(mentions, doc, entitySchema)
  const facts = typeAndMatch(doc, mentions, entities, mentionEntity, entitySchema, rules, predicates, settings.knowledgeBase ?? true, checkBudget, debug)
  typeFromRelations(entities, facts, predicates)
  // A predicate whose arguments ended up with types it does not allow is dropped.
  const fitsTypes = (fact: RelationFact): boolean => {
    const spec = predicates.get(fact.predicate)
    const ok = (arg: typeof fact.subject, types: string[] | undefined): boolean =>
      !types || ('concept' in arg ? true : types.includes(entities[arg.entity]!.type))
    const keep = ok(fact.subject, spec?.domain) && ok(fact.object, spec?.range)
    if (!keep) debug?.(`dropped ${fact.rule}: argument types do not fit ${fact.predicate}`)
    return keep
  }
  const typed = facts.filter(fitsTypes)
  const quotes = findQuotes(doc, mentions, (i) => mentionEntity[i] ?? -1, (id) => entities[id]!.type, (id) => entities[id]!.name)
  // An attribution that states the speaker's role at an organisation gives an affiliation.
  const stated = predicates.has('affiliatedWith') ? affiliationFacts(quotes.flatMap((q) => q.affiliations ?? [])).filter(fitsTypes) : []
  const withTickers = predicates.has('nativeTokenOf') ? inferTickerOwners(entities, typed) : typed
  const dates = sentenceDates(doc)
  return buildGraph({ doc, dates, entities, facts: [...withTickers, ...stated], quotes, predicates, source: settings.source, minConfidence: settings.minConfidence ?? 0, ...(settings.maxOutputRatio === undefined ? {} : { maxOutputRatio: settings.maxOutputRatio }) })
}

/**
 * Mask the mentions, collect typing cues and run the relation rules. The
 * masked sentences live only here: on a 20 MB article they hold some
 * 120 MB that the graph builder, which runs next, does not need.
 *
 * @param doc Parsed document.
 * @param mentions Mentions found.
 * @param entities Resolved entities; their type votes change.
 * @param mentionEntity Entity of each mention (-1: none).
 * @param entitySchema Compiled entity cues.
 * @param rules Compiled relation rules.
 * @param predicates Predicate specs.
 * @param knowledgeBase Whether the knowledge base types names (`ExtractOptions.knowledgeBase`).
 * @param checkBudget Throws when the time budget is spent.
 * @param debug Told how much work the matcher did (default: none).
 * @returns Relation facts.
 */
function typeAndMatch(doc: MarkdownDocument, mentions: Mention[], entities: EntityDraft[], mentionEntity: number[], entitySchema: EntitySchema, rules: CompiledRule[], predicates: Map<string, PredicateSpec>, knowledgeBase: boolean, checkBudget: () => void, debug?: (message: string) => void): RelationFact[] {
  const masked = maskDocument(doc, mentions, mentionEntity)
  collectTypeCues(entities, mentionEntity, masked, entitySchema)
  applyKnowledge(entities, entitySchema, { knowledgeBase })
  // After every cue of a name's own: a list votes only for members nothing else types.
  collectListCues(entities, mentionEntity, masked)
  checkBudget()
  const view = entityView(doc, entities, mentions, mentionEntity, checkBudget)
  const speaker = firstPerson(doc, mentions, mentionEntity, (id) => view.typeOf(id).type)
  view.firstPerson = speaker.resolve
  // With a debug callback, count the matcher's work (tests bound it by count, not time).
  if (debug) view.work = { runs: 0, chars: 0 }
  if (debug && process.env.MARKGRAPH_PROFILE_RULES) view.work!.perRule = RULE_PROFILE
  const facts = matchRelations(doc, masked, rules, predicates, view)
  if (view.work) debug?.(`relations: ${view.work.runs} rule runs over ${view.work.chars} characters in ${doc.sentences.length} sentences`)
  return facts
}
