/**
 * Typing and linking from known names: the bundled knowledge base of
 * networks and tokens, and the ids of the user's lexicon entries. Runs on
 * entities, after resolution: it types what the text already names and
 * never finds a mention of its own.
 */
import { lookupKnowledgeBase } from '../kb/index.js'
import type { EntitySchema } from './schema.js'
import type { EntityDraft } from './types.js'
import { vote } from './typing.js'

/** Weight of a knowledge-base vote: as strong as an organisation suffix, weaker than what a sentence states twice. */
export const KB_WEIGHT = 3

/** Options of {@link applyKnowledge}. */
export interface KnowledgeOptions {
  /** Use the bundled knowledge base (default `true`); lexicon ids apply either way. */
  knowledgeBase?: boolean
}

/**
 * Vote for the types the knowledge base gives entity names, and attach the
 * registry ids of the knowledge base and of the user's lexicon.
 *
 * @param entities Resolved entities.
 * @param schema Entity cues (the user's lexicon).
 * @param options Whether to use the bundled knowledge base.
 */
export function applyKnowledge(entities: EntityDraft[], schema: EntitySchema, options: KnowledgeOptions = {}): void {
  const useKb = options.knowledgeBase ?? true
  for (const entity of entities) {
    for (const name of variants(entity)) {
      const entry = schema.lexicon.get(name.toLowerCase())
      if (entry?.ids) {
        entity.ids = { ...entry.ids, ...entity.ids }
        break
      }
    }
    if (!useKb || entity.mentions.length === 0) continue
    for (const name of variants(entity)) {
      const known = lookupKnowledgeBase(name)
      if (!known) continue
      vote(entity, known.type, KB_WEIGHT, known.type === 'Token' ? 'kb-token' : 'kb-network', true)
      entity.ids = { ...known.ids, ...entity.ids }
      break
    }
  }
}

/**
 * The names to look an entity up by: its canonical name, then the aliases
 * that share its first word ("Kusama Network" for "Kusama"), never a lone
 * surname of a person ("Wood" for "Gavin Wood").
 *
 * @param entity Entity.
 * @returns Names, canonical first.
 */
function variants(entity: EntityDraft): string[] {
  const first = entity.name.split(' ')[0]!
  return [entity.name, ...entity.aliases.filter((a) => a.split(' ')[0] === first)]
}
