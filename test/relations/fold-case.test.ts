import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canFold, foldPattern, foldText } from '../../src/relations/fold-case.js'
import { WORD_CHAR } from '../../src/relations/compile.js'

// Pattern pieces in Unicode mode, with letters of several cases and scripts.
const PIECES = [
  'Launched',
  'the\\s+',
  'ΣΟΦΙΑ',
  'straSSe',
  'İs',
  '[A-Z]+',
  '[^a-z ]',
  '[À-ÖØ-ö]+',
  `[${WORD_CHAR}]+`,
  `(?<![${WORD_CHAR}])`,
  '\\w+',
  '\\W',
  '\\u0041\\u{1E9E}',
  '[\\u0041-\\u005A\\-]',
  '(?:Dr|MR)\\.?',
  '(?<S>[a-c]+)',
  '\\k<S>',
  ' ',
  'ſ',
  'K'
]
const ALPHABET = ['a', 'A', 'b', 'C', 'z', 'Z', ' ', '.', '-', 'à', 'À', 'Ö', 'ö', 'σ', 'ς', 'Σ', 'ο', 'Ο', 'φ', 'ι', 'Ι', 'ſ', 's', 'S', 'K', 'k', 'İ', 'i', 'I', 'ı', 'ß', 'ẞ', '1', 'ǅ', 'Ǆ', 'ǆ', 'Ꭰ', 'ꭰ', 'Ł', 'ł']
const textArb = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 24 }).map((cs) => cs.join(''))
// "ΣΟΦΙΑ" and words the pieces spell, so that matches happen, not only misses.
const WORDS = ['Launched ', 'the ', 'σοφια', 'ΣΟΦΊΑ', 'strasse', 'STRASSE', 'is', 'İs', 'Dr. ', 'mr ', 'abcABC', 'ſ', 'k', 'ǅ']
const richText = fc.array(fc.oneof(fc.constantFrom(...WORDS), textArb), { maxLength: 6 }).map((parts) => parts.join(''))

describe('foldText', () => {
  it('should keep length and positions', () => {
    fc.assert(
      fc.property(richText, (text) => {
        expect(foldText(text)).toHaveLength(text.length)
      })
    )
  })
  it('should lower-case and fold what lower case leaves', () => {
    expect(foldText('Gavin WOOD')).toBe('gavin wood')
    expect(foldText('ΟΔΟΣ ſ ϑ')).toBe('οδοσ s θ')
    // "İ" lower-cases to two characters: it stays, as case-insensitive matching keeps it apart.
    expect(foldText('İstanbul')).toBe('İstanbul')
  })
})

describe('foldPattern', () => {
  it('should match folded text exactly where the case-insensitive pattern matches the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }), fc.boolean(), richText, (pieces, alternate, text) => {
        const source = pieces.join(alternate ? '|' : '')
        let unfolded: RegExp
        try {
          unfolded = new RegExp(source, 'giu')
        } catch {
          return // e.g. \k<S> without its group
        }
        const folded = new RegExp(foldPattern(source), 'gu')
        const expected = [...text.matchAll(unfolded)].map((m) => [m.index, m[0].length, m.groups?.S?.length])
        const actual = [...foldText(text).matchAll(folded)].map((m) => [m.index, m[0].length, m.groups?.S?.length])
        expect(actual).toEqual(expected)
      }),
      { numRuns: 3000 }
    )
  })
  it('should fold letters but keep group names, escapes and back-references', () => {
    expect(foldPattern('(?<S>Foo)\\k<S>\\W\\p{L}[A-C]\\u0041')).toBe('(?<S>foo)\\k<S>\\W\\p{L}[A-C\\u{61}-\\u{63}]\\u{61}')
    expect(foldPattern('(?<=A)(?<!B)X')).toBe('(?<=a)(?<!b)x')
    expect(foldPattern('[^A-Z]')).toBe('[^A-Z\\u{61}-\\u{7a}]')
    // A class that holds both cases already is left alone.
    expect(foldPattern(`[${WORD_CHAR}]`)).toBe(`[${WORD_CHAR}]`)
  })
  it('should refuse case-dependent property escapes', () => {
    expect(canFold('\\p{Lu}+')).toBe(false)
    expect(canFold('[\\p{Lowercase}]')).toBe(false)
    expect(canFold('\\p{L}+\\p{Script=Greek}')).toBe(true)
  })
})

describe('the generated lower-case table', () => {
  it('should list exactly the code points whose lower case is another single code point', async () => {
    const { LOWER_CASE } = await import('../../src/relations/lower-case-data.js')
    // Made by `npm test`'s own build step, with this runtime's Unicode data.
    expect(LOWER_CASE.unicode).toBe(process.versions.unicode)
    const expected: number[] = []
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const char = String.fromCodePoint(cp)
      const lower = char.toLowerCase()
      if (lower !== char && lower.length === char.length) expected.push(cp, lower.codePointAt(0)!)
    }
    expect(LOWER_CASE.pairs).toEqual(expected)
  })
  it('should give a class the folds of all its members, in every script', () => {
    // Cased letters of Latin, Cyrillic, Cherokee, Deseret, Adlam, and the special folds.
    const ranges: Array<[number, number]> = [[0xc0, 0x24f], [0x400, 0x52f], [0x13a0, 0x13ff], [0x10400, 0x1044f], [0x1e900, 0x1e95f], [0x17f, 0x17f], [0x3c2, 0x3c2]]
    const hex = (cp: number): string => `\\u{${cp.toString(16)}}`
    const folded = new RegExp(`^${foldPattern(`[${ranges.map(([a, b]) => `${hex(a)}-${hex(b)}`).join('')}]`)}$`, 'u')
    const members = new Set<string>()
    for (const [a, b] of ranges) for (let cp = a; cp <= b; cp++) members.add(String.fromCodePoint(cp))
    const accepted = new Set([...members, ...[...members].map(foldText)])
    for (let cp = 0; cp <= 0x1ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue
      const char = foldText(String.fromCodePoint(cp))
      if (folded.test(char) !== accepted.has(char)) expect([cp, folded.test(char)]).toEqual([cp, accepted.has(char)])
    }
  })
})
