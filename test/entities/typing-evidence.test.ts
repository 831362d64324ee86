import { describe, expect, it } from 'vitest'
import { extract } from '../../src/index.js'

// Invented names only; the knowledge base is off so that only the text's evidence types them.
const typeOf = (md: string, name: string) => extract(md, { knowledgeBase: false }).entity(name)

describe('types by evidence, with the evidence kept in typeCues', () => {
  it('should type an organisation from a role held at it, and the person holding it', () => {
    const md = '> "We back builders." — Maria Quell, Partner at Omirex\n'
    expect(typeOf(md, 'Omirex')?.type).toBe('Organization')
    expect(typeOf(md, 'Omirex')?.typeCues?.map((c) => c.rule)).toContain('ctx-org-role-held-at')
    expect(typeOf(md, 'Maria Quell')?.type).toBe('Person')
    expect(typeOf('Tomas Brel, Director of Investments at Omirex, agreed.', 'Omirex')?.type).toBe('Organization')
  })

  it('should type list members the text says nothing else about like their neighbours', () => {
    const md = 'The round was joined by Orbit Capital, Zeta Ventures, Qorvane and Lyra Partners.'
    const node = typeOf(md, 'Qorvane')
    expect(node?.type).toBe('Organization')
    expect(node?.typeCues).toContainEqual({ type: 'Organization', rule: 'ctx-list-neighbours', weight: 1.5 })
    // One sure neighbour is not a list's evidence.
    expect(typeOf('Teams met at Orbit Capital, Qorvane and Zelta.', 'Qorvane')?.typeCues ?? []).not.toContainEqual(expect.objectContaining({ rule: 'ctx-list-neighbours' }))
  })

  it('should give a members or investors cue to every name of its list', () => {
    const md = 'Silver members include Qorvane, Zeltrix (a Quorra company), Brimo!, and Tavix.'
    for (const name of ['Qorvane', 'Zeltrix', 'Tavix']) {
      expect(typeOf(md, name)?.type).toBe('Organization')
    }
    expect(typeOf(md, 'Tavix')?.typeCues).toContainEqual({ type: 'Organization', rule: 'ctx-org-members-list', weight: 1 })
    const joining = 'Last week Qorvane, Zeltrix and Tavix are joining the Orbit Foundation as Silver Members.'
    expect(typeOf(joining, 'Zeltrix')?.type).toBe('Organization')
  })

  it('should type each column of a list of "Name (Name)" items like most of its members', () => {
    const md = ['Board members:', '', '- Maria Lopez (Orbix Labs)', '- Tavix Brel (Qorvane)', '- John Smith (Zeltrix Capital)', '- Randy Quell (Brimo Consultancy)', ''].join('\n')
    expect(typeOf(md, 'Tavix Brel')?.type).toBe('Person')
    expect(typeOf(md, 'Qorvane')?.type).toBe('Organization')
    // The first word of an item cut as a common word comes back when the document writes the name whole.
    expect(typeOf(`${md}\nThe plan was signed, said Randy Quell, CEO of Brimo.`, 'Randy Quell')?.type).toBe('Person')
  })

  it('should reach list members the finder did not take as names', () => {
    const md = 'Silver members include Qorvane, zeltrix, Tavix and Brimo.'
    expect(typeOf(md, 'Brimo')?.type).toBe('Organization')
  })

  it('should type a person from a role stated with a copula, and the organisation from its role holder', () => {
    expect(typeOf('Tavix Brel is Head of Research at Qorvane.', 'Tavix Brel')?.type).toBe('Person')
    expect(typeOf('Tavix Brel is the founder and CEO of Qorvane.', 'Tavix Brel')?.type).toBe('Person')
    expect(typeOf('In an essay, Qorvane CTO Tavix Brel explained it.', 'Qorvane')?.type).toBe('Organization')
    const director = extract('We agreed, said Orbix Foundation Executive Director Tavix Brel.', { knowledgeBase: false })
    expect(director.entities().map((e) => e.name).sort()).toEqual(['Orbix Foundation', 'Tavix Brel'])
  })

  it('should type the company of a role in an attribution', () => {
    const cite = '> "We are grateful."\n>\n> <cite>—Maria Quell, co-founder, Qorvane</cite>\n\nDonate today.'
    expect(typeOf(cite, 'Qorvane')?.typeCues).toContainEqual({ type: 'Organization', rule: 'ctx-org-attribution', weight: 1.5 })
    expect(typeOf(cite, 'Qorvane')?.type).toBe('Organization')
    expect(typeOf(cite, 'Maria Quell')?.type).toBe('Person')
    expect(typeOf('We thank Maria Quell, Director of Research, Zeltrix.', 'Zeltrix')?.type).toBe('Organization')
    // A list goes on after the second comma: no attribution.
    expect(typeOf('We thank Maria Quell, a developer, Zeltrix and Brimo.', 'Zeltrix')?.typeCues ?? []).not.toContainEqual(expect.objectContaining({ rule: 'ctx-org-attribution' }))
  })

  it('should type names that join a board, or are named among developers, as people', () => {
    const board = 'Later this year, QRV and Zeltrix are joining the Orbix board to help with funding decisions.'
    expect(typeOf(board, 'QRV')?.type).toBe('Person')
    expect(typeOf(board, 'QRV')?.typeCues).toContainEqual({ type: 'Person', rule: 'ctx-person-joins-board-list', weight: 1.5 })
    expect(typeOf(board, 'Zeltrix')?.type).toBe('Person')
    const committee = 'We set up a committee of developers and tinkerers, including tavix and QRV, who will review grants.'
    expect(typeOf(committee, 'QRV')?.typeCues).toContainEqual({ type: 'Person', rule: 'ctx-person-plural-role', weight: 1 })
    expect(typeOf(committee, 'QRV')?.type).toBe('Person')
  })

  it('should type a name linked to a code repository as a project, not one linked to a profile', () => {
    const md = 'The library was adopted by [Maria](https://github.com/mariawallet/mariawallet) and others.'
    expect(typeOf(md, 'Maria')?.typeCues).toContainEqual({ type: 'Project', rule: 'link-repository', weight: 1.5 })
    expect(typeOf(md, 'Maria')?.type).toBe('Project')
    const profile = 'The library was adopted by [Maria](https://github.com/maria) and others.'
    expect(typeOf(profile, 'Maria')?.typeCues ?? []).not.toContainEqual(expect.objectContaining({ rule: 'link-repository' }))
  })

  it('should type a country written as a capital abbreviation as a place', () => {
    const md = 'As Zeltrix gains traction in the US and other nations, Qorvane grows.'
    expect(typeOf(md, 'US')?.type).toBe('Place')
    expect(typeOf(md, 'US')?.typeCues).toContainEqual({ type: 'Place', rule: 'lexicon-country-abbreviation', weight: 2 })
  })

  it('should not type a name as the place its bare word names when the text gives it a suffix word', () => {
    const md = 'The foundation announced the Berlin Project. Code from Berlin will be reused.'
    const node = typeOf(md, 'Berlin Project')
    expect(node?.type).toBe('Project')
    expect(node?.typeCues ?? []).not.toContainEqual(expect.objectContaining({ rule: 'lexicon-place' }))
    expect(typeOf('Teams met in Berlin last week.', 'Berlin')?.type).toBe('Place')
  })

  it('should take no type from "the X team" alone', () => {
    const md = 'The support from the Qorvane team helped. Qorvane is a software firm.'
    expect(typeOf(md, 'Qorvane')?.type).toBe('Organization')
    expect(typeOf('The support from the Qorvane team helped.', 'Qorvane')?.typeCues ?? []).toEqual([])
  })

  it('should type a name the text shortens to its surname as a person', () => {
    const md = 'Last year Tavix Brel wrote zetad. Later Brel’s work was funded.'
    expect(typeOf(md, 'Tavix Brel')?.typeCues).toContainEqual({ type: 'Person', rule: 'ctx-person-surname-alone', weight: 2 })
    expect(typeOf(md, 'Tavix Brel')?.type).toBe('Person')
  })

  it('should read an appositive\'s head noun before any preposition', () => {
    const md = 'Maria Lopez is the founder and CEO of Qorvane, an early pioneer of blockchain technologies.'
    expect(typeOf(md, 'Qorvane')?.typeCues ?? []).not.toContainEqual(expect.objectContaining({ rule: 'ctx-network-appositive' }))
    expect(typeOf('Last week Qorvane, a fast parachain, launched.', 'Qorvane')?.type).toBe('Network')
  })

  it('should type the company of an officer', () => {
    expect(typeOf('Maria Lopez is the founder and CEO of Qorvane.', 'Qorvane')?.type).toBe('Organization')
    expect(typeOf('Last week Qorvane Networks hired.', 'Qorvane Networks')?.type).toBe('Organization')
  })

  it('should type teams and cooperatives named as bodies as organisations', () => {
    expect(typeOf('Work from the Zeltrix Team landed.', 'Zeltrix Team')?.type).toBe('Organization')
    expect(typeOf('Funds went to the Zeltrix Cooperative.', 'Zeltrix Cooperative')?.type).toBe('Organization')
  })

  it('should keep a word that only modifies roles when a name, not a role, follows it', () => {
    const md = 'We raised funds from investors including Qorvane and General Zeltrix, said Senior Editor Maria Lopez.'
    expect(typeOf(md, 'General Zeltrix')?.type).toBe('Organization')
    expect(typeOf(md, 'Maria Lopez')?.type).toBe('Person')
  })

  it('should type an organisation from its head noun, a report and investor phrasing', () => {
    expect(typeOf('Crypto exchange Zetex listed the token.', 'Zetex')?.type).toBe('Organization')
    expect(typeOf('As reported by Orbitnews, the vote passed.', 'Orbitnews')?.type).toBe('Organization')
    expect(typeOf('Zeta Labs raised funds in a round co-led by Qorvane.', 'Qorvane')?.type).toBe('Organization')
    expect(typeOf('Several Qorvane employees joined the Zetara team.', 'Qorvane')?.type).toBe('Organization')
    expect(typeOf('The round drew Skylark Trading and others.', 'Skylark Trading')?.type).toBe('Organization')
  })

  it('should type members and investors named as such, and companies compromise knows by name', () => {
    const md = 'Zetara is backed by Platinum members Qorvane, Omirex and Skylark, and investors including Veltra.'
    for (const name of ['Qorvane', 'Veltra']) expect(typeOf(md, name)?.type).toBe('Organization')
    // A general lexicon shipped with compromise, not a list of ours.
    expect(typeOf('Zetara now runs on servers from IBM.', 'IBM')?.typeCues?.map((c) => c.rule)).toContain('lexicon-organization')
  })

  it('should not take capitals alone for a ticker, but a parenthesis, a dollar sign or a stablecoin shape', () => {
    expect(typeOf('Orbit Labs hired QXR to audit the code.', 'QXR')?.type).not.toBe('Token')
    expect(typeOf('Zetara (ZETQ) rose after the upgrade.', 'ZETQ')?.type).toBe('Token')
    expect(typeOf('Traders bought $ZETQ after the upgrade.', 'ZETQ')?.type).toBe('Token')
    expect(typeOf('Orbit Labs plans to launch USDQ on Zetara.', 'USDQ')?.type).toBe('Token')
  })

  it('should type a first name alone as a person, and drop a title after a sentence-initial word', () => {
    expect(typeOf('Investors back Maria and the Zetara team.', 'Maria')?.type).toBe('Person')
    const graph = extract('Tomas Quell leads Zetara. As Dr. Quell put it, the chain is fast.', { knowledgeBase: false })
    expect(graph.entities().map((e) => e.name)).not.toContain('Dr. Quell')
    expect(graph.entity('Tomas Quell')?.type).toBe('Person')
  })

  it('should type every name of a list said to be founding members as an organisation', () => {
    const md = 'A new open source community launched today. Qorvane, Zeltrix, and Tavix are founding members.'
    for (const name of ['Qorvane', 'Zeltrix', 'Tavix']) {
      // The last name holds the cue; the others get its list form.
      expect(typeOf(md, name)?.typeCues?.map((c) => c.rule)).toContainEqual(expect.stringMatching(/^ctx-org-are-members/))
      expect(typeOf(md, name)?.type).toBe('Organization')
    }
  })

  it('should read an investor named after a comma, and not take a list going on for a role appositive', () => {
    const md = 'We were backed from the start by Qorvane Capital, Zeltrix, and our lead investor, Tavix.'
    expect(typeOf(md, 'Tavix')?.type).toBe('Organization')
    expect(typeOf(md, 'Zeltrix')?.type).not.toBe('Person')
    expect(typeOf(md, 'Zeltrix')?.typeCues ?? []).not.toContainEqual(expect.objectContaining({ rule: 'ctx-person-role-after' }))
  })

  it("should read an organisation's appositive through a superlative's possessive and a coordinated head", () => {
    const md = "Omirex is the world's largest data center and colocation infrastructure provider, with offices everywhere."
    expect(typeOf(md, 'Omirex')?.type).toBe('Organization')
    expect(typeOf(md, 'Omirex')?.typeCues?.map((c) => c.rule)).toContain('ctx-org-appositive')
  })

  it('should type a name welcomed to a board or a team as a person, with or without an appositive', () => {
    expect(typeOf('We are excited to welcome Qarel Vonn to our board.', 'Qarel Vonn')?.typeCues?.map((c) => c.rule)).toContain('ctx-person-welcome')
    expect(typeOf('We are excited to welcome Qarel Vonn to our board.', 'Qarel Vonn')?.type).toBe('Person')
    expect(typeOf('We welcome Tibor Nask, Partner at Omirex, to the team.', 'Tibor Nask')?.type).toBe('Person')
  })

  it('should read a dateline with a date and a double hyphen as a place', () => {
    const md = '**ZELDOR, Quenwick May 3, 2021 --** Orbix launched Zetara today.'
    expect(typeOf(md, 'ZELDOR')?.typeCues?.map((c) => c.rule) ?? []).toContain('ctx-place-dateline')
  })
})

