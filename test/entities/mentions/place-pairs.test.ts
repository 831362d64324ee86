import { describe, expect, it } from 'vitest'
import { typed } from './support.js'

describe('places side by side', () => {
  it('should split two places written without a comma', () => {
    expect(typed('Zetara is a fund based out of Lyon France.')).toEqual(['France:Place', 'Lyon:Place', 'Zetara:Organization'])
  })
})
