/**
 * markgraph: markdown news articles → typed knowledge graph, with evidence
 * for every fact.
 */
export { extract, createExtractor, DEFAULT_MAX_BYTES } from './extract.js'
export type { Extractor, ExtractorOptions } from './extract.js'
export { KnowledgeGraph } from './graph/knowledge-graph.js'
export { mergeGraphs } from './graph/merge.js'
export { extractCorpus } from './corpus/extract-corpus.js'
export type { CorpusDocument, CorpusOptions, CorpusProgress, CorpusResult } from './corpus/extract-corpus.js'
export type { AttributedQuote, Entity, EvidenceSentence, MarkGraph, NeighbourOptions, Relation, RelationFilter } from './graph/knowledge-graph.js'
export type { EntityTypeOf, EntityTypeOfGraph, ExtractOptionsWith, PredicateOf, PredicateOfGraph, SchemaCheck, SchemaInput } from './typed-schema.js'
export { graphJsonSchema } from './graph/json-schema.js'
export { MarkgraphError } from './errors.js'
export { toFormat, FORMATS, JSONLD_CONTEXT, DEFAULT_BASE_IRI } from './export/index.js'
export type { FormatName, FormatOptions } from './export/index.js'
export type { MarkgraphErrorCode } from './errors.js'
export { parseMarkdown } from './markdown/parse.js'
export type { MarkdownDocument, Sentence, Block } from './markdown/types.js'
export { DEFAULT_RULES } from './relations/rules/index.js'
export { DEFAULT_PREDICATES } from './relations/predicates.js'
export {
  PREDICATES,
  ENTITY_TYPES,
  GraphJSONSchema,
  ExtractOptionsSchema,
  SchemaSchema,
  RelationRuleSchema,
  EvidenceSchema,
  SentenceSchema
} from './schema.js'
export type {
  DefaultPredicate,
  DefaultEntityType,
  Evidence,
  EntityAttributes,
  RelationAttributes,
  GraphAttributes,
  GraphJSON,
  ExtractOptions,
  Schema,
  RelationRule,
  LexiconEntry,
  PredicateDefinition,
  Quote,
  FactDate,
  SentenceEntry,
  Truncation
} from './schema.js'
