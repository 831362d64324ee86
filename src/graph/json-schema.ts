/**
 * JSON Schema of the graph JSON, generated from the zod schema that
 * `KnowledgeGraph.fromJSON` validates with, for consumers outside TypeScript.
 */
import { z } from 'zod'
import { GraphJSONSchema } from '../schema.js'

/** Where the schema is published: the file the build writes into the package. */
const SCHEMA_ID = 'https://unpkg.com/markgraph/dist/graph.schema.json'

/**
 * The JSON Schema (draft 2020-12) of markgraph's graph JSON: what
 * `KnowledgeGraph.fromJSON` accepts. Refinements zod cannot express (unique
 * keys, edges between existing nodes) are checked by `fromJSON` only;
 * unknown keys are allowed, as `fromJSON` ignores them.
 *
 * @returns A fresh JSON Schema object (`$schema`, `$id`, `title` first).
 */
export function graphJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(GraphJSONSchema, {
    target: 'draft-2020-12',
    // Describe what fromJSON accepts (its input), not what it returns.
    io: 'input',
    // Custom types (none today) become `{}` instead of throwing.
    unrepresentable: 'any'
  }) as Record<string, unknown>
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'markgraph graph JSON',
    description:
      "graphology's serialisation format ({ attributes, options, nodes, edges }) with markgraph's entity, relation and graph attributes. Node keys are unique, edge keys are `subject|predicate|object` and every edge joins two existing nodes (checked by KnowledgeGraph.fromJSON, not by this schema).",
    ...rest
  }
}
