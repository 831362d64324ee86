/**
 * Constructions of real press releases and blog posts (issue 13): lists of
 * investors and members, founding members, usage and integration verbs.
 * Invented names only.
 */
import { describe, expect, it } from 'vitest'
import { triples } from '../support/facts.js'

const only = (predicate: string, list: string[]): string[] => list.filter((t) => t.includes(`—${predicate}→`))

describe('lists of investors', () => {
  const article = [
    '# Orbit Labs raises a seed round',
    '',
    'Orbit Labs is pleased to announce its seed round. We have had a number of new investors join the round:',
    '',
    '- Maria Lopez',
    '- Anna Berg (Quanta Capital)',
    '- John Smith (Zeta cofounder)',
    ''
  ].join('\n')
  it('should make each name of a list under "new investors joined" a funder of the round', () => {
    expect(only('fundedBy', triples(article))).toEqual(['Orbit Labs —fundedBy→ Anna Berg', 'Orbit Labs —fundedBy→ John Smith', 'Orbit Labs —fundedBy→ Maria Lopez', 'Orbit Labs —fundedBy→ Quanta Capital'])
  })
  it('should read the organisation and the role in brackets after an investor', () => {
    const all = triples(article)
    expect(only('foundedBy', all)).toEqual(['Zeta —foundedBy→ John Smith'])
    expect(only('affiliatedWith', all)).toEqual(['Anna Berg —affiliatedWith→ Quanta Capital', 'John Smith —affiliatedWith→ Zeta'])
  })
  it('should give nothing for a list of names under a lead-in that is not about investors', () => {
    const other = article.replace('new investors join the round', 'new hires join the team')
    expect(only('fundedBy', triples(other))).toEqual([])
  })
})

describe('founding members and new members', () => {
  it('should make bare founding members founders and members of the organisation named before', () => {
    const all = triples('The Orbit Alliance is a newly formed open source community. Orbit Labs, Zeta Corp, and Nimbus Labs are founding members.')
    expect(only('foundedBy', all)).toEqual(['Orbit Alliance —foundedBy→ Nimbus Labs', 'Orbit Alliance —foundedBy→ Orbit Labs', 'Orbit Alliance —foundedBy→ Zeta Corp'])
    expect(only('partOf', all)).toEqual(['Nimbus Labs —partOf→ Orbit Alliance', 'Orbit Labs —partOf→ Orbit Alliance', 'Zeta Corp —partOf→ Orbit Alliance'])
  })
  it('should give no founder between the members of the list', () => {
    expect(only('foundedBy', triples('Orbit Labs, Zeta Corp, and Nimbus Labs are founding members.'))).toEqual([])
  })
  it('should read "incorporated by" and "alongside new members"', () => {
    const all = triples('Incorporated by Orbit Labs and Zeta Corp, the Quanta Alliance now invites organizations to join its mission alongside new members Nimbus Labs, Kestrel Systems, and Vega Corp.')
    expect(only('foundedBy', all)).toEqual(['Quanta Alliance —foundedBy→ Orbit Labs', 'Quanta Alliance —foundedBy→ Zeta Corp'])
    expect(only('partOf', all)).toEqual(['Kestrel Systems —partOf→ Quanta Alliance', 'Nimbus Labs —partOf→ Quanta Alliance', 'Vega Corp —partOf→ Quanta Alliance'])
  })
  it('should read "has joined as a premier member" toward the organisation joined before', () => {
    const all = triples('# Orbit Labs Joins the Zeta Foundation as a Premier Member\n\nThe Zeta Foundation is announcing today that Orbit Labs has joined as a premier member.')
    expect(only('partOf', all)).toEqual(['Orbit Labs —partOf→ Zeta Foundation'])
  })
  it('should make an organisation joining as a founding member a founder', () => {
    expect(only('foundedBy', triples('Orbit Labs is joining the Quanta Alliance as a founding member to help.'))).toEqual(['Quanta Alliance —foundedBy→ Orbit Labs'])
    expect(only('foundedBy', triples('Orbit Labs is joining the Quanta Alliance as a general member to help.'))).toEqual([])
  })
  it('should give the role of a second appositive to the person, not to the organisation before it', () => {
    expect(only('foundedBy', triples('"We build," said Maria Lopez, Distinguished Engineer at Orbit Labs, co-creator of Zeta Script.'))).toEqual(['Zeta Script —foundedBy→ Maria Lopez'])
  })
})

