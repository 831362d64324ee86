// Type checks of the published declarations, compiled by test/types/consumer.test.ts
// in a consumer project (never run). Each @ts-expect-error must meet an error:
// were the types to turn loose (`any`, `string`), tsc would report it unused.
import {
  createExtractor,
  extract,
  extractCorpus,
  KnowledgeGraph,
  mergeGraphs,
  toFormat,
  type DefaultEntityType,
  type DefaultPredicate,
  type Entity,
  type ExtractOptions,
  type GraphJSON,
  type Relation,
  type Schema
} from 'markgraph'

/** True when A and B are the same type. */
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false
/** Compiles only with `true`. */
function assertType<T extends true>(_check?: T): void {}

const markdown = 'Zeta founder Maria Lopez spoke. Orbit Capital invested in Quasar Wallet.'

// Default schema: the graph, entities and relations are typed.
const kg = extract(markdown, { source: 'zeta.md' })
// @ts-expect-error kg.graph is a graphology graph, not any
const notANumber: number = kg.graph
void notANumber
assertType<Equal<ReturnType<typeof kg.graph.getNodeAttribute<'type'>>, DefaultEntityType>>()
assertType<Equal<ReturnType<typeof kg.relations>[number]['predicate'], DefaultPredicate>>()
assertType<Equal<NonNullable<ReturnType<typeof kg.entity>>['type'], DefaultEntityType>>()
kg.relations({ predicate: 'foundedBy' })
kg.neighbours('Zeta', { direction: 'in', predicate: ['foundedBy', 'launchedBy'] })
kg.entities({ type: ['Person', 'Organization'] })
// @ts-expect-error 'foundBy' is not a predicate
kg.relations({ predicate: 'foundBy' })
// @ts-expect-error 'investedIn' is not a default predicate
kg.neighbours('Zeta', { predicate: 'investedIn' })
// @ts-expect-error 'Persn' is not an entity type
kg.entities({ type: 'Persn' })
for (const entity of kg.entities()) {
  // @ts-expect-error an entity's type is never 'Company'
  if (entity.type === 'Company') break
}

// A user schema written inline: its predicate and type join the defaults.
const custom = extract(markdown, {
  rules: {
    entityTypes: ['Fund'],
    predicates: [{ name: 'investedIn', label: 'invested in', domain: ['Fund'], range: ['Organization', 'Project'] }],
    relations: [{ id: 'invested-in', predicate: 'investedIn', pattern: '{S}\\s+invested\\s+in\\s+{O}', subjectTypes: ['Fund'] }],
    lexicon: [{ name: 'Orbit Capital', type: 'Fund' }]
  }
})
type CustomPredicate = DefaultPredicate | 'investedIn'
type CustomType = DefaultEntityType | 'Fund'
assertType<Equal<typeof custom, KnowledgeGraph<CustomPredicate, CustomType>>>()
custom.relations({ predicate: ['investedIn', 'foundedBy'] })
custom.entities({ type: 'Fund' })
// @ts-expect-error 'investedInto' is declared nowhere
custom.relations({ predicate: 'investedInto' })

// The same schema `as const` in a variable.
const rules = {
  entityTypes: ['Fund'],
  predicates: [{ name: 'investedIn', label: 'invested in', domain: ['Fund'], range: ['Organization'] }],
  relations: [{ id: 'invested-in', predicate: 'investedIn', pattern: '{S}\\s+invested\\s+in\\s+{O}' }]
} as const
const fromConst = extract(markdown, { rules })
assertType<Equal<typeof fromConst, KnowledgeGraph<CustomPredicate, CustomType>>>()
fromConst.relations({ predicate: 'investedIn' })
// @ts-expect-error 'Fnd' is not a type of this schema
fromConst.entities({ type: 'Fnd' })

// Mistakes in a schema are compile errors (the runtime throws INVALID_RULES for them).
// @ts-expect-error a rule's predicate must be declared
extract(markdown, { rules: { relations: [{ id: 'r', predicate: 'investedIn', pattern: '{S} invested in {O}' }] } })
// @ts-expect-error a lexicon type must be declared
extract(markdown, { rules: { lexicon: [{ name: 'Orbit Capital', type: 'Fund' }] } })
// @ts-expect-error a predicate's domain must be a declared type
extract(markdown, { rules: { predicates: [{ name: 'investedIn', label: 'invested in', domain: ['Fund'], range: ['Organization'] }] } })
// @ts-expect-error misspelled field (objectTypes)
extract(markdown, { rules: { relations: [{ id: 'r', predicate: 'foundedBy', pattern: '{S} {O}', objectType: ['Person'] }] } })

