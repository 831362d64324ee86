/**
 * Names: normalisation, title-case tests and union-find, shared by the
 * entity layer (`src/entities/`) and the graph (`src/graph/`).
 */
export { displayVariant, mentionKey, normalizeName } from './normalize.js'
export { isMostlyCapitalised, isTitleCaseHeadline } from './title-case.js'
export { UnionFind } from './union-find.js'
