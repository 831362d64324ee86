/**
 * Filter: a community's name made from another name by a demonym ending
 * ("Zetans" beside "Zeta") is no entity.
 */
import type { Mention } from '../types.js'

/** Endings that make a community's name from a place or network ("Kusaman", "Polkadotters"). */
const COMMUNITY_ENDINGS = ['n', 'ns', 'an', 'ans', 'ian', 'ians', 'rian', 'rians', 'er', 'ers', 'ter', 'ters', 'ite', 'ites']

/**
 * Refiner: a word made from another name of the document by a demonym
 * ending names its community, not a thing ("the Kusaman community",
 * "Polkadotters"), unless it is also part of a longer name.
 *
 * @param mentions Candidates.
 * @returns Candidates without the community words.
 */
export function withoutCommunityWords(mentions: Mention[]): Mention[] {
  const names = new Set(mentions.map((m) => m.surface.toLowerCase()))
  const community = (word: string): boolean => {
    const lower = word.toLowerCase()
    return COMMUNITY_ENDINGS.some((end) => lower.endsWith(end) && lower.length - end.length >= 3 && names.has(lower.slice(0, -end.length)))
  }
  return mentions.filter((m) => m.surface.includes(' ') || !community(m.surface))
}
