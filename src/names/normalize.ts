/**
 * The forms a name is compared in. They differ on purpose, from loosest to
 * closest to the text: {@link normalizeName} compares names across graphs
 * (the evaluation guidelines' rules), {@link mentionKey} groups the mentions
 * of one document (titles and possessives still tell people and owners
 * apart there), {@link displayVariant} is a variant as shown (case kept).
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

/**
 * The key mentions of one document are grouped by: NFKC, straight single
 * quotes, no leading "the", single spaces, lower case. Closer to the text
 * than {@link normalizeName}: "Dr. Lopez" and "Zeta's" keep their title and
 * possessive, which resolution reads (people, owners).
 *
 * @param name Name as written.
 * @returns Grouping key.
 */
export function mentionKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /i, '')
    .toLowerCase()
}

/**
 * A name variant as it should be shown: NFKC, single spaces, no leading
 * "the", no possessive; case and quotes as written.
 *
 * @param name Name as written.
 * @returns Clean variant.
 */
export function displayVariant(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().replace(/^the /i, '').replace(/['’]s$/, '')
}
