/**
 * Types of the entity stage.
 */

/** A vote for an entity type, with the cue that cast it. */
export interface TypeCue {
  type: string
  weight: number
  /** Id of the cue (`suffix-organization`, `ctx-person-title`, `lexicon-first-name`, …). */
  rule: string
  /** Whether the knowledge base of networks and tokens cast the vote. */
  kb?: boolean
}

/** Where in the text a mention stands, which decides how much its capital letters say. */
export type MentionPosition = 'heading' | 'initial' | 'body'

/** A name found in a sentence. */
export interface Mention {
  /** Index of the sentence. */
  sentence: number
  /** Start of the name in the sentence text. */
  start: number
  /** End (exclusive) of the name in the sentence text. */
  end: number
  /** The name as written in the sentence (possessive and title excluded). */
  surface: string
  /** The name when it differs from the surface ("Zeta's council" → "Zeta Council"). */
  name?: string
  /** Id of the rule that found it. */
  rule: string
  /** Typing cues seen on this mention. */
  cues: TypeCue[]
  position: MentionPosition
  /** Whether a title (Dr., Mr.) stood before it. */
  titled?: boolean
}

/** Mentions grouped into one entity, before the graph is built. */
export interface EntityDraft {
  /** Index of the entity (stable order: first mention). */
  id: number
  /** Canonical name: the fullest proper name used. */
  name: string
  /** Other names used for it. */
  aliases: string[]
  mentions: Mention[]
  /** Summed type votes. */
  typeScores: Map<string, number>
  /** The votes behind `typeScores`, summed per type and cue (`type|rule` → cue): the evidence for the type. */
  typeCues?: Map<string, TypeCue>
  /** Votes of fallback cues, cast only if nothing else typed the entity (see `FALLBACK_CUES`). */
  fallbackVotes?: TypeCue[]
  /** Registry ids from the knowledge base or the user's lexicon (`{ ss58: 2 }`). */
  ids?: Record<string, string | number>
  /** Decided type (refined after relations). */
  type: string
}
