/**
 * plansParachainOn idioms: bids, crowdloans, intentions and builders that
 * no construction of the plansParachainOn frame (frames/plans-parachain.ts) covers yet.
 */
import type { RelationRule } from '../../schema.js'
import { alt, formsOf, PLAN_LEAD } from '../constructions/words.js'
import { withTrigger } from './macros.js'

// Verb forms come from the conjugator (see constructions/inflect.ts), never written out.
const READYING = alt(formsOf(['build', 'develop', 'prepare', 'launch', 'ready'], ['gerund']))
const BIDS = alt(formsOf(['bid', 'compete', 'vie', 'run', 'launch'], ['infinitive', 'present', 'past', 'gerund']))

// A plan word (shared with the frames' planned constructions), or a bid word that states an intention by itself.
const PLAN = `(?:${PLAN_LEAD}|${alt([...formsOf(['announce', 'reveal'], ['past', 'present']), ...formsOf(['bid', 'race', 'vie', 'compete', 'hope', 'look', 'prepare', 'plan'], ['gerund', 'present']), 'would', 'set', 'ready', 'eager'])})`

export const PLANS_PARACHAIN_RULES: RelationRule[] = withTrigger('parachain|slot|crowdloan|auction|bid|chain', [
  { id: 'plans-parachain-deploy', predicate: 'plansParachainOn', pattern: `{S}{GAP}\\s+${PLAN}\\s+(?:to\\s+)?(?:deploy|launch|build|run|bring|host|secure|win|obtain|get|bid for|bid on|compete for|occupy)\\s+(?:their|its|a|an|the)?\\s*(?:[\\w-]+\\s+){0,3}?(?:parachains?|parachain slots?|slots?|chain)\\s+(?:on|in|to)\\s+(?:the\\s+)?{O}`, confidence: 0.85, description: 'Orion Network, a DeFi protocol planning to deploy their parachain on Zeta' },
  { id: 'plans-parachain-plans-of', predicate: 'plansParachainOn', pattern: '{S}{GAP}\\s+(?:in|with|about|of)\\s+(?:their|its)\\s+plans?\\s+to\\s+(?:deploy|launch|build|run|bid for|secure)\\s+(?:[\\w-]+\\s+){0,3}?(?:parachains?|slots?|chain)\\s+(?:on|in|to)\\s+(?:the\\s+)?{O}', confidence: 0.85, description: 'X and Y were swift in their plans to deploy parachains on Zeta' },
  { id: 'plans-parachain-building', predicate: 'plansParachainOn', pattern: `{S}{APPOS}\\s+(?:is|are|has been|have been)\\s+(?:currently\\s+|now\\s+|actively\\s+)?${READYING}\\s+(?:its|their|a|an)\\s+(?:[\\w-]+\\s+){0,2}?parachain\\s+(?:on|for)\\s+(?:the\\s+)?{O}`, confidence: 0.8, description: 'Vega, geared towards IoT, is building its parachain on Zeta' },
  { id: 'plans-parachain-bid', predicate: 'plansParachainOn', pattern: `{S}{APPOS}\\s+(?:will\\s+|plans to\\s+)?${BIDS}\\s+(?:for|in)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:parachain\\s+)?(?:slot|auction|crowdloan)s?(?:\\s+(?:on|in|of)\\s+(?:the\\s+)?{O})?`, implicitObject: true, confidence: 0.75, description: 'X bids for a parachain slot on Y' },
  { id: 'plans-parachain-crowdloan', predicate: 'plansParachainOn', pattern: "{S}['’]s\\s+(?:[\\w-]+\\s+)?crowdloan\\s+(?:for|to win)\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?(?:parachain\\s+)?slot(?:\\s+(?:on|in)\\s+(?:the\\s+)?{O})?", implicitObject: true, confidence: 0.8, description: "X's crowdloan for a slot on Y" },
  { id: 'plans-parachain-bidders', predicate: 'plansParachainOn', pattern: '(?:bidding|competition|competing|contest|race|battle|bids?)\\s+(?:[^.;\\uE000]{0,60}?)(?:including|such as|like|among|between|from)\\s+(?:[\\w-]+\\s+){0,3}?{S}', implicitObject: true, confidence: 0.65, description: 'fierce bidding between projects, including Lyra, Rigel …' },
  { id: 'plans-parachain-intention-bid', predicate: 'plansParachainOn', pattern: '{S}{APPOS}\\s+(?:have|has)?\\s*(?:already\\s+)?(?:manifested|announced|expressed|declared|signal(?:l)?ed|confirmed|revealed|shown|stated)\\s+(?:their|its|an?)\\s+(?:intention|intent|plans?|interest|readiness)\\s+to\\s+(?:bid|participate|compete|run a crowdloan)(?:\\s+(?:for|in|on)\\s+(?:[\\w-]+\\s+){0,3}?(?:on\\s+(?:the\\s+)?{O})?)?', implicitObject: true, confidence: 0.7, description: 'projects such as X, Y and Z have manifested their intention to bid' },
])
