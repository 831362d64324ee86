/**
 * XML text escaping for the GraphML writer.
 */

/**
 * Escape text for an XML attribute value or element content. Characters
 * XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/F)
 * are dropped.
 *
 * @param text Text.
 * @returns Escaped text.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
}
