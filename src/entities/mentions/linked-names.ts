/**
 * Finder: lower-case names that the article links ("[zetad](https://…)",
 * "[libzeta project](…)") and package-style names built on a name of the
 * document ("go-zeta" beside "Zeta"). A link marks a named thing; a word the
 * lexicon knows is a word, not a name. Every later use of such a name is a
 * mention too.
 */
import { isCommonWord, isFunctionWord, notNounClass } from '../english.js'
import { isWordCompound } from './word-compounds.js'
import type { MentionFinder } from './finder.js'
import type { Mention } from '../types.js'

/** Tails of modifiers made from a name ("zeta-based"): no package name ends so. */
const MODIFIER_TAIL = /-(?:based|compatible|native|powered|enabled|specific|related|like|style|wide|only|free|ready|friendly|first|inspired|aware|safe|level|backed|denominated|focused|centric|driven|led|secured|oriented|owned|funded|built|linked|pegged|collateral[iy]zed|collateralised|supported)$/

/** Determiners and possessives, as written in a sentence or at its start. */
const DETERMINERS = ['a', 'an', 'the', 'its', 'their', 'our', 'his', 'her', 'this', 'that', 'these', 'those', 'your', 'my', 'every', 'each', 'any', 'some', 'no'].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)])

/**
 * A determiner before a word, with up to three lower-case modifiers between
 * ("its collaborative [mission]", "your database [tables]"): what follows is
 * a common noun. A preposition ends the phrase: "the co-founder of
 * [zetad]" links a name.
 */
const DETERMINER = new RegExp(`(?:^|\\s)(?:${DETERMINERS.join('|')})\\s+(?:(?!(?:of|at|in|on|for|with|to|by|from|and|or)\\s)[\\p{Ll}-]+\\s+){0,3}$`, 'u')

/** Finder: linked lower-case names and package-style names. */
export const linkedNames: MentionFinder = {
  id: 'linked-names',
  find({ doc, tokenised, schema, lowerCaseWords }, found) {
    const capitalised = new Set((found.get('capitalised-names') ?? []).map((m) => m.surface.toLowerCase()))
    const names = new Set<string>()
    const nameLike = (word: string): boolean =>
      /^\p{Ll}[\p{Ll}\p{N}-]*[\p{Ll}\p{N}]$/u.test(word) && word.length >= 3 && !isCommonWord(word) && !schema.notNames.has(word) && !schema.roleWords.has(word) && !MODIFIER_TAIL.test(word) &&
      // "noun-phrase", "in-repo", "multi-term": compounds of words; "modular": a word the tagger reads as an adjective.
      (word.includes('-') ? !isWordCompound(word) && !word.split('-').some((p) => isFunctionWord(p)) && !word.split('-').every((p) => lowerCaseWords.has(p) && !capitalised.has(p)) : !/^(?:adjective|adverb)$/.test(notNounClass(word) ?? ''))
    for (const { sentence, tokens } of tokenised) {
      for (const t of tokens) {
        const from = sentence.offsets[t.start]!
        // Cheap tests first: only a word right after a link's bracket, or a hyphenated one, can be linked or packaged
        // (asking `nameLike` first would run the tagger on every unknown word).
        if (doc.source[from - 1] !== '[' && !t.text.includes('-')) continue
        // The source offset after the word's last character (the text's next character may lie past the link's syntax).
        const to = sentence.offsets[t.end - 1]! + 1
        // The whole text of a link, or its first word before a head noun ("[libzeta project](").
        const head = /^(\s+(?:project|library|package|client|wallet|app|tool))?\]\(/u.exec(doc.source.slice(to, to + 12))
        // "a [demo](…)", "its [mission](…)": a linked word after a determiner is a common noun; "the [zetad project](…)" is a name.
        // A link the parser left unread ("its [mission]({{ site.url }}/mission)") keeps its bracket in the text.
        const determined = DETERMINER.test(sentence.text.slice(Math.max(0, t.start - 48), t.start).replace(/\[$/, ''))
        const linked = doc.source[from - 1] === '[' && head !== null && (head[1] !== undefined || !determined)
        // "go-zeta", "zeta-cli": a hyphenated word with a part the document capitalises as a name.
        const packaged = t.text.includes('-') && t.text.split('-').some((part) => part.length >= 3 && capitalised.has(part) && !isCommonWord(part))
        if ((linked || packaged) && nameLike(t.text)) names.add(t.text)
      }
    }
    const out: Mention[] = []
    if (names.size === 0) return out
    for (const { sentence, tokens } of tokenised) {
      for (const t of tokens) {
        if (names.has(t.text)) out.push({ sentence: sentence.index, start: t.start, end: t.end, surface: t.text, rule: 'name-linked', cues: [], position: 'body' })
      }
    }
    return out
  }
}
