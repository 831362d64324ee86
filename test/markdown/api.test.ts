import { describe, expect, it } from 'vitest'

describe('markdown stage API', () => {
  it('should expose exactly the public functions', async () => {
    expect(Object.keys(await import('../../src/markdown/index.js')).sort()).toEqual([
      'documentDate',
      'findDates',
      'lineStarts',
      'parseMarkdown',
      'pointAt',
      'splitSentences'
    ])
  })
})
