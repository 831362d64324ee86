import { describe, expect, it } from 'vitest'
import { names, typed } from './support.js'

describe('how names are written', () => {
  it('should end a name at a hard line break of the source', () => {
    expect(names('Contact: Maria Lopez  \nZeltrix Group  \n1.555.0100 <maria@zeltrix.example>\n')).toEqual(['Maria Lopez', 'Zeltrix Group'])
  })
  it('should keep a partnership named "X and Associates" whole', () => {
    expect(typed('Work came from Quell and Associates last year.')).toEqual(['Quell and Associates:Organization'])
  })
  it('should take digits before a capitalised word and domain-like names for names', () => {
    expect(names('Teams at 2Zetara and Orbix.co use it.')).toEqual(['2Zetara', 'Orbix.co'])
  })
})