describe('organisations by what companies do and have', () => {
  const cuesOf = (md: string, name: string) => (typeOf(md, name)?.typeCues ?? []).map((c) => c.rule)
  it('should type an acquirer, a company raising money and a company with customers as organisations', () => {
    expect(typeOf('Last week Qorvane acquired Zeltrix.', 'Qorvane')?.type).toBe('Organization')
    expect(cuesOf('Zeltrix was acquired by Qorvane last week.', 'Qorvane')).toContain('ctx-org-acquirer')
    expect(typeOf('Last week Qorvane raised $4 million.', 'Qorvane')?.type).toBe('Organization')
    expect(typeOf('Last week Qorvane’s customers grew, and Zeltrix joined the Qorvane board.', 'Qorvane')?.typeCues).toContainEqual(expect.objectContaining({ rule: 'ctx-org-has' }))
  })
  it('should give investors listed after a dash the organisation cue', () => {
    const md = 'We have investors who backed us from the start - Qorvane, Zeltrix, and our lead investor, Tavix.'
    for (const name of ['Qorvane', 'Zeltrix']) expect(typeOf(md, name)?.type).toBe('Organization')
  })
  it('should type a name alone in a list item like the people listed around it', () => {
    const md = 'New investors joined:\n\n- Tavi Brel\n- Maria Quell (Orbix founder)\n- Jonas Vell (Zeta founder)\n- Quorin Dax\n'
    expect(typeOf(md, 'Tavi Brel')?.type).toBe('Person')
  })
  it('should type an employer people join from or work at as an organisation', () => {
    const md = 'Maria Quell joins the Foundation from Omirex while Tavix Brel joins from Zelkor.'
    expect(typeOf(md, 'Omirex')?.type).toBe('Organization')
    expect(cuesOf(md, 'Zelkor')).toContain('ctx-org-employer')
    expect(typeOf('Tom Brel joins us from Qorvane where he served as Head of Sales.', 'Qorvane')?.type).toBe('Organization')
    expect(typeOf('I started my first job at Zorbatix and had fun.', 'Zorbatix')?.type).toBe('Organization')
    expect(typeOf('Working at Zorbatix was my first exposure to it.', 'Zorbatix')?.type).toBe('Organization')
    // Plural roles are held at employers too.
    expect(typeOf('It allowed our iOS engineers at Qorvane to start using it.', 'Qorvane')?.type).toBe('Organization')
    // Moving from one place to another is no employer.
    expect(cuesOf('The team moved from Zelkor to Omirex.', 'Zelkor')).not.toContain('ctx-org-employer')
  })
  it('should type what is acquired, a founder\'s company and a chairman\'s company as organisations', () => {
    expect(typeOf('He joined Glimmer through their acquisition of Qorvane.', 'Qorvane')?.type).toBe('Organization')
    expect(typeOf('In an essay, Qorvane cofounder Tavix Brel explained it.', 'Qorvane')?.type).toBe('Organization')
    // A guess only: a founder named by a network said again and again does not outvote the network's own evidence.
    const network = 'Qorvane, a fast parachain, grew. ' + 'Qorvane founder Tavix Brel spoke. '.repeat(5)
    expect(typeOf(network, 'Qorvane')?.type).toBe('Network')
    expect(typeOf(network, 'Qorvane')?.typeCues?.map((c) => c.rule) ?? []).not.toContain('ctx-org-founder-of-person')
    expect(typeOf('Matthew Quell, Chairman of Zelkor, said: "We are proud."', 'Zelkor')?.type).toBe('Organization')
    expect(typeOf('Matthew Quell, Chairman and Co-Founder of Zelkor said: "We are proud."', 'Zelkor')?.type).toBe('Organization')
    // "Chairman and co-founder of X": the chair may be another body's; founders found projects too.
    expect(cuesOf('Tavix Brel, Orbix Chairman and co-founder of the Zelkor Project, agreed.', 'Zelkor Project')).not.toContain('ctx-org-officer-of')
    // The name after "of" is not who spoke.
    expect(cuesOf('Matthew Quell, Chairman and Co-Founder of Zelkor said: "We are proud."', 'Zelkor')).not.toContain('ctx-person-pronoun')
  })
  it('should read an appositive naming an authority, and members listed after a dash', () => {
    expect(typeOf('Tavix Brel joins from Zelkor, the Swiss market supervisory authority.', 'Zelkor')?.typeCues?.map((c) => c.rule)).toContain('ctx-org-appositive')
    const md = 'Orbix Ventures has backed over 500 companies—including Qorvane, Zelkor, 2X, Brimo, Omirex and Tavix.'
    for (const name of ['Qorvane', 'Zelkor', 'Brimo', 'Tavix']) expect(typeOf(md, name)?.type).toBe('Organization')
    const startups = 'They invested in open source startups like Qorvane, Zelkor and Omirex.'
    for (const name of ['Qorvane', 'Omirex']) expect(typeOf(startups, name)?.type).toBe('Organization')
  })
  it('should read an attribution in parentheses: the person and the employer', () => {
    const md = 'Funding came from angels including Jason Quell (CTO, Zelkor) and Tavix Brel (Founder, Omirex).'
    expect(typeOf(md, 'Tavix Brel')?.type).toBe('Person')
    expect(cuesOf(md, 'Tavix Brel')).toContain('ctx-person-role-paren')
    expect(typeOf(md, 'Omirex')?.type).toBe('Organization')
    expect(typeOf(md, 'Zelkor')?.type).toBe('Organization')
    // A company in parentheses is no role.
    expect(cuesOf('Members include Qorvane (an Omirex company), Zelkor and Brimo.', 'Qorvane')).not.toContain('ctx-person-role-paren')
  })
  it('should not take a relative clause about a thing for a person\'s role', () => {
    const md = 'We also run the Orbix Growth Program, which brings together founder-CEOs of companies.'
    expect(typeOf(md, 'Orbix Growth Program')?.type).toBe('Project')
    expect(cuesOf(md, 'Orbix Growth Program')).not.toContain('ctx-person-role-after')
  })
  it('should type a person who joins from an employer, with the employer named after "the Foundation"', () => {
    const md = 'Tavix Brel joins the Orbix Foundation from Qorvane.'
    expect(typeOf(md, 'Tavix Brel')?.type).toBe('Person')
    expect(typeOf(md, 'Qorvane')?.type).toBe('Organization')
  })
  it('should take no network from "ecosystem": languages, tools and companies have ecosystems too', () => {
    const md = 'Qorvane provides enterprise software for the Zeltrix ecosystem and for Zeltrix users.'
    expect(cuesOf(md, 'Zeltrix')).not.toContain('ctx-network-head')
    expect(typeOf(md, 'Zeltrix')?.type).not.toBe('Network')
  })
  it('should take no place from a tool written before "-based"', () => {
    expect(cuesOf('Qorvane is a Zeltrix-based site generator for the web.', 'Zeltrix')).not.toContain('ctx-place-based')
    expect(typeOf('Qorvane is a Berlin-based startup.', 'Berlin')?.type).toBe('Place')
  })
  it('should type what is bought as an amount of it as a token', () => {
    const md = 'Open an account by purchasing at least $4 in ZETQ (you can get it on Orbix).'
    expect(typeOf(md, 'ZETQ')?.type).toBe('Token')
    expect(cuesOf(md, 'ZETQ')).toContain('ctx-token-amount')
    // Money put into a company is no purchase of a token.
    expect(cuesOf('Orbit Capital invested $4 million in Qorvane.', 'Qorvane')).not.toContain('ctx-token-amount')
  })
  it('should not take a product name ending in a plural, used alone later, for a person named by surname', () => {
    const md = 'With Qorvane Widgets we make analytics easier. With Widgets developers can build APIs.'
    expect(cuesOf(md, 'Qorvane Widgets')).not.toContain('ctx-person-surname-alone')
    expect(typeOf(md, 'Qorvane Widgets')?.type).not.toBe('Person')
  })
  it('should not type a name the text says nothing about as an organisation', () => {
    expect(typeOf('Last week Qorvane shipped a release.', 'Qorvane')?.type).toBe('Project')
  })
})