// A schema whose names were widened to string (no `as const`) compiles, typed loosely.
const widened: { name: string; label: string; domain: string[]; range: string[] } = { name: 'investedIn', label: 'invested in', domain: ['Organization'], range: ['Project'] }
const loose = extract(markdown, { rules: { predicates: [widened] } })
assertType<Equal<ReturnType<typeof loose.relations>[number]['predicate'], string>>()

// createExtractor: extending keeps the defaults, replacing keeps only the schema's predicates.
const extending = createExtractor({ predicates: [{ name: 'investedIn', label: 'invested in', domain: ['Organization'], range: ['Organization'] }] })
assertType<Equal<ReturnType<typeof extending.extract>, KnowledgeGraph<CustomPredicate, DefaultEntityType>>>()
const replacing = createExtractor(
  { predicates: [{ name: 'investedIn', label: 'invested in', domain: ['Organization'], range: ['Organization'] }], relations: [{ id: 'r', predicate: 'investedIn', pattern: '{S} invested in {O}' }] },
  { replace: true }
)
const replaced = replacing.extract(markdown)
replaced.relations({ predicate: 'investedIn' })
// @ts-expect-error the default predicates were replaced
replaced.relations({ predicate: 'foundedBy' })
// @ts-expect-error with replace: true, the default predicates are not declared
createExtractor({ relations: [{ id: 'r', predicate: 'foundedBy', pattern: '{S} {O}' }] }, { replace: true })

// mergeGraphs keeps every input's predicates and types; graph JSON may hold any.
const merged = mergeGraphs(kg, custom)
assertType<Equal<typeof merged, KnowledgeGraph<CustomPredicate, CustomType>>>()
const json: GraphJSON = kg.toJSON()
const mixed = mergeGraphs(kg, json)
assertType<Equal<typeof mixed, KnowledgeGraph<string, string>>>()
const graphs: KnowledgeGraph[] = [kg, kg]
const mergedList = mergeGraphs(...graphs)
assertType<Equal<typeof mergedList, KnowledgeGraph>>()
// @ts-expect-error merging default graphs gives no 'investedIn'
mergedList.relations({ predicate: 'investedIn' })

// extractCorpus keeps the schema's types.
async function corpus(): Promise<void> {
  const { graph } = await extractCorpus([{ source: 'a.md', markdown }], { jobs: 1, extract: { rules: { predicates: [{ name: 'investedIn', label: 'invested in', domain: ['Organization'], range: ['Organization'] }] } } })
  graph.relations({ predicate: 'investedIn' })
  // @ts-expect-error not declared
  graph.relations({ predicate: 'investedInto' })
  const plain = await extractCorpus([{ source: 'a.md', markdown }])
  assertType<Equal<typeof plain.graph, KnowledgeGraph>>()
}
void corpus

// Entities and relations have the schema's types; exporters take any graph.
const entity: Entity<CustomType> | undefined = custom.entity('Orbit Capital')
const relation: Relation<CustomPredicate> | undefined = custom.relations()[0]
void entity
void relation
const turtle: string = toFormat(custom, 'turtle')
const csv: Record<'nodes.csv' | 'relationships.csv', string> = toFormat(merged, 'csv')
void turtle
void csv

// A replace flag known only at run time: the extractor is typed loosely.
declare const replaceDefaults: boolean
const either = createExtractor({ predicates: [{ name: 'investedIn', label: 'invested in', domain: ['Organization'], range: ['Organization'] }] }, { replace: replaceDefaults })
assertType<Equal<ReturnType<typeof either.extract>, KnowledgeGraph<string, string>>>()

// Options and schemas held in variables of the exported types still compile (typed with string).
declare const someOptions: ExtractOptions
declare const someSchema: Schema
const fromOptions = extract(markdown, someOptions)
assertType<Equal<typeof fromOptions, KnowledgeGraph<string, string>>>()
const fromSchema = createExtractor(someSchema).extract(markdown)
assertType<Equal<typeof fromSchema, KnowledgeGraph<string, string>>>()
const noRules: Omit<ExtractOptions, 'rules'> = { source: 'a.md', minConfidence: 0.5 }
const withoutRules = extract(markdown, noRules)
assertType<Equal<typeof withoutRules, KnowledgeGraph>>()
