import { describe, expect, it } from 'vitest'
import { names } from './support.js'

describe('licence text', () => {
  it('should drop licence words and lone function words, and cut "Copyright" off a name', () => {
    const md = '## License\n\nReleased under the MIT License. Copyright Orbit Labs. The Software is provided as is. If you agree, sign. Permission is granted.\n'
    expect(names(md)).toEqual(['Orbit Labs'])
  })
  it('should drop a company-form suffix left alone', () => {
    expect(names('Last week Qorvane Investments, Inc. and Zetara, LLC signed.')).toEqual(['Qorvane Investments', 'Zetara'])
  })
})

describe('the SPDX tag', () => {
  it('should drop the tag of a licence header but keep the standard named in a list', () => {
    expect(names('// SPDX-License-Identifier: MIT\n\nLast week Orbix joined.')).not.toContain('SPDX')
    expect(names('Projects include Orbix, Zetara, SPDX, and Qorvane.')).toContain('SPDX')
  })
})
