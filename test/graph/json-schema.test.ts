import { describe, expect, it } from 'vitest'
import { graphJsonSchema } from '../../src/graph/json-schema.js'

/** A JSON Schema object, as far as these tests look into it. */
interface Schema {
  $schema?: string
  $id?: string
  title?: string
  type?: string
  required?: string[]
  properties?: Record<string, Schema>
  items?: Schema
}

describe('graphJsonSchema', () => {
  it('should describe an object with nodes and edges arrays', () => {
    const schema = graphJsonSchema() as Schema
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.$id).toMatch(/graph\.schema\.json$/)
    expect(schema.title).toBe('markgraph graph JSON')
    expect(schema.type).toBe('object')
    expect(schema.required).toEqual(expect.arrayContaining(['attributes', 'options', 'nodes', 'edges']))
    expect(schema.properties!.nodes!.type).toBe('array')
    expect(schema.properties!.edges!.type).toBe('array')
  })

  it('should describe node and edge attributes', () => {
    const schema = graphJsonSchema() as Schema
    const node = schema.properties!.nodes!.items!
    const edge = schema.properties!.edges!.items!
    expect(node.required).toEqual(['key', 'attributes'])
    expect(node.properties!.attributes!.required).toEqual(expect.arrayContaining(['name', 'type', 'aliases', 'mentions', 'quotes']))
    expect(edge.required).toEqual(['key', 'source', 'target', 'attributes'])
    expect(edge.properties!.attributes!.properties!.confidence).toMatchObject({ type: 'number', minimum: 0, maximum: 1 })
  })

  it('should be plain JSON and a fresh object on every call', () => {
    const a = graphJsonSchema()
    expect(JSON.parse(JSON.stringify(a))).toEqual(a)
    expect(graphJsonSchema()).not.toBe(a)
    expect(Object.keys(a).slice(0, 3)).toEqual(['$schema', '$id', 'title'])
  })
})
