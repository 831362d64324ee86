/**
 * Refiner: generic technology acronyms ("HTTP", "URL", "DNS", "GUI") name
 * no one thing; they qualify names ("IPFS HTTP gateway") or stand for a
 * kind of thing ("HTTP URLs"). Trimmed off either end of a candidate, and a
 * candidate left with nothing but them or with words only ("Configurable
 * HTTP") goes.
 */
import { isCommonWord, notNounClass } from '../english.js'
import type { Mention } from '../types.js'
import type { MentionRefiner } from './refiner.js'
import { narrowToWords, trimEnds } from './refiner.js'

/** Acronyms of protocols, formats and interfaces in general use, as written (plurals and "-ful" adjectives are derived). */
export const TECH_ACRONYMS = new Set([
  'HTTP', 'HTTPS', 'URL', 'URI', 'DNS', 'CDN', 'GUI', 'API', 'TCP', 'UDP', 'LAN', 'WAN', 'HTML', 'CSS', 'JSON', 'XML',
  // Not OS: it ends product names ("Zeta OS").
  'YAML', 'CLI', 'SSL', 'TLS', 'VPN', 'IP', 'SQL', 'RPC', 'REST', 'SSH', 'FTP', 'PDF', 'CPU', 'GPU', 'RAM', 'UI', 'UX',
  // Kinds of things of a domain, not one thing: ledger and payment terms, chips, machine learning, security, business.
  'UTXO', 'HTLC', 'PTLC', 'PSBT', 'SPV', 'EOA', 'HSM', 'MPC', 'TSS', 'ZKP', 'SoC', 'ASIC', 'FPGA', 'LLM', 'NLP', 'OCR',
  'SSO', 'MFA', '2FA', 'QR', 'RBAC', 'ACL', 'CRUD', 'ORM', 'IDE', 'JWT', 'KPI', 'ROI', 'SLA', 'CRM', 'ERP', 'ESG', 'IPO', 'ETF', 'OTC'
])

/**
 * Whether a word is a generic technology acronym, singular or plural ("URLs").
 *
 * @param word A word as written.
 * @returns Whether it is one.
 */
export function isTechAcronym(word: string): boolean {
  // Plurals ("URLs", "SoCs") and adjectives made of one ("RESTful") are the same kind of word.
  return TECH_ACRONYMS.has(word) || (/\p{Lu}s$/u.test(word) && TECH_ACRONYMS.has(word.slice(0, -1))) || (/^\p{Lu}{2,}ful$/u.test(word) && TECH_ACRONYMS.has(word.slice(0, -3)))
}

/** Trims generic technology acronyms off candidates; drops what is left without a name. */
export const techAcronyms: MentionRefiner = {
  id: 'tech-acronyms',
  refine(mentions, context) {
    const out: Mention[] = []
    for (const m of mentions) {
      if (m.rule === 'name-lexicon') {
        out.push(m)
        continue
      }
      const words = m.surface.split(' ')
      const [first, last] = trimEnds(words, isTechAcronym)
      if (first === 0 && last === words.length) {
        out.push(m)
        continue
      }
      const rest = words.slice(first, last)
      // What is left must be a name, not words the document or the lexicon use as words.
      if (rest.length === 0 || rest.every((w) => isCommonWord(w) || context.lowerCaseWords.has(w.toLowerCase()) || notNounClass(w) !== undefined)) continue
      out.push(narrowToWords(m, context, words, first, last))
    }
    return out
  }
}