describe("an organisation's projects", () => {
  it('should make the projects listed after "Orbit Foundation projects … including" part of it', () => {
    expect(only('partOf', triples("Orbit Foundation projects are critical to the world's infrastructure including Lumo, Pexa Script, Tarn, and more."))).toEqual([
      'Lumo —partOf→ Orbit Foundation',
      'Pexa Script —partOf→ Orbit Foundation',
      'Tarn —partOf→ Orbit Foundation'
    ])
  })
  it('should not read a network as the organisation ("Zeta projects like A")', () => {
    expect(only('partOf', triples('Zeta Chain projects like Lumo and Tarn grew.'))).toEqual([])
  })
})

describe('welcomed to a board', () => {
  it('should make a person welcomed to "our board" affiliated with the publisher', () => {
    const all = triples('# Vexa Foundation welcomes Orbit Labs\n\nVexa Foundation is pleased to announce that Orbit Labs has joined as a premier member. We\'re happy to welcome Maria Lopez, Chief Technology Officer at Orbit Labs, to our board.')
    expect(only('affiliatedWith', all)).toEqual(['Maria Lopez —affiliatedWith→ Orbit Labs', 'Maria Lopez —affiliatedWith→ Vexa Foundation'])
  })
  it('should read "to the board of Y" and nothing for other welcomes', () => {
    expect(only('affiliatedWith', triples('Tarn Labs welcomed Anna Berg to the board of Vexa Foundation.'))).toEqual(['Anna Berg —affiliatedWith→ Vexa Foundation'])
    expect(only('affiliatedWith', triples('We welcome Anna Berg to the discussion.'))).toEqual([])
  })
})

describe('first-person rounds and board lists', () => {
  it('should find the owner of a round "for X" and read "a group of investors including"', () => {
    expect(only('fundedBy', triples('We finished a new round of funding for Vexa Labs! We raised $15M from a group of fantastic investors including Tarn Capital and Lumo Ventures. Our seed investors including Pexa Capital also joined.'))).toEqual([
      'Vexa Labs —fundedBy→ Lumo Ventures',
      'Vexa Labs —fundedBy→ Pexa Capital',
      'Vexa Labs —fundedBy→ Tarn Capital'
    ])
  })
  it('should make a list of board members affiliated with the organisation whose board was named', () => {
    const text = 'We are delighted to announce that Maria Lopez has joined the Board of the Vexa Cooperative. There are now three board members - **Maria Lopez**, **Anna Berg** and **John Smith**, who is the Chair of the Board.'
    expect(only('affiliatedWith', triples(text))).toEqual(['Anna Berg —affiliatedWith→ Vexa Cooperative', 'John Smith —affiliatedWith→ Vexa Cooperative', 'Maria Lopez —affiliatedWith→ Vexa Cooperative'])
  })
  it('should make a list of board members affiliated with the publisher when no board was named', () => {
    const text = '# Vexa Foundation announces its board\n\nVexa Foundation today announced its new board. There are now three board members - Maria Lopez, Anna Berg and John Smith.'
    expect(only('affiliatedWith', triples(text))).toEqual(['Anna Berg —affiliatedWith→ Vexa Foundation', 'John Smith —affiliatedWith→ Vexa Foundation', 'Maria Lopez —affiliatedWith→ Vexa Foundation'])
  })
})

describe('what a product is built on', () => {
  it('should read "used X as the backbone of Y"', () => {
    expect(only('builtOn', triples('We used Lumo Node as the backbone of Vexa Wallet for more than a year.'))).toEqual(['Vexa Wallet —builtOn→ Lumo Node'])
    expect(only('builtOn', triples('We used Lumo Node as a test of Vexa Wallet for more than a year.'))).toEqual([])
  })
})

describe('second roles, collaborations on things, stances of membership', () => {
  it('should give a second role appositive to the person and keep the first', () => {
    expect(triples('Maria Lopez, Engineer at Vexa Labs, co-creator of Lumo Script, spoke.')).toEqual(['Lumo Script —foundedBy→ Maria Lopez', 'Maria Lopez —affiliatedWith→ Vexa Labs'])
  })
  it('should read "X and Y have collaborated on two projects", not "… on Z" as between X and Y', () => {
    expect(only('partnersWith', triples('Vexa Labs and Lumo Systems have already collaborated on two projects.'))).toEqual(['Vexa Labs —partnersWith→ Lumo Systems'])
    expect(only('partnersWith', triples('Vexa Labs and Lumo Systems collaborated on Tarn Wallet.'))).toEqual([])
  })
  it('should read "X is thrilled to be an incorporating member"', () => {
    const all = triples('The Orbit Alliance is a new community. Vexa Labs is thrilled to be an incorporating member and to welcome new members.')
    expect(only('partOf', all)).toEqual(['Vexa Labs —partOf→ Orbit Alliance'])
    expect(only('foundedBy', all)).toEqual(['Orbit Alliance —foundedBy→ Vexa Labs'])
  })
})

