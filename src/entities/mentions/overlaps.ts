/**
 * Keeps non-overlapping mentions within a sentence, in document order.
 */
import type { Mention } from '../types.js'

/**
 * Refiner: where candidates overlap keep the longer one (chrono's
 * overlap removal), except that a lexicon name beats a candidate that
 * cuts across it ("Labs TEAMED UP" against the known "Orbit Labs") and
 * loses only to one that holds it whole ("Orbit Labs Network").
 *
 * @param mentions Candidates.
 * @returns Non-overlapping mentions in document order.
 */
export function withoutOverlaps(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.sentence - b.sentence || a.start - b.start || b.end - a.end)
  const out: Mention[] = []
  const wins = (m: Mention, over: Mention): boolean => {
    const holds = m.start <= over.start && m.end >= over.end
    if (over.rule === 'name-lexicon' && m.rule !== 'name-lexicon') return holds && m.end - m.start > over.end - over.start
    if (m.rule === 'name-lexicon' && over.rule !== 'name-lexicon') return !(over.start <= m.start && over.end >= m.end)
    return m.end - m.start > over.end - over.start
  }
  for (const m of sorted) {
    // A lexicon name may overlap several kept candidates; it replaces each it beats.
    let overlapping = out.length
    while (overlapping > 0 && out[overlapping - 1]!.sentence === m.sentence && m.start < out[overlapping - 1]!.end) overlapping--
    const rivals = out.slice(overlapping)
    if (rivals.length === 0) out.push(m)
    else if (rivals.every((r) => wins(m, r))) out.splice(overlapping, rivals.length, m)
  }
  return out
}
