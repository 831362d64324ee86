/**
 * Words that attribute a quotation, as data: verbs of saying, the phrases
 * that introduce a speaker ("according to"), the words that make a name a
 * speaking body ("a Zeta spokesperson"), and the pronouns a speaker may be.
 */
import { ROLE } from './rules/macros.js'

/** Fewer words than this make a quotation a scare quote unless a newswire attribution frames it. */
export const MIN_LOOSE_QUOTE_WORDS = 4

/** Verbs of saying, every form written out (irregular ones too). */
export const SPEECH_VERBS: string[] = [
  'said', 'says', 'say', 'saying', 'stated', 'states', 'stating', 'noted', 'notes', 'noting', 'added', 'adds', 'adding',
  'explained', 'explains', 'explaining', 'commented', 'comments', 'commenting', 'remarked', 'remarks', 'remarking',
  'observed', 'observes', 'observing', 'shared', 'shares', 'sharing', 'highlighted', 'highlights', 'highlighting',
  'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'emphasising', 'emphasizing', 'stressed', 'stresses',
  'stressing', 'told', 'tells', 'telling', 'wrote', 'writes', 'writing', 'tweeted', 'tweets', 'tweeting', 'posted',
  'lauded', 'declared', 'declares', 'declaring', 'announced', 'announces', 'announcing', 'affirmed', 'affirms',
  'concluded', 'concludes', 'concluding', 'insisted', 'insists', 'argued', 'argues', 'arguing', 'continued',
  'continues', 'asserted', 'asserts', 'claimed', 'claims', 'pointed out', 'points out', 'pointing out', 'mentioned',
  'mentions', 'revealed', 'reveals', 'quipped', 'quips', 'opined', 'opines', 'uttered', 'reflected', 'reflects',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'recalled', 'recalls', 'warned', 'warns', 'cautioned',
  'predicted', 'predicts', 'suggested', 'suggests', 'responded', 'responds', 'replied', 'replies', 'answered',
  'asked', 'asks', 'exclaimed', 'enthused', 'elaborated', 'elaborates', 'clarified', 'confirmed', 'confirms',
  'summarised', 'summarized', 'underlined', 'underscored', 'underscores', 'reiterated', 'reiterates', 'wondered',
  'boasted', 'joked', 'proclaimed', 'put it', 'puts it', 'was quoted as saying', 'was quoted saying'
]

/** Phrases after which the speaker's name comes, then the quotation ("According to X, "…""). */
export const SPEAKER_INTRODUCERS: string[] = [
  'according to', 'in the words of', 'as relayed by', 'as explained by', 'as noted by', 'as stated by',
  'as put by', 'as told by', 'quoting'
]

/**
 * Nouns of speech: a sentence that has one and ends in `:` or `,` before a
 * quotation introduces it ("Maria Lopez's concluding words …, "…"").
 */
export const SPEECH_NOUNS: string[] = ['words', 'remarks', 'comments', 'statement', 'quote', 'message', 'response', 'note', 'explanation']

/**
 * Verbs that call something by a quoted phrase ("Zeta Labs recognised
 * Omicron as "…"", "Maria Lopez described it as "…"").
 */
export const CHARACTERISING_VERBS: string[] = [
  'called', 'calls', 'described', 'describes', 'hailed', 'hails', 'labelled', 'labeled', 'labels', 'termed', 'terms',
  'recognised', 'recognized', 'recognises', 'recognizes', 'touted', 'touts', 'branded', 'characterised', 'characterized'
]

/** Words after a name that make it a speaking body ("A Zeta representative", "a Zeta Foundation spokesperson"). */
export const SPEAKING_BODY_WORDS: string[] = [
  'representative', 'representatives', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'official',
  'officials', 'member', 'members', 'developer', 'developers', 'executive', 'executives', 'team', 'founder',
  'co-founder', 'ceo', 'cto', 'engineer', 'engineers', 'researcher', 'researchers', 'insider', 'source', 'sources',
  'statement', 'announcement', 'blog', 'post'
]

/** Speech verbs, longest first, as an alternation. */
export const SPEECH_VERB = alternation(SPEECH_VERBS)
/** Speaker introducers as an alternation. */
export const SPEAKER_INTRODUCER = alternation(SPEAKER_INTRODUCERS)
/** Speech nouns as an alternation. */
export const SPEECH_NOUN = alternation(SPEECH_NOUNS)
/** Characterising verbs as an alternation. */
export const CHARACTERISING_VERB = alternation(CHARACTERISING_VERBS)
/** Speaking-body words as an alternation. */
export const SPEAKING_BODY = alternation(SPEAKING_BODY_WORDS)
/** Role nouns for people, shared with the relation rules. */
export const ROLE_NOUN = ROLE

/**
 * Adverbs that may follow a verb of saying ("added proudly"). Listed, not
 * matched as any word in -ly: patterns ignore case, and a name follows the
 * verb as often ("said Kelly Smith").
 */
export const SPEECH_ADVERBS: string[] = [
  'proudly', 'recently', 'publicly', 'previously', 'separately', 'enthusiastically', 'excitedly', 'optimistically',
  'confidently', 'jokingly', 'simply', 'bluntly', 'candidly', 'happily', 'firmly', 'frankly', 'openly', 'privately',
  'personally', 'additionally', 'further', 'emphatically', 'cautiously', 'succinctly', 'aptly', 'famously', 'once',
  'earlier', 'later', 'again', 'also', 'then', 'today', 'yesterday', 'that', 'this'
]

/**
 * Adverbials that may stand between a verb of saying and the quotation or
 * the end of the clause ("said in a statement", "told reporters on Monday",
 * "added proudly").
 */
export const SPEECH_TAIL = String.raw`(?:\s+(?:${alternation(SPEECH_ADVERBS)}|in\s+(?:a|an|the|his|her|their|its|our)\s+[\w-]+(?:\s+[\w-]+)?|on\s+(?:[\w-]+\s+)?[\w-]+|at\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?|to\s+(?:[\w-]+\s+)?[\w-]+|during\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?|via\s+[\w-]+|last\s+\w+|this\s+\w+))*`

/** Pronouns and definite descriptions a speaker may be, with the entity types each can stand for. */
export const SPEAKER_REFERENCES: Array<{ words: string[]; types: string[] }> = [
  { words: ['he', 'she'], types: ['Person'] },
  // "The team" or "the project" could be any of several things named before: not a speaker.
  { words: ['the company', 'the firm', 'the foundation', 'the startup', 'the organisation', 'the organization', 'the exchange', 'the fund'], types: ['Organization'] }
]

/** Short words a Title Case title leaves in lower case ("Scaling with Zeta", "A Deep Dive into Layer 2"). */
export const TITLE_LOWER_WORDS: string[] = ['with', 'from', 'into', 'onto', 'over', 'upon', 'about', 'than', 'that', 'this', 'your', 'their', 'when', 'what', 'through', 'versus', 'without', 'within']

/**
 * A non-capturing alternation of phrases, longest first, with spaces
 * matching any run of white space.
 *
 * @param words Phrases.
 * @returns Regular-expression source.
 */
function alternation(words: string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length)
  return `(?:${sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`
}