describe('subjectless headlines of the publisher', () => {
  it('should make "Partnering with X to …" a partnership of the publisher', () => {
    const text = '# Partnering with Lumo Systems to Enable Private Payments\n\nThe Vexa Foundation is pleased to announce a research project with Lumo Systems.\n\nWe partnered with Tarn Labs.\n'
    expect(only('partnersWith', triples(text))).toContain('Vexa Foundation —partnersWith→ Lumo Systems')
  })
  it('should make "Announcing $250,000 in Funding from X" a funding of the publisher', () => {
    const text = '# Announcing $250,000 in Funding from Tarn Capital\n\nThe Vexa Foundation is pleased to announce a gift from a friend.\n\nWe partnered with Tarn Labs.\n'
    expect(only('fundedBy', triples(text))).toEqual(['Vexa Foundation —fundedBy→ Tarn Capital'])
  })
  it('should give nothing when no publisher is known', () => {
    expect(only('partnersWith', triples('# Partnering with Lumo Systems to Enable Private Payments\n\nA research project starts.\n'))).toEqual([])
  })
})

describe('coordinated verb phrases', () => {
  it('should give the second verb phrase the subject of the first', () => {
    expect(only('launchedBy', triples('Vexa Labs offers a portfolio of tools and recently released Lumo Studio.'))).toEqual(['Lumo Studio —launchedBy→ Vexa Labs'])
  })
  it('should not cross into another clause or past another name', () => {
    expect(only('launchedBy', triples('Vexa Labs raised funds because developers were happy and launched Lumo Studio.'))).toEqual([])
    expect(only('launchedBy', triples('Vexa Labs offers tools, and Tarn launched Lumo Studio.'))).toEqual(['Lumo Studio —launchedBy→ Tarn'])
  })
  it('should read a possessive appositive after a concept as its description, not as more concepts', () => {
    expect(only('launchedBy', triples('Vexa Labs offers a portfolio of tools and recently released lumo, its next-generation data and AI platform.'))).toEqual(['lumo —launchedBy→ Vexa Labs'])
  })
})

describe('founding members are members', () => {
  it('should give partOf next to foundedBy for "Y, a founding member of X" and "As an incorporating member of X, Y"', () => {
    expect(triples('Vexa Labs, a founding member of the Orbit Alliance, said so.')).toEqual(['Orbit Alliance —foundedBy→ Vexa Labs', 'Vexa Labs —partOf→ Orbit Alliance'])
    expect(triples('As an incorporating member of the Orbit Alliance, Vexa Labs welcomes the news.')).toEqual(['Orbit Alliance —foundedBy→ Vexa Labs', 'Vexa Labs —partOf→ Orbit Alliance'])
  })
  it('should give no partOf to a person', () => {
    expect(only('partOf', triples('Maria Lopez, a founding member of the Orbit Alliance, said so.'))).toEqual([])
  })
})

describe('verbs of causing', () => {
  const article = [
    '# Orbit Labs ships a wallet',
    '',
    'Orbit Labs today announced Zeta Wallet. This led us to develop the Quasar Kit library from the ground up. Pexa Node enabled us to use Vexa Servers as a data source.',
    ''
  ].join('\n')
  it('should make the object of "led / enabled … to" the doer of the verb after it, the publisher for "us"', () => {
    const all = triples(article)
    expect(only('developedBy', all)).toEqual(['Quasar Kit —developedBy→ Orbit Labs'])
    expect(only('integratesWith', all)).toEqual(['Orbit Labs —integratesWith→ Vexa Servers'])
  })
  it('should give nothing when the verb after "to" is not the frame\'s', () => {
    expect(only('developedBy', triples('This led Orbit Labs to praise Quasar Kit.'))).toEqual([])
  })
})

describe('integrating one thing into another', () => {
  it.each([
    ['done', 'Orbit Labs integrated Zeta Pay into Lumo Wallet last year.', ['Lumo Wallet —integratesWith→ Zeta Pay']],
    ['still to do', 'We still have a lot of technical work to integrate Zeta Log into Lumo Cloud.', ['Lumo Cloud —plansIntegrationWith→ Zeta Log']],
    ['negated', 'Orbit Labs did not integrate Zeta Pay into Lumo Wallet.', []],
    ['into no name', 'Orbit Labs integrated Zeta Pay into its wallet.', []]
  ])('should read "integrate X into Y" as Y integrating with X, the host using what was put into it (%s)', (_form, text, expected) => {
    expect(triples(text).filter((t) => /—(?:plansI|i)ntegrat/.test(t))).toEqual(expected)
  })
})
