import { extract } from '../../../src/index.js'

/** Entity names of a markdown text, sorted, knowledge base off (invented names only). */
export const names = (md: string): string[] => extract(md, { knowledgeBase: false }).entities().map((e) => e.name).sort()
/** Entity names with types. */
export const typed = (md: string): string[] => extract(md, { knowledgeBase: false }).entities().map((e) => `${e.name}:${e.type}`).sort()
