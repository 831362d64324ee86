import { describe, expect, it } from 'vitest'
import { typed } from './support.js'

describe('quoted names after the kind of thing they name', () => {
  it('should take a quoted phrase of common words after a kind noun for a name', () => {
    const md = 'Orbix Labs launched the first incentivised testnet, ‘Race of Nodes’ on the Zetara network.'
    expect(typed(md)).toContain('Race of Nodes:Network')
  })
  it('should still not take a quoted slogan for a name', () => {
    const md = 'Orbix Labs stands for the “Build of Tomorrow” ideology.'
    expect(typed(md).map((t) => t.split(':')[0])).not.toContain('Build of Tomorrow')
  })
})
