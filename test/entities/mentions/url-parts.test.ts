import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('words inside bare URLs', () => {
  it('should not take a path or host of a bare URL or an address for a name', () => {
    expect(names('Join Zetara on Discord: https://discord.example/QzRt9b4 or mail <Maria@Zetara.example>.')).toEqual(['Discord', 'Zetara'])
  })
})
