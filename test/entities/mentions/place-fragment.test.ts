import { describe, expect, it } from 'vitest'
import { typed } from './support.js'

describe('a place cut by the sentence-initial rule', () => {
  it('should make "New York" whole at the start of a sentence', () => {
    expect(typed('New York is where Zetara opened an office.')).toEqual(['New York:Place', 'Zetara:Project'])
  })
  it('should make a place whole when the word before and the first word of the name are a place', () => {
    expect(typed('**New York City – July 18, 2023** – Zetara announces a new release.')).toContain('New York City:Place')
  })
})
