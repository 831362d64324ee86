/**
 * Refiner: licence text and function words in READMEs. Licence notices
 * are written in capitals ("Copyright (c) 2024 Orbit Labs", "THE SOFTWARE
 * IS PROVIDED AS IS"), and a function word alone ("The", "If") is never a
 * name: they are dropped, and a licence word before a name is cut off
 * ("Copyright Orbit Labs" → "Orbit Labs").
 */
import { isFunctionWord } from '../english.js'
import type { Mention } from '../types.js'
import type { MentionRefiner } from './refiner.js'
import { narrow, sentenceOf } from './refiner.js'

/** Words of licence notices (lower case). */
export const LICENCE_WORDS = new Set([
  'copyright', 'copyleft', 'license', 'licence', 'licensed', 'licenses', 'licences', 'licensor', 'licensee', 'sublicense',
  'warranty', 'warranties', 'liability', 'liable', 'permission', 'permissions', 'notice', 'disclaimer', 'trademark',
  'trademarks', 'redistribution', 'redistributions', 'merchantability', 'noninfringement', 'infringement',
  'software', 'damages', 'contributors'
])

/** Drops licence words and lone function words; cuts licence words off the front of a name. */
export const licenceWords: MentionRefiner = {
  id: 'licence-words',
  refine(mentions, context) {
    const out: Mention[] = []
    for (const m of mentions) {
      const words = m.surface.split(' ')
      let skip = 0
      while (skip < words.length && (LICENCE_WORDS.has(words[skip]!.toLowerCase()) || (skip > 0 && isFunctionWord(words[skip]!)))) skip++
      if (skip === words.length) continue
      // A licence header's tag ("SPDX-License-Identifier"); the standard named alone is a name.
      if (/^spdx$/i.test(m.surface) && /^-licen[cs]e/i.test(sentenceOf(m, context).slice(m.end, m.end + 9))) continue
      // A company-form suffix alone ("Inc", "LLC" after "Zeta Corp, Inc.") names nothing.
      if (words.length === 1 && /^(?:inc|llc|ltd|corp|gmbh|plc|pte|co|sa|ag|bv|limited|incorporated)$/i.test(m.surface)) continue
      // The name of a licence ("MIT License", "Apache Licence") is licence text too.
      if (/^licen[cs]e[ds]?$/i.test(words[words.length - 1]!)) continue
      if (words.length === 1 && isFunctionWord(m.surface) && !/\p{Lu}{2}/u.test(m.surface)) continue
      if (skip === 0) {
        out.push(m)
        continue
      }
      const start = m.start + words.slice(0, skip).join(' ').length + 1
      out.push({ ...narrow(m, sentenceOf(m, context), start, m.end), position: 'body' })
    }
    return out
  }
}
