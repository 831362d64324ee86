/**
 * Verb inflections for frames, from compromise's conjugator at compile
 * time: a frame names a lemma ("roll out", "co-found"), constructions ask
 * for its forms. No inflection list is written by hand; the few words the
 * conjugator gets wrong are in {@link INFLECTION_EXCEPTIONS}. The default
 * frames' verbs are conjugated at build time (the table in
 * `entities/english-data.ts`), so that making the rules does not load
 * compromise; other verbs ask its conjugator.
 */
import { compromise, englishTable } from '../../entities/english.js'

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

/** Every head {@link inflect} was given (the build script reads it to make the table). */
const asked = new Set<string>()

/**
 * The verb heads inflected so far in this process.
 *
 * @returns Heads, lower case.
 */
export function inflectedHeads(): ReadonlySet<string> {
  return asked
}

/**
 * compromise's conjugation of a verb head: from the build-time table when
 * it has the head, else from the conjugator (loading compromise).
 *
 * @param head Verb, lower case.
 * @returns Its forms as compromise gives them.
 */
function conjugate(head: string): Conjugation {
  const known = englishTable()?.verbs[head]
  if (known) {
    const [present, past, participle, gerund] = known
    return { ...(present ? { PresentTense: present } : {}), ...(past ? { PastTense: past } : {}), ...(participle ? { Participle: participle } : {}), ...(gerund ? { Gerund: gerund } : {}) }
  }
  if (!conjugator) {
    const world = (compromise() as unknown as { world(): { model: unknown; methods: { two: { transform: { verb: { conjugate: Conjugator } } } } } }).world()
    conjugator = { conjugate: world.methods.two.transform.verb.conjugate, model: world.model }
  }
  return conjugator.conjugate(head, conjugator.model)
}

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
  asked.add(head)
  const c = conjugate(head)
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
