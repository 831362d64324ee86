/**
 * The function words constructions are made of, as data: auxiliaries,
 * adverbs, plan words, light verbs. Kept here once; frames hold the content
 * words. Verb lemmas are inflected by `inflect`, never written out.
 */
import { inflect, type VerbForms } from './inflect.js'

/**
 * Adverbs that may stand between an auxiliary and its verb ("was officially launched"): any word in
 * -ly, and these. (One pattern, not a list of -ly words: an alternation tried at every auxiliary costs.)
 */
export const ADVERBS = ['also', 'now', 'first', 'just', 'then', 'later', 'today', 'together', 'already', 'in part', 'soon', 'once', 'still', 'since']
/** An adverb, as a pattern (see {@link ADVERBS}). */
export const ADVERB = `(?:[a-z]+ly|${ADVERBS.join('|').replace(/ /g, '\\s+')})`

/** Lemmas of verbs that announce a plan ("plans to", "aims to"). */
export const PLAN_VERBS = ['plan', 'intend', 'aim', 'prepare', 'hope', 'seek', 'expect', 'look', 'set', 'gear up', 'race', 'vie', 'compete', 'bid', 'move', 'agree', 'commit', 'promise', 'pledge', 'want', 'wish', 'decide', 'propose']
/**
 * Verbs of a choice: a plan before it is made ("chooses to", "opting to"), done after ("we chose to use X"
 * states the use). "decided to" stays a plan: a decision often comes long before the act.
 */
export const DECISION_VERBS = ['choose', 'opt']
/** Words that announce a plan without being a verb of one ("eager to", "in talks to", "will"). */
export const PLAN_WORDS = ['eager', 'ready', 'poised', 'slated', 'scheduled', 'due', 'about', 'going', 'in talks', 'in discussions', 'on track', 'intention', 'intent', 'plans', 'readiness', 'bid']
/** Verbs that announce a plan noun ("announced plans to", "revealed its intention to"). */
export const PLAN_ANNOUNCE_VERBS = ['announce', 'reveal', 'share', 'outline', 'detail', 'confirm', 'declare', 'express', 'unveil', 'state', 'manifest', 'signal', 'show', 'make']
/** Plan nouns after an announcing verb. */
export const PLAN_NOUNS = ['plans', 'plan', 'intention', 'intent', 'interest', 'readiness', 'commitment', 'decision', 'agreement', 'proposal']
/** Adjectives that make a nominalisation planned ("X's planned integration with Y"). */
export const PLAN_ADJECTIVES = ['planned', 'upcoming', 'proposed', 'future', 'potential', 'expected', 'forthcoming', 'intended', 'anticipated', 'pending']

/** Light verbs whose subject does the noun's action ("announced a partnership with", "completed its integration with"). */
export const DO_LIGHT_VERBS = ['have', 'announce', 'declare', 'form', 'enter into', 'enter', 'sign', 'strike', 'forge', 'unveil', 'complete', 'establish', 'finalize', 'finalise', 'seal', 'begin', 'start', 'kick off', 'celebrate', 'confirm', 'reveal', 'deepen', 'expand', 'extend', 'launch', 'initiate', 'finish', 'conclude', 'undertake', 'pursue', 'make', 'mark', 'close', 'formalize', 'formalise']
/** Light verbs whose subject receives the noun ("received a grant from"). */
export const RECEIVE_LIGHT_VERBS = ['announce', 'receive', 'secure', 'win', 'obtain', 'get', 'raise', 'land', 'attract', 'close', 'net', 'earn', 'gain', 'accept', 'take']
/** Light verbs whose subject gives the noun to someone ("awarded a grant to"). */
export const GIVE_LIGHT_VERBS = ['award', 'give', 'grant', 'issue', 'provide', 'extend', 'offer', 'allocate', 'donate', 'pledge']

/** Verbs of causing whose object does the action of the infinitive after it ("This led us to develop Y", "Y enabled Orbit to use Z"). */
export const CAUSE_VERBS = ['lead', 'allow', 'enable', 'prompt', 'inspire', 'motivate', 'encourage', 'convince', 'permit', 'push']

/** Copulas before a stance adjective ("is pleased to announce"). */
export const STANCE_COPULAS = ['is', 'are', 'was', 'were', 'am']
/** Adjectives of a stance that leave the verb after them stated, not planned ("excited to partner with"). */
export const STANCE_ADJECTIVES = ['pleased', 'excited', 'thrilled', 'proud', 'delighted', 'happy', 'glad', 'honored', 'honoured']
/** Prepositions before a fronted gerund whose subject is the clause's ("In partnering with Y, X …"). */
export const ADJUNCT_PREPOSITIONS = ['in', 'by', 'after', 'through', 'while', 'since']

