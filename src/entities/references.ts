/**
 * Reference resolution for the relation matcher: what an entity is typed so
 * far, which entities a reference ("the network", "its", "he") may point back
 * to, and the article's main network as the last resort.
 */
import type { MarkdownDocument } from '../markdown/types.js'
import type { EntityView } from '../relations/match.js'
import type { EntityDraft, Mention } from './types.js'
import { decideType } from './typing.js'
import { partitionPoint } from '../util/partition-point.js'

/**
 * What the relation matcher may ask about entities.
 *
 * @param doc Document.
 * @param entities Entities.
 * @param mentions Mentions.
 * @param mentionEntity Entity of each mention.
 * @param checkBudget Throws when the time budget is spent.
 * @returns Entity view.
 */
export function entityView(doc: MarkdownDocument, entities: EntityDraft[], mentions: Mention[], mentionEntity: number[], checkBudget: () => void): EntityView {
  const types = entities.map((e) => decideType(e))
  let mainSubject: number | undefined
  let best = 0
  for (const e of entities) {
    const count = e.mentions.filter((m) => m.position !== 'heading').length
    if (types[e.id]!.type === 'Network' && count > best) {
      best = count
      mainSubject = e.id
    }
  }
  return {
    typeOf: (id) => types[id]!,
    entityOfMention: (i) => mentionEntity[i] ?? -1,
    nameOf: (id) => entities[id]!.name,
    mainSubject,
    checkBudget,
    antecedents(sentence, position) {
      const out: number[] = []
      const block = doc.sentences[sentence]?.block
      // Mentions are in document order: start at the last one of this sentence.
      const after = partitionPoint(mentions.length, (i) => mentions[i]!.sentence <= sentence)
      for (let i = after - 1; i >= 0; i--) {
        const m = mentions[i]!
        if (m.sentence > sentence || (m.sentence === sentence && m.start >= position)) continue
        if (m.sentence < sentence - 4) break
        const id = mentionEntity[i] ?? -1
        if (id < 0 || out.includes(id)) continue
        // Headings are not antecedents for body text in another block.
        if (doc.sentences[m.sentence]!.kind === 'heading' && doc.sentences[m.sentence]!.block !== block) continue
        out.push(id)
      }
      return out
    }
  }
}
