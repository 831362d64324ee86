import { describe, expect, it } from 'vitest'
import { typed } from './support.js'

describe('dateline places in capitals', () => {
  it('should keep a dateline place whose words are English words', () => {
    expect(typed('**LAKE VIEW, California November 12, 2019 --** Orbix Labs formed today.')).toContain('LAKE VIEW:Place')
    expect(typed('**LAKE VIEW, Calif. --** Orbix Labs formed today.').map((t) => t.split(':')[0])).toContain('LAKE VIEW')
  })
  it('should still trim shouted words elsewhere', () => {
    expect(typed('Last week Orbix ALWAYS grew.').map((t) => t.split(':')[0])).toEqual(['Orbix'])
  })
})
