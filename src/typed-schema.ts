/**
 * Types only: how a user schema's predicates and entity types flow into the
 * graph it produces. `extract(md, { rules })` infers the schema `R` it is
 * given (literally when written inline, `as const` or through
 * `defineSchema`), and the graph it returns is typed with the default
 * predicates and types plus `R`'s. A schema whose names were widened to
 * `string` (a plain `const rules = {…}`) still compiles: its graph is then
 * typed with `string`.
 */
import type { KnowledgeGraph } from './graph/knowledge-graph.js'
import type { DefaultEntityType, DefaultPredicate, ExtractOptions, Schema } from './schema.js'

/**
 * A value as input: arrays may be readonly (so `as const` schemas pass),
 * recursively.
 */
export type ReadonlyInput<T> = T extends Array<infer E>
  ? ReadonlyArray<ReadonlyInput<E>>
  : T extends (...args: never[]) => unknown
    ? T
    : T extends object
      ? { readonly [K in keyof T]: ReadonlyInput<T[K]> }
      : T

/** A schema as `extract`, `createExtractor` and `extractCorpus` accept it (readonly arrays allowed). */
export type SchemaInput = ReadonlyInput<Schema>

/** Element type of an optional (readonly) array, `never` when absent. */
type ElementOf<A> = NonNullable<A> extends ReadonlyArray<infer E> ? E : never

/**
 * Predicate names a schema declares (`never` when it declares none,
 * `string` when its names were widened).
 */
export type PredicatesOf<R> = R extends { readonly predicates?: infer A } ? Extract<ElementOf<A>, { name: string }>['name'] : never

/**
 * Entity types a schema declares (`never` when it declares none, `string`
 * when its names were widened).
 */
export type EntityTypesOf<R> = R extends { readonly entityTypes?: infer A } ? Extract<ElementOf<A>, string> : never

/** Predicates of graphs made with schema `R` over the default one. */
export type PredicateOf<R> = [PredicatesOf<R>] extends [never] ? DefaultPredicate : DefaultPredicate | PredicatesOf<R>

/**
 * Entity types of graphs made with schema `R`. The built-in types stay even
 * when a schema replaces the default one: built-in cues (tickers, name
 * suffixes) and unnamed noun phrases (`Concept`) still give them.
 */
export type EntityTypeOf<R> = [EntityTypesOf<R>] extends [never] ? DefaultEntityType : DefaultEntityType | EntityTypesOf<R>

/**
 * `Allowed` unless the values checked were widened to `string` (a schema
 * built without `as const`), which cannot be checked and passes.
 */
type Checked<Used, Allowed extends string> = string extends Used ? string : Allowed

/** Values of `field` over the elements of an optional array. */
type Used<A, F extends PropertyKey> = ElementOf<A> extends infer E ? (E extends { readonly [K in F]?: infer V } ? (V extends ReadonlyArray<infer I> ? I : V) : never) : never

/** `Input` with the fields in `Narrowed` replaced by their narrowed types (each member of a union on its own: a rule or a frame). */
type Narrow<Input, Narrowed> = Input extends unknown ? Omit<Input, keyof Narrowed> & Narrowed : never

/** Entity types allowed in field `F` of the elements of `A`, a list of schema `R`. */
type TypeField<R, A, F extends PropertyKey> = Checked<Used<A, F>, EntityTypeOf<R>>

/**
 * What a schema must satisfy beyond its shape: every predicate a rule
 * produces and every entity type it names are declared, in the default
 * schema (unless replaced) or in this one. The runtime throws
 * `INVALID_RULES` for the same mistakes.
 *
 * @typeParam R The schema.
 * @typeParam P Predicates known besides the schema's own.
 */
export type SchemaCheck<R, P extends string = DefaultPredicate> = R extends SchemaInput
  ? Narrow<
      SchemaInput,
      {
        readonly relations?: ReadonlyArray<
          Narrow<
            ElementOf<SchemaInput['relations']>,
            {
              readonly predicate: Checked<Used<R['relations'], 'predicate'>, P | PredicatesOf<R>>
              readonly subjectTypes?: ReadonlyArray<TypeField<R, R['relations'], 'subjectTypes'>>
              readonly objectTypes?: ReadonlyArray<TypeField<R, R['relations'], 'objectTypes'>>
            }
          >
        >
        readonly predicates?: ReadonlyArray<
          Narrow<
            ElementOf<SchemaInput['predicates']>,
            {
              readonly domain: ReadonlyArray<TypeField<R, R['predicates'], 'domain'>>
              readonly range: ReadonlyArray<TypeField<R, R['predicates'], 'range'>>
            }
          >
        >
        readonly lexicon?: ReadonlyArray<Narrow<ElementOf<SchemaInput['lexicon']>, { readonly type: TypeField<R, R['lexicon'], 'type'> }>>
        readonly suffixCues?: ReadonlyArray<Narrow<ElementOf<SchemaInput['suffixCues']>, { readonly type: TypeField<R, R['suffixCues'], 'type'> }>>
        readonly contextCues?: ReadonlyArray<Narrow<ElementOf<SchemaInput['contextCues']>, { readonly type: TypeField<R, R['contextCues'], 'type'> }>>
      }
    >
  : never

/**
 * Options of `extract` with schema `R` (see {@link ExtractOptions}).
 *
 * @typeParam R The user schema given as `rules` (none by default).
 */
export type ExtractOptionsWith<R extends SchemaInput = {}> = Omit<ExtractOptions, 'rules'> & {
  /** Extra schema (types, predicates, lexicon, cues, rules) merged over the default (default: none). */
  rules?: (R & SchemaCheck<R>) | undefined
}

/**
 * Predicates of a graph or of graph JSON (`string`: JSON may hold any).
 * Distributes over a union, so a list of graphs gives all their predicates.
 */
export type PredicateOfGraph<G> = G extends KnowledgeGraph<infer P, string> ? P : string

/** Entity types of a graph or of graph JSON (`string`: JSON may hold any). Distributes like {@link PredicateOfGraph}. */
export type EntityTypeOfGraph<G> = G extends KnowledgeGraph<string, infer T> ? T : string
