/**
 * Stable node keys from names.
 */

/**
 * Slug of a name: NFKC, lower case, diacritics removed, runs of anything
 * but letters and digits turned into one `-`.
 *
 * @param name Canonical name.
 * @returns Slug (never empty: `entity` when nothing is left).
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
  return slug || 'entity'
}
