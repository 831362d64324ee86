/**
 * Test helpers: extract from a short text and list what came out in a form
 * that reads like the sentence.
 */
import { extract, type ExtractOptions } from '../../src/index.js'

/**
 * Triples of an article as `subject —predicate→ object` strings (canonical names).
 *
 * @param markdown Text.
 * @param options Extract options.
 * @returns Sorted triples.
 */
export function triples(markdown: string, options?: ExtractOptions): string[] {
  const kg = extract(markdown, options)
  return kg.relations().map((r) => `${kg.entity(r.subject)?.name ?? r.subject} —${r.predicate}→ ${kg.entity(r.object)?.name ?? r.object}`).sort()
}

/**
 * Entities of an article as `name:Type` strings.
 *
 * @param markdown Text.
 * @returns Sorted entities (Concepts excluded).
 */
export function entities(markdown: string): string[] {
  return extract(markdown).entities().filter((e) => e.type !== 'Concept').map((e) => `${e.name}:${e.type}`).sort()
}
