/**
 * A readable summary of a knowledge graph for the terminal.
 */
import type { KnowledgeGraph } from '../graph/knowledge-graph.js'

/**
 * Render a summary: title and date, entities by type, relations as
 * `subject —label→ object`, quotes.
 *
 * @param kg Knowledge graph.
 * @returns Text (ends with a newline).
 */
export function renderSummary(kg: KnowledgeGraph<string, string>): string {
  const lines: string[] = []
  const { title, date, source } = kg.attributes
  lines.push(`${title ?? source ?? '(untitled)'}${date ? `  (${date})` : ''}`)
  const { entities, relations } = kg.size
  lines.push(`${entities} entities, ${relations} relations, ${kg.quotes().length} quotes`, '')
  const byType = new Map<string, string[]>()
  for (const e of kg.entities()) {
    const list = byType.get(e.type) ?? []
    list.push(e.aliases.length ? `${e.name} (${e.aliases.join(', ')})` : e.name)
    byType.set(e.type, list)
  }
  lines.push('Entities')
  for (const type of [...byType.keys()].sort()) lines.push(`  ${type}: ${byType.get(type)!.join('; ')}`)
  lines.push('', 'Relations')
  const name = (key: string): string => kg.entity(key)?.name ?? key
  for (const r of kg.relations()) lines.push(`  ${name(r.subject)} —${r.label}→ ${name(r.object)}   [${r.rules.join(', ')}; ${r.confidence.toFixed(2)}]`)
  const quotes = kg.quotes()
  if (quotes.length) {
    lines.push('', 'Quotes')
    for (const q of quotes) lines.push(`  ${q.speakerName}: "${q.text.length > 100 ? `${q.text.slice(0, 100)}…` : q.text}"`)
  }
  return `${lines.join('\n')}\n`
}
