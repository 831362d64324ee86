import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type NLP from 'compromise'
import { englishTable, lexiconTags, taggerMayKnow } from '../../src/entities/english.js'
import { inflect } from '../../src/relations/constructions/inflect.js'

const nlp = createRequire(import.meta.url)('compromise') as typeof NLP
const root = join(import.meta.dirname, '..', '..')

/** Every plain lower-case word of the bundled fixture and the own articles. */
function words(): string[] {
  const dirs = [join(root, 'fixtures'), join(root, 'test', 'articles')]
  const all = new Set<string>()
  for (const dir of dirs) for (const f of readdirSync(dir).filter((n) => n.endsWith('.md'))) for (const w of readFileSync(join(dir, f), 'utf8').toLowerCase().match(/[a-z]+/g) ?? []) all.add(w)
  // Invented words with endings the tagger reads (adverb, gerund, past, adjective).
  for (const w of ['zorblingly', 'quexing', 'vorpaled', 'snarfical', 'zentrix', 'orbixa']) all.add(w)
  return [...all].sort()
}

describe('the build-time English table', () => {
  it('is built from the installed compromise', () => {
    expect(englishTable()?.version).toBe((nlp as unknown as { version: string }).version)
  })

  it('gives the lexicon tags compromise gives', () => {
    const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon
    for (const word of ['the', 'gavin', 'berlin', 'launched', 'zentrix']) {
      const tags = lexicon[word]
      expect(lexiconTags(word)).toEqual(tags === undefined ? [] : Array.isArray(tags) ? tags : [tags])
    }
  })

  it('skips the tagger only for words the tagger reads as nouns', () => {
    const skipped = words().filter((w) => !taggerMayKnow(w))
    expect(skipped.length).toBeGreaterThan(50)
    const misread = skipped.filter((w) => {
      const doc = nlp(w)
      return doc.has('#Adverb') || doc.has('#Gerund') || doc.has('#PastTense') || doc.has('#Adjective') || doc.has('#Conjunction')
    })
    expect(misread).toEqual([])
    // The invented words with telling endings go to the tagger.
    for (const w of ['zorblingly', 'quexing', 'vorpaled', 'snarfical']) expect(taggerMayKnow(w)).toBe(true)
  })

  it('conjugates the default frames\' verbs as compromise does', () => {
    const world = (nlp as unknown as { world(): { model: unknown; methods: { two: { transform: { verb: { conjugate(v: string, m: unknown): Record<string, string | undefined> } } } } } }).world()
    const verbs = englishTable()!.verbs
    expect(Object.keys(verbs).length).toBeGreaterThan(100)
    for (const [head, [present, past, participle, gerund]] of Object.entries(verbs)) {
      const c = world.methods.two.transform.verb.conjugate(head, world.model)
      expect([present, past, participle, gerund]).toEqual([c.PresentTense ?? '', c.PastTense ?? '', c.Participle ?? '', c.Gerund ?? ''])
    }
    expect(inflect('co-lead').past).toBe('co-led')
  })
})
