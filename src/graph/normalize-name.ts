/**
 * Name normalisation for lookups: the same rules the evaluation guidelines
 * use to compare names.
 */

/**
 * Normalise a name: NFKC, lower case, straight quotes, no leading "the",
 * no title (Dr, Mr, Mrs, Ms, Prof), no trailing possessive, single spaces.
 *
 * @param name Name or alias.
 * @returns Normalised form.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'(\[]+|["')\].,;:!?]+$/g, '')
    .trim()
    .replace(/^the\s+/, '')
    .replace(/^(?:dr|mr|mrs|ms|prof)\.?\s+/, '')
    .replace(/'s$/, '')
    .trim()
}
