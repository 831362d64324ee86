import { describe, expect, it } from 'vitest'
import { typed } from './support.js'

describe('a place cut by the sentence-initial rule', () => {
  it('should make "New York" whole at the start of a sentence', () => {
    expect(typed('New York is where Zetara opened an office.')).toEqual(['New York:Place', 'Zetara:Project'])
  })
})
