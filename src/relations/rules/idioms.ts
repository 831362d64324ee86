/**
 * Idioms no construction covers yet, as plain regular-expression rules
 * (the form users write too): a role word with its organisation left
 * implicit, a product named "under the name" of its maker, and a place
 * before a company noun ("Berlin startup X").
 */
import type { EventRule } from '../compile.js'
import { alt } from '../constructions/words.js'

/** Nouns for a company or platform that a place name may modify ("Berlin startup X", "United States crypto exchange X"). */
const ORGANISATION_NOUNS = ['platform', 'exchange', 'company', 'startup', 'start-up', 'firm', 'fund', 'bank', 'developer', 'studio', 'lab', 'labs', 'provider', 'operator', 'marketplace', 'custodian', 'broker']

/** Idiom rules. */
export const IDIOM_RULES: EventRule[] = [
  { id: 'developed-under-name', predicate: 'developedBy', trigger: 'under the', pattern: '{O}{GAP}\\s+under\\s+the\\s+(?:name|brand|banner|moniker)\\s+(?:of\\s+)?["“\']?{S}', confidence: 0.75, description: 'Orion, … planning to deploy their parachain on Zeta under the name "Lyra."' },
  { id: 'located-place-modifier', predicate: 'locatedIn', trigger: alt(ORGANISATION_NOUNS), pattern: `{O!}\\s+(?:[\\w-]+\\s+){0,3}?${alt(ORGANISATION_NOUNS)}\\s+{S!}`, objectTypes: ['Place'], sureObject: true, confidence: 0.7, description: 'United States crypto trading platform Kraken; Berlin startup Orbit Labs' },
  { id: 'founded-bare-role', predicate: 'foundedBy', trigger: 'founder', pattern: '(?:^|,\\s+|\\s)(?:co-?)?founder\\s+{O}', objectTypes: ['Person'], implicitSubject: true, confidence: 0.5, description: "founder Maria Lopez (of the article's main network)" }
]