/** Verbs of a copula or of becoming ("X is the founder of Y"). */
export const COPULAS = ['is', 'was', 'are', 'were', 'remains', 'remained', 'became', 'becomes', 'has been', 'had been', 'serves as', 'served as', 'acts as', 'acted as', 'joined as', 'is now', 'was now']
/** Auxiliaries of the passive. */
export const PASSIVE_AUXILIARIES = ['is', 'are', 'was', 'were', 'has been', 'have been', 'had been', 'will be', 'is being', 'are being', 'was being', 'were being', 'being', 'been', 'got', 'gets', 'get', 'be']
/** Auxiliaries of the progressive. */
export const PROGRESSIVE_AUXILIARIES = ['is', 'are', 'was', 'were', 'has been', 'have been', 'had been', 'is now', 'are now', 'been']
/** Verbs before a gerund that start an action ("have started collaborating"). */
export const INCEPTIVE_VERBS = ['start', 'begin', 'continue']
/** Determiners before a noun in a light-verb phrase. */
export const NOUN_DETERMINERS = ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'new']
/** Words that introduce the members of a list ("partners such as X and Y"). */
export const LIST_CUES = ['such as', 'including', 'like', 'among them', 'namely', 'notably', 'especially', 'particularly']

/** Group nouns for people named after them ("former Orbit executives A and B"). */
export const PEOPLE_NOUNS = ['executives', 'engineers', 'employees', 'developers', 'veterans', 'alumni', 'founders', 'entrepreneurs', 'researchers', 'members', 'staff', 'leaders', 'scientists', 'builders', 'investors', 'partners']
/** Modifiers of such group nouns. */
export const PEOPLE_MODIFIERS = ['former', 'ex', 'current', 'veteran', 'serial', 'fellow', 'two', 'three', 'four', 'senior', 'early', 'industry', 'crypto', 'blockchain', 'tech']

/**
 * Class nouns that may stand before a coordinated name as its description
 * ("DeFi hub Zeta and Omicron-compatible platform Orbix").
 */
export const DESCRIPTOR_NOUNS = ['hub', 'platform', 'protocol', 'project', 'wallet', 'chain', 'parachain', 'blockchain', 'exchange', 'startup', 'company', 'firm', 'initiative', 'marketplace', 'bridge', 'oracle', 'dapp', 'app', 'studio', 'fund', 'solution', 'network']

/** Relative pronouns ("X, which launched Y"). */
export const RELATIVE_PRONOUNS = ['which', 'who', 'that']

/**
 * Every form of a list of lemmas, chosen by name.
 *
 * @param lemmas Verb lemmas.
 * @param which Forms to take.
 * @returns Distinct forms.
 */
export function formsOf(lemmas: readonly string[], which: ReadonlyArray<keyof VerbForms>): string[] {
  const out = new Set<string>()
  for (const lemma of lemmas) {
    const forms = inflect(lemma)
    for (const w of which) out.add(forms[w])
  }
  return [...out]
}

/**
 * An alternation of words or phrases as a regular-expression group: longest
 * first, spaces as `\s+`, a hyphen optional ("co-founder", "cofounder").
 *
 * @param words Words or phrases (plain text).
 * @returns `(?:…)` source.
 */
export function alt(words: readonly string[]): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b))
  return `(?:${unique.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[- ]?').replace(/ /g, '\\s+')).join('|')})`
}

/** "plans to", "is set to", "announced plans to", "will": what makes a statement planned. */
export const PLAN_LEAD = `(?:(?:(?:is|are|was|were|has|have|had|has been|have been|had been)\\s+)?(?:also\\s+|now\\s+|already\\s+|reportedly\\s+)?(?:${alt([...formsOf(PLAN_VERBS, ['infinitive', 'present', 'past', 'gerund']), ...formsOf(DECISION_VERBS, ['infinitive', 'present', 'gerund']), ...PLAN_WORDS])})\\s+to|(?:(?:has|have|had)\\s+)?${alt(formsOf(PLAN_ANNOUNCE_VERBS, ['infinitive', 'present', 'past', 'gerund']))}\\s+(?:(?:their|its|the|an?|his|her)\\s+)?(?:[\\w-]+\\s+)?${alt(PLAN_NOUNS)}\\s+to|will|is\\s+going\\s+to|are\\s+going\\s+to)`

/** Titles that follow another in a coordination ("co-founder and CEO", "Founder & Chairman"). */
export const COORDINATED_TITLES = ['ceo', 'cto', 'coo', 'cfo', 'cio', 'cpo', 'chief executive', 'chief executive officer', 'chief technology officer', 'chief scientist', 'chairman', 'chairwoman', 'chair', 'executive chairman', 'president', 'managing director', 'managing partner', 'director', 'head', 'lead', 'chief architect']
