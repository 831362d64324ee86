/** The graph stage. */
export { KnowledgeGraph } from './knowledge-graph.js'
export type { AttributedQuote, Entity, EvidenceSentence, MarkGraph, NeighbourOptions, Relation, RelationFilter } from './knowledge-graph.js'
export { buildGraph } from './build.js'
export { graphJsonSchema } from './json-schema.js'
export { normalizeName } from '../names/index.js'
export { slugify } from './slug.js'
export { mergeGraphs } from './merge.js'
