import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('pieces of names and titles', () => {
  it('should not keep roles, lone suffixes or membership tiers as names', () => {
    const md = 'Gold members include Orbix and Zetara, said Maria Lopez, Chairperson of Zetara. She served as Vice-Chair. The Silver Members met the Technologies team.'
    expect(names(md)).toEqual(['Maria Lopez', 'Orbix', 'Zetara'])
  })
  it('should keep a head word that stands for one body', () => {
    expect(names('The Zetara Council met. Later the Council voted.')).toEqual(['Zetara Council'])
  })
})
