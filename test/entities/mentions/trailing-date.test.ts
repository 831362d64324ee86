import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('a month name glued to the end of a name', () => {
  it('should leave the month and its day to the date', () => {
    expect(names('**ZUG, Vaud November 12, 2019 --** Orbix launched Zetara today.')).not.toContain('Vaud November')
    expect(names('**ZUG, Vaud November 12, 2019 --** Orbix launched Zetara today.')).toContain('Vaud')
  })

  it('should not take a season named before a year for a name', () => {
    expect(names('Orbix was a member of Zeltrix Labs’ Winter 2020 batch.')).toEqual(['Orbix', 'Zeltrix Labs'])
    expect(names('Orbix released the Zeltrix Summer update.')).toContain('Zeltrix Summer')
  })

  it('should keep a month word that no day number follows', () => {
    expect(names('Orbix sponsors the Zetara March for open code.')).toContain('Zetara March')
  })
})
