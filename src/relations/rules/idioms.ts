/**
 * Idioms no construction covers yet, as plain regular-expression rules
 * (the form users write too): a role word with its organisation left
 * implicit, and a product named "under the name" of its maker.
 */
import type { RelationRule } from '../../schema.js'

/** Idiom rules. */
export const IDIOM_RULES: RelationRule[] = [
  { id: 'developed-under-name', predicate: 'developedBy', trigger: 'under the', pattern: '{O}{GAP}\\s+under\\s+the\\s+(?:name|brand|banner|moniker)\\s+(?:of\\s+)?["“\']?{S}', confidence: 0.75, description: 'Orion, … planning to deploy their parachain on Zeta under the name "Lyra."' },
  { id: 'founded-bare-role', predicate: 'foundedBy', trigger: 'founder', pattern: '(?:^|,\\s+|\\s)(?:co-?)?founder\\s+{O}', objectTypes: ['Person'], implicitSubject: true, confidence: 0.5, description: "founder Maria Lopez (of the article's main network)" }
]
