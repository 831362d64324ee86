/**
 * `html`: a self-contained viewer page (no network): the graph drawn as
 * SVG, nodes coloured by type with a legend, a search box, a toggle for
 * entities without relations (hidden by default), and a side panel with
 * the relations, evidence sentences and quotes of the selected entity.
 */
import type { GraphJSON } from '../schema.js'
import { expandEvidence } from './evidence.js'
import { typeColour } from './palette.js'
import { VIEWER_SCRIPT } from './viewer-script.js'

/** Styles of the viewer page. */
const STYLE = `
  html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, sans-serif; color: #222; }
  body { display: grid; grid-template-columns: 1fr 360px; grid-template-rows: auto 1fr; height: 100vh; }
  header { grid-column: 1 / 3; display: flex; gap: 1em; align-items: center; padding: 6px 12px; border-bottom: 1px solid #ddd; }
  header h1 { font-size: 16px; margin: 0; }
  #search { flex: 0 1 260px; padding: 4px 8px; }
  #legend { list-style: none; display: flex; flex-wrap: wrap; gap: 10px; margin: 0; padding: 0; font-size: 12px; }
  .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; border: 1px solid #333; }
  #graph { width: 100%; height: 100%; }
  #panel { border-left: 1px solid #ddd; padding: 0 12px; overflow: auto; }
  .node { cursor: pointer; outline: none; }
  .node:focus-visible circle { stroke: #000; stroke-width: 3px; }
  .node text { font-size: 12px; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
  #isolated-toggle { font-size: 12px; white-space: nowrap; }
  .node.selected circle { stroke: #000; stroke-width: 3px; }
  .node.neighbour circle { stroke: #000; stroke-width: 2px; }
  .node.neighbour text { font-weight: 600; }
  .node.dim, .edge.dim, .edge-label.dim { opacity: 0.18; }
  .edge-label { font-size: 10px; fill: #555; text-anchor: middle; dominant-baseline: central; paint-order: stroke; stroke: #fff; stroke-width: 3px; pointer-events: none; }
  .edge-label.off { display: none; }
  .edge-label.active { fill: #111; }
  .edge.active path { stroke: #333; }
  .relations { padding-left: 1em; }
  .relation { margin-bottom: 0.8em; }
  .evidence, .quotes { font-size: 12px; color: #444; }
  .sentence { margin: 0.2em 0; padding-left: 8px; border-left: 3px solid #ddd; }
  .quote { margin: 0.2em 0; }
  .where { color: #888; font-size: 11px; }
  .type { color: #666; }
`

/** Bidirectional controls: marks, embeddings, overrides, isolates. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** Options of {@link toHtml}. */
export interface HtmlOptions {
  /** Page title when the graph has none (default: `'markgraph'`). */
  title?: string
}

/**
 * The viewer page. The graph is embedded as JSON in a
 * `<script type="application/json">` with `<`, `>`, `&`, U+2028 and U+2029
 * escaped, so no name can close the element; the page script writes text
 * with `textContent` only, and a Content Security Policy forbids any
 * network access.
 *
 * @param graph Graph JSON.
 * @param options `title` (default: the graph's title, else `'markgraph'`).
 * @returns HTML text.
 */
export function toHtml(graph: GraphJSON, options: HtmlOptions = {}): string {
  const colours: Record<string, string> = {}
  for (const node of graph.nodes) colours[node.attributes.type] = typeColour(node.attributes.type)
  const data = {
    title: graph.attributes.title ?? options.title ?? 'markgraph',
    colours,
    nodes: graph.nodes.map((n) => ({
      key: n.key,
      name: n.attributes.name,
      type: n.attributes.type,
      aliases: n.attributes.aliases,
      quotes: n.attributes.quotes.map((q) => ({ text: q.text, evidence: expandEvidence(graph, q.evidence) })).map(({ text, evidence: ev }) => ({ text, section: ev.section, line: ev.start.line, source: ev.source ?? '', date: ev.date?.value ?? '' }))
    })),
    edges: graph.edges.map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      predicate: e.attributes.predicate,
      label: e.attributes.label,
      confidence: e.attributes.confidence,
      evidence: e.attributes.evidence.map((ev) => expandEvidence(graph, ev)).map((ev) => ({ sentence: ev.sentence, section: ev.section, line: ev.start.line, source: ev.source ?? '', date: ev.date?.value ?? '' }))
    }))
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>markgraph viewer</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1 id="title">markgraph</h1><input id="search" type="search" placeholder="Search entities… (Enter selects)" aria-label="Search entities"><ul id="legend" aria-label="Entity types"></ul><label id="isolated-toggle"><input id="isolated" type="checkbox"></label></header>
<svg id="graph" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Knowledge graph"></svg>
<aside id="panel"><p>Click an entity, or search for one, to see its relations and the sentences they come from.</p></aside>
<script type="application/json" id="markgraph-data">${scriptJson(data)}</script>
<script>${VIEWER_SCRIPT}</script>
</body>
</html>
`
}

/**
 * JSON safe inside a `<script>` element: `<`, `>`, `&`, U+2028 and U+2029
 * as `\\u` escapes, and bidirectional control characters left out of
 * every string.
 *
 * @param value Value.
 * @returns JSON text.
 */
export function scriptJson(value: unknown): string {
  // Bidirectional controls in a name could reorder the text shown around it.
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? v.replace(BIDI_CONTROLS, '') : v)).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
