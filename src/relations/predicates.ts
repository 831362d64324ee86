/**
 * The predicates of the default news schema as data: label, argument
 * types, typing hints. See GUIDELINES for what each means.
 */
import type { PredicateDefinition } from '../schema.js'

/** A predicate with the type hints it gives its arguments. */
export interface PredicateSpec extends PredicateDefinition {
  /** Type the subject probably has when the predicate holds. */
  subjectHint?: string
  /** Type the object probably has when the predicate holds. */
  objectHint?: string
}

const ANY_THING = ['Organization', 'Network', 'Project', 'Token', 'Concept', 'Place']

/** Default predicates. */
export const DEFAULT_PREDICATES: PredicateSpec[] = [
  { name: 'foundedBy', label: 'founded by', domain: ['Organization', 'Network', 'Project'], range: ['Person', 'Organization'] },
  { name: 'launchedBy', label: 'launched by', domain: ANY_THING, range: ['Person', 'Organization', 'Network', 'Project'] },
  { name: 'developedBy', label: 'developed by', domain: ['Project', 'Network', 'Token'], range: ['Organization', 'Person', 'Project', 'Network'], subjectHint: 'Project' },
  { name: 'affiliatedWith', label: 'affiliated with', domain: ['Person'], range: ['Organization', 'Project', 'Network'], subjectHint: 'Person' },
  { name: 'partOf', label: 'part of', domain: ['Organization', 'Project'], range: ['Organization', 'Network', 'Project'] },
  { name: 'fundedBy', label: 'funded by', domain: ANY_THING, range: ['Organization', 'Person', 'Network'] },
  { name: 'testnetOf', label: 'testnet of', domain: ['Network'], range: ['Network', 'Project'], subjectHint: 'Network', objectHint: 'Network' },
  { name: 'nativeTokenOf', label: 'native token of', domain: ['Token'], range: ['Network', 'Project'], subjectHint: 'Token', objectHint: 'Network' },
  { name: 'parachainOf', label: 'parachain of', domain: ['Network', 'Project'], range: ['Network'], subjectHint: 'Network', objectHint: 'Network' },
  { name: 'plansParachainOn', label: 'plans parachain on', domain: ['Project', 'Organization', 'Network'], range: ['Network'], objectHint: 'Network' },
  { name: 'plansIntegrationWith', label: 'plans integration with', domain: ['Project', 'Organization', 'Network'], range: ['Network', 'Project'] },
  { name: 'integratesWith', label: 'integrates with', domain: ['Project', 'Organization', 'Network'], range: ['Network', 'Project'] },
  { name: 'builtOn', label: 'built on', domain: ['Project', 'Network'], range: ['Network', 'Project'] },
  { name: 'partnersWith', label: 'partners with', domain: ['Organization', 'Project', 'Network'], range: ['Organization', 'Project', 'Network'], symmetric: true },
  { name: 'acquiredBy', label: 'acquired by', domain: ['Organization', 'Project'], range: ['Organization'], objectHint: 'Organization' },
  { name: 'locatedIn', label: 'located in', domain: ['Organization', 'Place'], range: ['Place'], objectHint: 'Place' }
]
