import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('a month name glued to the end of a name', () => {
  it('should leave the month and its day to the date', () => {
    expect(names('**ZUG, Vaud November 12, 2019 --** Orbix launched Zetara today.')).not.toContain('Vaud November')
    expect(names('**ZUG, Vaud November 12, 2019 --** Orbix launched Zetara today.')).toContain('Vaud')
  })

  it('should keep a month word that no day number follows', () => {
    expect(names('Orbix sponsors the Zetara March for open code.')).toContain('Zetara March')
  })
})
