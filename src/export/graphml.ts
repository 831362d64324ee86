/**
 * `graphml`: GraphML with typed `<key>` declarations. Lists and objects
 * (aliases, mentions, quotes, rules, evidence) are JSON strings.
 */
import type { GraphJSON } from '../schema.js'
import { escapeXml } from './xml.js'

/** A declared GraphML attribute: where it applies, its name and type. */
interface KeyDeclaration {
  for: 'graph' | 'node' | 'edge'
  name: string
  type: 'string' | 'double'
}

/** Attributes every GraphML export declares, in order. */
const KEYS: KeyDeclaration[] = [
  { for: 'graph', name: 'title', type: 'string' },
  { for: 'graph', name: 'date', type: 'string' },
  { for: 'graph', name: 'source', type: 'string' },
  { for: 'graph', name: 'sources', type: 'string' },
  { for: 'graph', name: 'generator', type: 'string' },
  { for: 'graph', name: 'truncated', type: 'string' },
  { for: 'graph', name: 'headings', type: 'string' },
  { for: 'graph', name: 'sentences', type: 'string' },
  { for: 'node', name: 'name', type: 'string' },
  { for: 'node', name: 'type', type: 'string' },
  { for: 'node', name: 'aliases', type: 'string' },
  { for: 'node', name: 'mentions', type: 'string' },
  { for: 'node', name: 'quotes', type: 'string' },
  { for: 'node', name: 'documents', type: 'string' },
  { for: 'edge', name: 'predicate', type: 'string' },
  { for: 'edge', name: 'label', type: 'string' },
  { for: 'edge', name: 'confidence', type: 'double' },
  { for: 'edge', name: 'rules', type: 'string' },
  { for: 'edge', name: 'evidence', type: 'string' },
  { for: 'edge', name: 'documents', type: 'string' }
]

/**
 * The graph as GraphML (directed; node ids are node keys, edge ids edge keys).
 *
 * @param graph Graph JSON.
 * @returns GraphML text.
 */
export function toGraphML(graph: GraphJSON): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
  ]
  for (const k of KEYS) lines.push(`  <key id="${k.for[0]}_${k.name}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`)
  lines.push('  <graph id="G" edgedefault="directed">')
  for (const line of dataLines('graph', graph.attributes as Record<string, unknown>, '    ')) lines.push(line)
  for (const node of graph.nodes) {
    lines.push(`    <node id="${escapeXml(node.key)}">`)
    lines.push(...dataLines('node', node.attributes as Record<string, unknown>, '      '))
    lines.push('    </node>')
  }
  for (const edge of graph.edges) {
    lines.push(`    <edge id="${escapeXml(edge.key)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`)
    lines.push(...dataLines('edge', edge.attributes as Record<string, unknown>, '      '))
    lines.push('    </edge>')
  }
  lines.push('  </graph>', '</graphml>')
  return `${lines.join('\n')}\n`
}

/**
 * `<data>` elements for the declared attributes an element has.
 *
 * @param kind Element kind.
 * @param attributes Its attributes.
 * @param indent Line prefix.
 * @returns Lines.
 */
function dataLines(kind: KeyDeclaration['for'], attributes: Record<string, unknown>, indent: string): string[] {
  const out: string[] = []
  for (const k of KEYS) {
    if (k.for !== kind) continue
    const value = attributes[k.name]
    if (value === undefined) continue
    const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value)
    out.push(`${indent}<data key="${k.for[0]}_${k.name}">${escapeXml(text)}</data>`)
  }
  return out
}
