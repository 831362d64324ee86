/**
 * A quoted name in apposition to the kind of thing it names: "the first
 * incentivised testnet, ‘Race of Nodes’", "its grant programme “Build
 * Small”". The quotation marks and the kind noun before it say that the
 * capitals are a name, not the start of a quotation.
 */

/** Kinds of named things a quoted name may follow (singular or plural, maybe with a comma). */
const KINDS = 'testnet|network|program|programme|campaign|competition|contest|initiative|project|protocol|game|series|hackathon|conference|summit|upgrade|release|feature|event|fund|app|platform|product|tool|challenge|bounty'

/** The text before a quoted name ends with a kind noun and the opening quotation mark. */
const BEFORE_QUOTED_NAME = new RegExp(`\\b(?:${KINDS})s?,?\\s+["“‘']$`, 'iu')

/**
 * Whether the text before a candidate is a kind noun and an opening quote.
 *
 * @param before Sentence text before the candidate.
 * @returns Whether the candidate is a quoted name in apposition.
 */
export function isQuotedNameAfterKind(before: string): boolean {
  return BEFORE_QUOTED_NAME.test(before.slice(-40))
}
