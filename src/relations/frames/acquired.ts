/** acquiredBy: acquisitions and takeovers. */
import type { Frame } from './schema.js'

/** The acquiredBy frame. */
export const ACQUIRED_FRAME: Frame = {
  predicate: 'acquiredBy',
  planned: undefined,
  verbs: [{ verbs: ['acquire', 'buy', 'purchase', 'take over', 'snap up', 'absorb'], doer: 'O' }],
  nouns: [{ nouns: ['acquisition', 'purchase', 'takeover', 'buyout'], doer: 'O', themePrep: 'of', doerPrep: 'by' }],
  examples: [
    { text: 'Orbit Labs acquired Quanta Finance.', triples: ['Quanta Finance —acquiredBy→ Orbit Labs'] },
    { text: 'Quanta Finance was acquired by Orbit Labs.', triples: ['Quanta Finance —acquiredBy→ Orbit Labs'] },
    { text: 'Orbit Labs agreed to acquire Quanta Finance.', triples: [] },
    { text: '# Vexa Labs acquires Lumo Systems\n\nVexa Labs is pleased to announce that it has acquired Lumo Systems. Today we are announcing our acquisition of Tarn Analytics.', triples: ['Lumo Systems —acquiredBy→ Vexa Labs', 'Tarn Analytics —acquiredBy→ Vexa Labs'] }
  ]
}
