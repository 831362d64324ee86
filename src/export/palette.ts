/**
 * Colours and shapes per entity type, shared by the DOT, Mermaid and HTML
 * exports.
 */

/** Fill colour per default entity type. */
const COLOURS: Readonly<Record<string, string>> = {
  Person: '#f4a261',
  Organization: '#2a9d8f',
  Network: '#e63946',
  Project: '#457b9d',
  Token: '#e9c46a',
  Place: '#8ab17d',
  Concept: '#b5a6c9'
}

/** Colours for types outside the default schema, picked by a hash of the type. */
const EXTRA = ['#ff99c8', '#a0c4ff', '#caffbf', '#ffd6a5', '#bdb2ff', '#9bf6ff']

/** Graphviz shape per default entity type. */
const SHAPES: Readonly<Record<string, string>> = {
  Person: 'ellipse',
  Organization: 'box',
  Network: 'doublecircle',
  Project: 'component',
  Token: 'hexagon',
  Place: 'house',
  Concept: 'note'
}

/**
 * Fill colour of an entity type (stable for unknown types).
 *
 * @param type Entity type.
 * @returns `#rrggbb`.
 */
export function typeColour(type: string): string {
  if (Object.hasOwn(COLOURS, type)) return COLOURS[type]!
  let h = 0
  for (const ch of type) h = (h * 31 + ch.codePointAt(0)!) >>> 0
  return EXTRA[h % EXTRA.length]!
}

/**
 * Graphviz node shape of an entity type (`ellipse` for unknown types).
 *
 * @param type Entity type.
 * @returns Shape name.
 */
export function typeShape(type: string): string {
  return Object.hasOwn(SHAPES, type) ? SHAPES[type]! : 'ellipse'
}
