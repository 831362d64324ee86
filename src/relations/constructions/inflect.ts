/**
 * Verb inflections for frames, from compromise's conjugator at compile
 * time: a frame names a lemma ("roll out", "co-found"), constructions ask
 * for its forms. No inflection list is written by hand; the few words the
 * conjugator gets wrong are in {@link INFLECTION_EXCEPTIONS}.
 */
import { createRequire } from 'node:module'
import type NLP from 'compromise'

const nlp = createRequire(import.meta.url)('compromise') as typeof NLP

/** The forms of one verb. */
export interface VerbForms {
  /** "launch" (also the plural present: "X and Y launch"). */
  infinitive: string
  /** "launches". */
  present: string
  /** "launched". */
  past: string
  /** "launched", "taken", "begun". */
  participle: string
  /** "launching". */
  gerund: string
}

/**
 * Forms compromise's conjugator gets wrong (head word only; particles and
 * "co-" are added around it). Checked by a snapshot test.
 */
export const INFLECTION_EXCEPTIONS: Record<string, Partial<VerbForms>> = {
  snap: { gerund: 'snapping' },
  debut: { gerund: 'debuting' },
  lead: { past: 'led', participle: 'led' },
  spin: { past: 'spun', participle: 'spun' },
  run: { participle: 'run' }
}

type Conjugation = { Infinitive?: string; PastTense?: string; PresentTense?: string; Gerund?: string; Participle?: string }
type Conjugator = (verb: string, model: unknown) => Conjugation
let conjugator: { conjugate: Conjugator; model: unknown } | undefined

/**
 * Forms of a verb lemma. A multi-word lemma inflects its first word ("roll
 * out" → "rolled out", "join forces" → "joined forces"); "co-" is kept in
 * front of the inflected head ("co-lead" → "co-led").
 *
 * @param lemma Verb lemma, lower case.
 * @returns Its forms.
 */
export function inflect(lemma: string): VerbForms {
  const [first = lemma, ...rest] = lemma.split(' ')
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : ''
  const co = /^co-/.exec(first)?.[0] ?? ''
  const head = first.slice(co.length)
  if (!conjugator) {
    const world = (nlp as unknown as { world(): { model: unknown; methods: { two: { transform: { verb: { conjugate: Conjugator } } } } } }).world()
    conjugator = { conjugate: world.methods.two.transform.verb.conjugate, model: world.model }
  }
  const c = conjugator.conjugate(head, conjugator.model)
  const past = c.PastTense ?? `${head}ed`
  const forms: VerbForms = {
    infinitive: head,
    present: c.PresentTense ?? `${head}s`,
    past,
    participle: c.Participle ?? past,
    gerund: c.Gerund ?? `${head}ing`,
    ...INFLECTION_EXCEPTIONS[head]
  }
  return {
    infinitive: co + forms.infinitive + tail,
    present: co + forms.present + tail,
    past: co + forms.past + tail,
    participle: co + forms.participle + tail,
    gerund: co + forms.gerund + tail
  }
}
