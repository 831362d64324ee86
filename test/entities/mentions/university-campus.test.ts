import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('university campuses', () => {
  it('should keep a campus named with "at" as part of the university', () => {
    expect(names('Last week Orbix welcomed new members Zetara and University of Quellia at Lake Varo.')).toEqual(['Orbix', 'University of Quellia at Lake Varo', 'Zetara'])
  })
  it('should keep a campus after a comma at the end of a parenthesis', () => {
    expect(names('The board:\n\n- Maria Quell (University of Quellia, Varo)\n- Tavi Brel (Orbix Labs)\n')).toContain('University of Quellia, Varo')
  })
  it('should not join a list of names after a university', () => {
    const found = names('Last week Orbix welcomed University of Quellia, Zetara Labs and Qorvane.')
    expect(found).toContain('University of Quellia')
    expect(found).toContain('Zetara Labs')
  })
})

describe('jargon joined by "of"', () => {
  it('should not keep what a jargon word joins with "of" as a name', () => {
    expect(names('Last week Orbix built tools for the cloud, the Internet of Things and more.')).toEqual(['Orbix'])
  })
})
