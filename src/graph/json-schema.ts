/**
 * JSON Schema of the graph JSON, generated from the zod schema that
 * `KnowledgeGraph.fromJSON` validates with, for consumers outside TypeScript.
 */
import { z } from 'zod'
import { GraphJSONSchema } from '../schema.js'

/**
 * The JSON Schema (draft 2020-12) of markgraph's graph JSON.
 *
 * @returns JSON Schema object.
 */
export function graphJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(GraphJSONSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>
  return {
    ...schema,
    $id: 'https://markgraph.dev/schema/graph.json',
    title: 'markgraph graph JSON',
    description: "graphology's serialisation format with markgraph's node, edge and graph attributes"
  }
}
