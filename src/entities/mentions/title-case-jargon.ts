/**
 * Refiner: Title Case jargon ("Data Redundancy", "Quality Assurance",
 * "Systems Engineering"), generic bodies named by common words only
 * ("Steering Committee", "Board of Directors"), and ampersand
 * abbreviations ("R&D", "Q&A", "M&A").
 * Writers capitalise the names of disciplines and practices; they are not
 * named things. A candidate is jargon when its last word is such a field
 * noun and every word before it is a common word.
 */
import { isCommonWord, isFirstName, isPlaceName } from '../english.js'
import { hasNameShape } from '../tokenize.js'
import type { MentionRefiner, RefineContext } from './refiner.js'
import { sentenceOf } from './refiner.js'

/** Nouns that name a discipline or practice when capitalised after common words. */
export const FIELD_NOUNS = new Set([
  'engineering', 'assurance', 'redundancy', 'management', 'analysis', 'analytics', 'design', 'development', 'operations',
  'strategy', 'marketing', 'security', 'compliance', 'architecture', 'optimization', 'optimisation', 'integration',
  'testing', 'automation', 'maintenance', 'planning', 'science', 'learning', 'computing', 'processing', 'availability',
  'scalability', 'interoperability', 'storage', 'recovery', 'control', 'experience', 'support', 'relations', 'resources',
  'intelligence', 'governance', 'modeling', 'modelling', 'programming', 'validation', 'verification', 'monitoring',
  'reporting', 'accounting', 'logistics', 'procurement', 'onboarding', 'tokenomics', 'sustainability', 'innovation',
  // Generic bodies: "Steering Committee", "Board of Directors" (not "Group" or "Board": "Digital Finance Group" is a name).
  'committee', 'directors', 'panel', 'resources'
])

/**
 * Modifiers of such nouns the compromise lexicon does not know as words
 * (it lists irregular words only): general vocabulary, not names.
 */
const COMMON_MODIFIERS = new Set([
  'data', 'quality', 'system', 'systems', 'software', 'hardware', 'network', 'product', 'project', 'risk', 'business',
  'customer', 'user', 'supply', 'human', 'public', 'financial', 'technical', 'information', 'content', 'digital',
  'machine', 'cloud', 'brand', 'market', 'process', 'program', 'programme', 'platform', 'protocol', 'smart', 'contract',
  'performance', 'disaster', 'incident', 'change', 'release', 'capacity', 'asset', 'portfolio', 'treasury', 'token',
  'community', 'ecosystem', 'partner', 'investor', 'talent', 'deep', 'artificial', 'full', 'stack', 'front', 'back', 'end',
  'board', 'steering', 'working', 'advisory', 'additional', 'executive', 'technical', 'management', 'governing', 'of'
])

/** Whether a word is a common word here: known to the lexicon, general vocabulary, or written in lower case by the document. */
function common(word: string, context: RefineContext): boolean {
  const lower = word.toLowerCase()
  if (hasNameShape(word) || isFirstName(word) || isPlaceName(word)) return false
  return COMMON_MODIFIERS.has(lower) || isCommonWord(word) || context.lowerCaseWords.has(lower) || FIELD_NOUNS.has(lower)
}

/** Drops Title Case discipline names and ampersand abbreviations. */
export const titleCaseJargon: MentionRefiner = {
  id: 'title-case-jargon',
  refine(mentions, context) {
    // A discipline owns nothing: a phrase the document writes with a possessive ("Orbit Asset Management's fund") names a body.
    const possessed = new Set(mentions.filter((m) => /^['’]s\b/u.test(sentenceOf(m, context).slice(m.end, m.end + 3))).map((m) => m.surface))
    return mentions.filter((m) => {
      if (m.rule === 'name-lexicon' || possessed.has(m.surface)) return true
      if (/^\p{Lu}&\p{Lu}$/u.test(m.surface)) return false
      const words = m.surface.split(' ')
      if (words.length < 2 || words.length > 3) return true
      const head = words[words.length - 1]!.toLowerCase()
      // Bodies in the plural are kinds, not one named body ("Technical Working Groups").
      const pluralBody = /^(?:groups|committees|teams|boards|councils|panels|task forces)$/.test(head)
      if (!FIELD_NOUNS.has(head) && !pluralBody) return true
      return !words.slice(0, -1).every((w) => common(w, context))
    })
  }
}
