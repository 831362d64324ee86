/**
 * Refiner: a noun of sequence before a number ("Phase 1", "Step 2",
 * "Stage 3: launch") labels a part of a plan or a text; capitalised, it is
 * still no name. Dropped when every mention of the word in the document is
 * so numbered ("Zeta Phase 2" stays a longer candidate of its own).
 */
import type { Mention } from '../types.js'
import type { MentionRefiner } from './refiner.js'
import { sentenceOf } from './refiner.js'

/** Nouns that number the parts of a plan, a process or a text (lower case). */
export const SEQUENCE_NOUNS = new Set([
  'phase', 'step', 'stage', 'part', 'chapter', 'section', 'milestone', 'wave', 'tier', 'level', 'round', 'week', 'day',
  'month', 'year', 'quarter', 'season', 'episode', 'module', 'lesson', 'unit', 'figure', 'table', 'appendix', 'item',
  'option', 'goal', 'pillar', 'track', 'cohort', 'batch', 'sprint', 'iteration', 'epoch', 'era', 'period'
])

/** A number, a roman numeral or a single letter right after the word ("Phase 2", "Part II", "Track B"). */
const NUMBERED = /^\s+(?:\d+(?:\.\d+)*|[IVX]+|[A-Z])\b/

/** Drops sequence nouns whose every mention is numbered. */
export const numberedLabels: MentionRefiner = {
  id: 'numbered-labels',
  refine(mentions, context) {
    const unnumbered = new Set<string>()
    const candidates: Mention[] = []
    for (const m of mentions) {
      if (m.rule === 'name-lexicon' || !SEQUENCE_NOUNS.has(m.surface.toLowerCase())) continue
      if (NUMBERED.test(sentenceOf(m, context).slice(m.end, m.end + 12))) candidates.push(m)
      else unnumbered.add(m.surface.toLowerCase())
    }
    if (candidates.length === 0) return mentions
    const drop = new Set(candidates.filter((m) => !unnumbered.has(m.surface.toLowerCase())))
    return mentions.filter((m) => !drop.has(m))
  }
}
