import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('English words in capitals', () => {
  it('should drop emphasis and commands that the document never writes as tickers', () => {
    expect(names('IMPORTANT: Zetara ALWAYS retries. Send GET and SET to Zetara, or BLOCK 0.')).toEqual(['Zetara'])
  })
  it('should trim a short function word off a shouted heading', () => {
    expect(names('## COMMITMENT TO ZETARA\n\nZetara grew, said Maria Lopez.\n')).not.toContain('COMMITMENT TO')
  })
  it('should keep a capitalised word the document writes as a ticker', () => {
    expect(names('Last week Zetara holders staked 500 NEAR; NEAR rose.')).toEqual(['NEAR', 'Zetara'])
  })
})

describe('abbreviations in capitals', () => {
  it('should keep an abbreviation the lexicon knows as part of a name', () => {
    expect(names('Last week the DEPT Zetara office opened.')).toEqual(['DEPT Zetara'])
  })
})
