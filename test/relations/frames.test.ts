/**
 * Each frame's examples as table tests (text → expected triples), the
 * inflections the constructions use, and triggers derived from frames.
 */
import { describe, expect, it } from 'vitest'
import { compileFrame, frameTrigger } from '../../src/relations/constructions/index.js'
import { inflect } from '../../src/relations/constructions/inflect.js'
import { DEFAULT_FRAMES } from '../../src/relations/frames/index.js'
import { FrameSchema } from '../../src/relations/frames/schema.js'
import { triples } from '../support/facts.js'

describe('frame examples', () => {
  for (const frame of DEFAULT_FRAMES) {
    it.each(frame.examples ?? [])(`${frame.predicate}: $text`, ({ text, triples: expected }) => {
      expect(triples(text).filter((t) => t.includes(`—${frame.predicate}→`) || t.includes(`—${frame.planned ?? frame.predicate}→`))).toEqual([...expected].sort())
    })
  }
  it('should validate every default frame against the schema', () => {
    for (const frame of DEFAULT_FRAMES) expect(FrameSchema.safeParse(frame).success).toBe(true)
  })
})

describe('inflections from the conjugator', () => {
  it('should inflect regular, irregular, particle and co- verbs (snapshot of generated forms)', () => {
    const lemmas = ['launch', 'roll out', 'kick off', 'begin', 'take over', 'snap up', 'build', 'lead', 'co-lead', 'co-found', 'found', 'join forces', 'debut', 'run', 'bankroll', 'partner']
    expect(Object.fromEntries(lemmas.map((l) => [l, inflect(l)]))).toMatchSnapshot()
  })
  it('should keep every generated form of a frame in its trigger', () => {
    const trigger = new RegExp(frameTrigger(DEFAULT_FRAMES.find((f) => f.predicate === 'launchedBy')!), 'i')
    for (const form of ['kicked off', 'commenced', 'rolling out', 'inaugurated', 'debuting', 'rollout']) expect(trigger.test(form)).toBe(true)
  })
  it('should give no inflected form that is not a word', () => {
    for (const frame of DEFAULT_FRAMES) {
      for (const sense of frame.verbs ?? []) {
        for (const lemma of sense.verbs) for (const form of Object.values(inflect(lemma))) expect(form).toMatch(/^[a-z][a-z' -]*$/)
      }
    }
  })
})

describe('coordinations', () => {
  it('should pair members in order with "respectively", and give one Concept per coordinated noun phrase', () => {
    expect(triples('Zeta, Omicron, and Orbit Protocol respectively introduced lending protocols, EVM compatibility, and an identity solution.')).toEqual([
      'EVM compatibility —launchedBy→ Omicron',
      'identity solution —launchedBy→ Orbit Protocol',
      'lending protocols —launchedBy→ Zeta'
    ])
    expect(triples('Zeta introduced new staking parameters and governance changes.')).toEqual(['governance changes —launchedBy→ Zeta', 'new staking parameters —launchedBy→ Zeta'])
    expect(triples('Zeta introduced new staking parameters and raised funds.')).toEqual(['new staking parameters —launchedBy→ Zeta'])
  })
})

describe('frames as user rules', () => {
  it('should take a frame in rules.relations, next to a regular-expression rule', () => {
    const rules = {
      relations: [
        { predicate: 'acquiredBy', verbs: [{ verbs: ['gobble up'], doer: 'O' as const }] },
        { id: 'my-swallowed', predicate: 'acquiredBy', pattern: '{O}\\s+swallowed\\s+{S}' }
      ]
    }
    expect(triples('Orbit Labs gobbled up Quanta Systems.', { rules })).toEqual(['Quanta Systems —acquiredBy→ Orbit Labs'])
    expect(triples('Quanta Systems was gobbled up by Orbit Labs.', { rules })).toEqual(['Quanta Systems —acquiredBy→ Orbit Labs'])
    expect(triples('Orbit Labs swallowed Quanta Systems.', { rules })).toEqual(['Quanta Systems —acquiredBy→ Orbit Labs'])
    expect(triples('Orbit Labs did not gobble up Quanta Systems.', { rules })).toEqual([])
  })
  it('should compile a frame to rules whose ids name the frame and the construction', () => {
    const ids = compileFrame({ predicate: 'acquiredBy', verbs: [{ verbs: ['absorb'], doer: 'O' }] }).map((r) => r.id)
    expect(ids).toContain('acquiredBy.active')
    expect(ids).toContain('acquiredBy.passive')
  })
})
