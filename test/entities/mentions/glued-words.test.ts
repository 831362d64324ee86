import { describe, expect, it } from 'vitest'
import { gluedName } from '../../../src/entities/mentions/glued-words.js'
import { names } from './support.js'

describe('glued words from converted pages', () => {
  it('should cut a glued menu word or heading word off a name the document writes alone', () => {
    const md = 'OrbitNewsMore stories. DetailsZetex lists the token. Readers of OrbitNews trade on Zetex.'
    expect(names(md)).toEqual(['OrbitNews', 'Zetex'])
  })
  it('should drop a heading word glued to a function word, and leave camel-case brands alone', () => {
    expect(names('MethodologyAs we said, Zetara grew.')).toEqual(['Zetara'])
    const context = { names: new Set(['Zeta', 'ZET']), suffixes: new Set(['dao']) }
    expect(gluedName('QuantaLeap', context)).toBeUndefined()
    expect(gluedName('ZetaDAO', context)).toBeUndefined()
    expect(gluedName('xcZET', context)).toBeUndefined()
  })
})
