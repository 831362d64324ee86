import type { RelationRule } from '../../schema.js'

/**
 * Pattern macros shared by relation rules. A rule pattern is a regular
 * expression (case-insensitive) over the sentence with mentions masked;
 * these macros keep the rule files readable. See the README, "Rules".
 */

/** Role nouns for people ("head", "lead developer", "CEO"). */
export const ROLE = '(?:co-?founder|founder|creator|ceo|cto|coo|cfo|cmo|head|lead(?: developer| engineer| researcher)?|chief [\\w-]+ officer|director|analyst|trader|spokesperson|spokesman|spokeswoman|editor|researcher|engineer|developer|manager|president|vice[ -]president|vp|chair(?:man|woman|person)?|partner|investor|advisor|adviser|professor|scientist|architect|officer|executive|strategist|evangelist|ambassador|contributor|maintainer|economist|member|representative|educator|coordinator|consultant|specialist|designer|programmer|organi[sz]er|treasurer|lawyer|attorney|advocate|journalist|reporter|correspondent|columnist|writer|author|host|co-host|moderator|brain|mastermind)'

/** Nouns that call a network another network's test network. */
export const TESTNET = '(?:canary network|canary|canary chain|testnet|test ?net|test network|testing (?:ground|field|sandbox|environment|network|arena|playground)|testbed|test bed|sandbox|playpen|playground|proving ground|experimental (?:cousin|sister(?: network)?|network|counterpart|relative|sibling|twin)|wild(?:er)? (?:cousin|sibling|sister|twin)|sister network|cousin)'

/** Macros expanded inside every pattern. */
export const MACROS: Record<string, string> = {
  // An optional parenthetical between a subject and its verb: ", geared towards X,"; it crosses
  // no name, except a former name (", formerly known as Y,").
  APPOS: '(?:\\s*,[^.;:!?\\uE000\\uE001]{1,80}?,|\\s*,\\s+(?:formerly|previously)\\s+[^.;:!?,]{1,60}?,)?',
  // A bounded gap inside the sentence (may cross names).
  GAP: '[^.;!?"“”]{0,120}?',
  // A short gap of plain words (crosses no name).
  WORDS: '(?:[^\\s\\uE000\\uE001.,;:!?]+\\s+){0,4}?',
  ROLE,
  TESTNET,
  // After "parachain": not a candidate for one ("a Zeta parachain candidate", "parachain slot").
  NOTCANDIDATE: '(?!\\s+(?:candidates?|hopefuls?|contenders?|bids?|bidders?|slots?|auctions?|crowdloans?|teams?|projects?))',
  // Auxiliaries before a participle.
  AUX: '(?:(?:is|are|was|were|has been|have been|had been|will be|is being|are being|got|gets|been)\\s+)?(?:(?:also|now|officially|reportedly|recently|successfully|finally|already|initially|originally|first)\\s+)?',
  // Perfect/aspect before an active verb.
  HAVE: '(?:(?:has|have|had|also|recently|officially|successfully|finally|already|just|now)\\s+){0,2}'
}

/**
 * Give every rule of a family the family's trigger (unless a rule has its own).
 *
 * @param trigger Keyword regular expression the sentence must contain.
 * @param rules Rules of one family.
 * @returns The rules with the trigger set.
 */
export function withTrigger(trigger: string, rules: RelationRule[]): RelationRule[] {
  return rules.map((rule) => ({ trigger, ...rule }))
}
