/**
 * Entity typing: votes from the name's shape, from context cues around each
 * mention and (later) from the relations the entity takes part in; the
 * type with most weight wins.
 */
import type { MaskedSentence } from './mask.js'
import type { EntitySchema } from './schema.js'
import type { EntityDraft, TypeCue } from './types.js'

/** Total weight under which a type is a guess rather than a finding. */
const SURE = 1.5

/**
 * Add a vote to an entity, and record which cue cast it (the type's evidence).
 *
 * @param entity Entity.
 * @param type Type voted for.
 * @param weight Weight of the vote.
 * @param rule Id of the cue that cast it.
 * @param kb Whether the knowledge base cast it (default `false`).
 */
export function vote(entity: EntityDraft, type: string, weight: number, rule: string, kb = false): void {
  entity.typeScores.set(type, (entity.typeScores.get(type) ?? 0) + weight)
  entity.typeCues ??= new Map()
  const key = `${type}|${rule}`
  const cue = entity.typeCues.get(key)
  if (cue) cue.weight += weight
  else entity.typeCues.set(key, { type, weight, rule, ...(kb ? { kb } : {}) })
}

/**
 * The evidence for an entity's type: every cue that voted, strongest first.
 *
 * @param entity Entity.
 * @returns Cues, weights rounded to hundredths.
 */
export function typeEvidence(entity: EntityDraft): TypeCue[] {
  return [...(entity.typeCues?.values() ?? [])]
    .map((c) => ({ ...c, weight: Math.round(c.weight * 100) / 100 }))
    .sort((a, b) => b.weight - a.weight || a.type.localeCompare(b.type) || a.rule.localeCompare(b.rule))
}

/**
 * Collect shape and context cues for every entity.
 *
 * @param entities Entities.
 * @param mentionEntity Entity of each mention.
 * @param masked Masked sentences.
 * @param schema Entity cues.
 */
export function collectTypeCues(entities: EntityDraft[], mentionEntity: number[], masked: MaskedSentence[], schema: EntitySchema): void {
  // Name-shape cues count once per name variant: "Zeta Project" said once
  // must not outvote what twenty mentions of "Zeta" say in context.
  for (const entity of entities) {
    const seen = new Set<string>()
    for (const m of entity.mentions) {
      for (const cue of m.cues) {
        const key = `${cue.rule}|${(m.name ?? m.surface).toLowerCase()}`
        if (seen.has(key)) continue
        seen.add(key)
        vote(entity, cue.type, cue.weight, cue.rule)
      }
    }
  }
  for (const sentence of masked) {
    if (!sentence.text.includes('\uE000')) continue
    for (const cue of schema.contextCues) {
      cue.regex.lastIndex = 0
      for (const match of sentence.text.matchAll(cue.regex)) {
        // A cue with alternatives ("{E}-based|based in {E}") captures in whichever group matched.
        const index = match.slice(1).find((g) => g !== undefined)
        const id = index === undefined ? undefined : mentionEntity[Number(index)]
        if (id === undefined || id < 0) continue
        vote(entities[id]!, cue.type, cue.weight, cue.id)
      }
    }
  }
}

/**
 * The winning type of an entity and whether the evidence is strong.
 *
 * @param entity Entity.
 * @param fallback Type when nothing voted (default `Project`: in news about
 *   technology an unknown name is most often a project).
 * @returns Type and certainty.
 */
export function decideType(entity: EntityDraft, fallback = 'Project'): { type: string; sure: boolean } {
  let best = ''
  let bestScore = 0
  // Ties break by a fixed order so results never depend on insertion order.
  for (const type of [...entity.typeScores.keys()].sort()) {
    const score = entity.typeScores.get(type)!
    if (score > bestScore) {
      best = type
      bestScore = score
    }
  }
  if (!best) return { type: fallback, sure: false }
  return { type: best, sure: bestScore >= SURE }
}
