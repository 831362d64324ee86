/**
 * The behavioural matrix: every predicate × every construction, with
 * invented names, three instances a cell. Prints the table; asserts recall,
 * precision, and that negated, hypothetical and questioned cells are empty.
 */
import { describe, expect, it } from 'vitest'
import { triples } from '../support/facts.js'

type Kind = 'org' | 'investor' | 'project' | 'network' | 'person' | 'place' | 'token'
/** Three instances of each kind (invented names; second and third lists for the Y and Z roles). */
const NAMES: Record<Kind, string[][]> = {
  org: [['Orbit Labs', 'Nimbus Labs', 'Kestrel Labs'], ['Quanta Systems', 'Corvid Systems', 'Lumen Systems'], ['Tessera Labs', 'Marlin Labs', 'Ardent Labs']],
  investor: [['Helix Ventures', 'Corvid Capital', 'Lumen Ventures'], ['Arbor Capital', 'Pike Ventures', 'Sable Capital'], ['Tundra Ventures', 'Wren Capital', 'Osprey Ventures']],
  project: [['Vega Protocol', 'Nova Wallet', 'Kappa Swap'], ['Rho Protocol', 'Lyra Wallet', 'Delta Swap'], ['Theta Protocol', 'Iris Wallet', 'Pavo Swap']],
  network: [['Zeta Network', 'Omicron Chain', 'Sigma Network'], ['Tau Network', 'Epsilon Chain', 'Upsilon Network'], ['Kronos Network', 'Phi Chain', 'Gamma Network']],
  person: [['Maria Lopez', 'John Carter', 'Anna Berg'], ['David Kim', 'Laura Stein', 'Peter Novak'], ['Sofia Reyes', 'Mark Olsen', 'Clara Weiss']],
  place: [['Berlin', 'Lisbon', 'Zurich'], ['Singapore', 'Toronto', 'Dublin'], ['Madrid', 'Vienna', 'Oslo']],
  token: [['ZET', 'ORB', 'KAP'], ['TAU', 'EPS', 'UPS'], ['KRO', 'PHI', 'GAM']]
}

const CONSTRUCTIONS = ['active', 'passive', 'perfect', 'relative', 'reduced', 'fronted', 'appositive', 'nominal', 'possessive', 'role', 'signature', 'members', 'bracketed', 'described', 'event', 'reciprocal', 'coordination', 'including', 'adjunct', 'publisher', 'apposed', 'negation', 'hypothetical', 'question'] as const
type Construction = (typeof CONSTRUCTIONS)[number]
/** Cells that must give nothing. */
const EMPTY: Construction[] = ['negation', 'hypothetical', 'question']

interface Row {
  predicate: string
  /** Kinds of X (subject), Y (object) and Z (a second object, or subject in coordinations). */
  x: Kind
  y: Kind
  /** Templates; coordination and including expect X→Y and X→Z. */
  cells: Partial<Record<Construction, string>>
}

const ROWS: Row[] = [
  {
    predicate: 'foundedBy', x: 'org', y: 'person',
    cells: {
      active: '{Y} founded {X} in 2019.', passive: '{X} was founded by {Y}.', perfect: 'In 2019 {X} had been founded by {Y}.', relative: '{X}, which was founded by {Y}, grew.',
      reduced: '{X}, founded by {Y}, grew.', fronted: 'Founded by {Y}, {X} grew fast.', appositive: '{X}, a startup founded by {Y}, grew.', nominal: 'The founding of {X} by {Y} surprised few.',
      possessive: "{X}'s co-founder, {Y}, spoke.", role: '{Y}, co-founder of {X}, spoke.', signature: '"We grow," said {Y}, Co-Founder, {X}.', coordination: '{X} was founded by {Y} and {Z}.', including: '{X} was founded by former executives, including {Y} and {Z}.',
      negation: '{X} was not founded by {Y}.', hypothetical: 'If {Y} founded {X}, it would grow.', question: 'Was {X} founded by {Y}?'
    }
  },
  {
    predicate: 'launchedBy', x: 'project', y: 'org',
    cells: {
      described: '{Y}, a studio within Phi Chain and Kronos Network, launched {X}.', active: '{Y} launched {X} last week.', passive: '{X} was launched by {Y}.', perfect: '{Y} has rolled out {X}.', relative: '{Y}, which unveiled {X}, grew.',
      reduced: '{X}, released by {Y}, grew.', fronted: 'Introduced by {Y}, {X} grew fast.', appositive: '{X}, a tool launched by {Y}, grew.', nominal: 'The launch of {X} by {Y} went well.',
      possessive: "{Y}'s launch of {X} went well.", coordination: '{Y} launched {X} and {Z}.', including: '{Y} launched several products, including {X} and {Z}.',
      negation: '{Y} never launched {X}.', hypothetical: 'If {Y} launched {X}, users would come.', question: 'Did {Y} launch {X}?'
    }
  },
  {
    predicate: 'developedBy', x: 'project', y: 'org',
    cells: {
      active: '{Y} developed {X}.', passive: '{X} is developed by {Y}.', perfect: '{X} has been built by {Y}.', relative: '{X}, which was built by {Y}, grew.',
      reduced: '{X}, developed by {Y}, grew.', fronted: 'Developed by {Y}, {X} grew fast.', appositive: '{X}, the privacy layer built by {Y}, grew.', nominal: 'The development of {X} by {Y} went on.',
      possessive: "{Y}'s development of {X} went on.", role: '{Y} is the team behind {X}.', coordination: '{X} was developed by {Y} and {Z}.', including: '{X} was built by several firms, including {Y} and {Z}.',
      negation: '{X} was not developed by {Y}.', hypothetical: 'If {Y} developed {X}, it would work.', question: 'Was {X} developed by {Y}?'
    }
  },
  {
    predicate: 'affiliatedWith', x: 'person', y: 'org',
    cells: {
      active: '{X} works at {Y}.', passive: '{X} was hired as head of research at {Y}.', perfect: '{X} has joined {Y}.', relative: 'We met {X}, who works at {Y}.',
      reduced: '{X}, Partner at {Y}, spoke.', fronted: 'A partner at {Y}, {X} spoke.', appositive: '{X}, the head of research at {Y}, spoke.', nominal: '{X}, Director of Investments at {Y}, spoke.',
      possessive: "{Y}'s lead developer, {X}, spoke.", role: '{Y} CEO {X} spoke.', signature: '"We grow," said {X}, Vice President, {Y} Strategy.', members: '{Y} has engineers including {X} and {Z}.', bracketed: 'The advisory board includes {X} ({Y}).', coordination: '{X} and {Z} work at {Y}.',
      negation: '{X} does not work at {Y}.', hypothetical: 'If {X} worked at {Y}, she would say.', question: 'Does {X} work at {Y}?'
    }
  },
  {
    predicate: 'fundedBy', x: 'org', y: 'investor',
    cells: {
      active: '{Y} backed {X} in 2021.', passive: '{X} was funded by {Y}.', perfect: '{Y} has invested $5 million in {X}.', relative: '{X}, which was backed by {Y}, grew.',
      reduced: '{X}, backed by {Y}, grew.', fronted: 'Backed by {Y}, {X} grew fast.', appositive: '{X}, a startup funded by {Y}, grew.', nominal: '{X} received a grant from {Y}.',
      possessive: "{X}'s seed round was led by {Y}.", coordination: '{X} raised $5 million in a seed round led by {Y} and {Z}.', including: '{X} raised $9 million. This round was co-led by {Y}, with participation from {Z}.',
      role: '{Y}, a longtime sponsor of {X}, spoke.', adjunct: 'In funding {X}, {Y} furthered its mission.', publisher: '# Grant news\n\n{Y} today announced a grant program. We awarded a grant to {X}.',
      negation: '{Y} did not invest in {X}.', hypothetical: 'If {Y} backed {X}, prices would rise.', question: 'Did {Y} back {X}?'
    }
  },
  {
    predicate: 'partnersWith', x: 'org', y: 'org',
    cells: {
      active: '{X} partnered with {Y}.', passive: '{X} is partnered with {Y}.', perfect: '{X} has teamed up with {Y}.', relative: '{X}, which collaborates with {Y}, grew.',
reciprocal: '{X} and {Y} have started collaborating.',
      reduced: '{X}, partnered with {Y} since 2020, grew.', fronted: 'Partnered with {Y}, {X} grew.', appositive: '{X}, a firm partnered with {Y}, grew.', nominal: "{X}'s collaboration with {Y} grew.",
      possessive: "{X}'s partnership with {Y} grew.", coordination: '{X} partnered with {Y} and {Z}.', including: '{X} formed partnerships with top projects, including {Y} and {Z}.',
      adjunct: 'In partnering with {Y}, {X} took a step forward.', publisher: '# Partner news\n\n{X} today announced a new program. We are excited to partner with {Y}.',
      negation: '{X} did not partner with {Y}.', hypothetical: 'If {X} partnered with {Y}, both would gain.', question: 'Did {X} partner with {Y}?'
    }
  },
  {
    predicate: 'acquiredBy', x: 'org', y: 'org',
    cells: {
      active: '{Y} acquired {X}.', passive: '{X} was acquired by {Y}.', perfect: '{Y} has bought {X}.', relative: '{Y}, which purchased {X}, grew.',
      reduced: '{X}, acquired by {Y} in 2020, grew.', fronted: 'Acquired by {Y} in 2020, {X} grew.', appositive: '{X}, a startup bought by {Y}, grew.', nominal: 'The acquisition of {X} by {Y} closed.',
      possessive: "{Y}'s acquisition of {X} closed.", coordination: '{Y} acquired {X} and {Z}.', including: '{Y} acquired several startups, including {X} and {Z}.',
      negation: '{Y} did not acquire {X}.', hypothetical: 'If {Y} acquired {X}, prices would rise.', question: 'Did {Y} acquire {X}?'
    }
  },
  {
    predicate: 'integratesWith', x: 'project', y: 'network',
    cells: {
      described: '{X}, a DeFi hub within Phi Chain and Kronos Network, integrated with {Y}.', active: '{X} integrated with {Y}.', passive: '{X} is integrated with {Y}.', perfect: '{X} has connected to {Y}.', relative: '{X}, which integrates with {Y}, grew.',
      reduced: '{X}, integrated with {Y}, grew.', fronted: 'Integrated with {Y}, {X} grew.', appositive: '{X} completed its integration with {Y}.', reciprocal: '{X} and {Y} completed the integration.', nominal: 'The integration of {X} with {Y} went well.',
      possessive: "{X}'s integration with {Y} went well.", coordination: '{X} is integrated with {Y} and {Z}.', including: '{X} is integrated with established networks like {Y} and {Z}.',
      negation: '{X} did not integrate with {Y}.', hypothetical: 'If {X} integrated with {Y}, users would gain.', question: 'Did {X} integrate with {Y}?'
    }
  },
  {
    predicate: 'plansIntegrationWith', x: 'project', y: 'network',
    cells: {
      described: '{X}, DeFi hubs within Phi Chain and Kronos Network, announced plans to integrate with {Y}.', active: '{X} plans to integrate with {Y}.', passive: '{X} is set to connect to {Y}.', perfect: '{X} has announced plans to integrate with {Y}.', relative: '{X}, which plans to integrate with {Y}, grew.',
      reduced: '{X}, planning to integrate with {Y}, grew.', fronted: 'Eager to integrate with {Y}, {X} hired.', appositive: '{X}, a wallet planning to integrate with {Y}, grew.', nominal: 'The planned integration of {X} with {Y} is near.',
      possessive: "{X}'s upcoming integration with {Y} is near.", coordination: '{X} plans to integrate with {Y} and {Z}.', including: '{X} plans to integrate with other chains, including {Y} and {Z}.',
      negation: '{X} does not plan to integrate with {Y}.', hypothetical: 'If {X} plans to integrate with {Y}, users would gain.', question: 'Does {X} plan to integrate with {Y}?'
    }
  },
  {
    predicate: 'builtOn', x: 'project', y: 'network',
    cells: {
      active: '{X} runs on {Y}.', passive: '{X} is built on {Y}.', perfect: '{X} has been deployed on {Y}.', relative: '{X}, which runs on {Y}, grew.',
      reduced: '{X}, built on {Y}, grew.', fronted: 'Built on {Y}, {X} grew.', appositive: '{X}, a wallet built on {Y}, grew.', nominal: 'The {Y}-based {X} grew.',
      coordination: '{X} runs on {Y} and {Z}.', including: '{X} runs on several networks, including {Y} and {Z}.',
      negation: '{X} does not run on {Y}.', hypothetical: 'If {X} ran on {Y}, fees would drop.', question: 'Does {X} run on {Y}?'
    }
  },
  {
    predicate: 'nativeTokenOf', x: 'token', y: 'network',
    cells: {
      active: '{X} is the native token of {Y}.', relative: '{X}, which is the native token of {Y}, rose.', appositive: "{X}, {Y}'s native token, doubled.",
      possessive: "{Y}'s native token, {X}, doubled.", nominal: "{Y}'s native {X} token rose.", coordination: '{X} and {Z} are the native tokens of {Y}.',
      negation: '{X} is not the native token of {Y}.', hypothetical: 'If {X} were the native token of {Y}, it would rise.', question: 'Is {X} the native token of {Y}?'
    }
  },
  {
    // "event": the object is the owner of the auctions the paragraph is about.
    predicate: 'parachainOf', x: 'project', y: 'network',
    cells: {
      active: '{X} won a parachain slot on {Y}.', passive: '{X} was onboarded to {Y} in May.', perfect: '{X} has secured a parachain slot on {Y}.', relative: '{X}, which secured a parachain slot on {Y}, grew.',
      reduced: '{X}, a parachain on {Y}, grew.', nominal: '{X} became the first parachain on {Y}.', appositive: '{X}, the first {Y} parachain, grew.', possessive: "{X}, {Y}'s first parachain, grew.", members: "Growth continued across {Y}'s parachain ecosystem, with noteworthy projects like {X} and {Z}.",
      event: "{Y} organized its 47th parachain auctions in May. {X} won the first auction.", coordination: '{X} and {Z} secured parachain slots on {Y}.', including: 'The first {Y} parachain crowdloan winners: {X} and {Z}.',
      negation: '{X} did not win a parachain slot on {Y}.', hypothetical: 'If {X} won a parachain slot on {Y}, it would grow.', question: 'Did {X} win a parachain slot on {Y}?'
    }
  },
  {
    predicate: 'plansParachainOn', x: 'project', y: 'network',
    cells: {
      active: '{X} plans to deploy a parachain on {Y}.', perfect: '{X} has announced plans to deploy its parachain on {Y}.', relative: '{X}, which plans to deploy a parachain on {Y}, grew.',
      reduced: '{X}, planning to deploy a parachain on {Y}, grew.', fronted: 'Eager to deploy a parachain on {Y}, {X} hired.', appositive: '{X}, a DeFi hub planning to deploy their parachain on {Y}, grew.',
      event: "{Y}'s parachain slot auctions drew interest. {X}, a DeFi hub planning to bid for a slot, hired.", coordination: '{X} and {Z} plan to deploy parachains on {Y}.',
      negation: '{X} does not plan to deploy a parachain on {Y}.', hypothetical: 'If {X} plans to deploy a parachain on {Y}, users would gain.', question: 'Does {X} plan to deploy a parachain on {Y}?'
    }
  },
  {
    predicate: 'partOf', x: 'org', y: 'org',
    cells: {
      active: '{X} joined {Y} last week.', perfect: '{X} has joined {Y}.', relative: 'We met {X}, which joined {Y} in 2021.',
      role: '{X}, a member of {Y}, spoke.', members: '{Y} has members including {X} and {Z}.', coordination: '{X} and {Z} are joining {Y} as Silver Members.',
      including: '{Y} is a consortium. It is made up of companies including Gold members {X} and {Z}.', publisher: '# Membership news\n\n{X} today announced a new program. We have joined {Y}.',
      negation: '{X} did not join {Y}.', hypothetical: 'If {X} joined {Y}, fees would drop.', question: 'Did {X} join {Y}?'
    }
  },
  {
    predicate: 'locatedIn', x: 'org', y: 'place',
    cells: {
      active: '{X} is based in {Y}.', passive: '{X} is headquartered in {Y}.', perfect: '{X} has been based in {Y}.', relative: '{X}, which is based in {Y}, grew.',
      reduced: '{X}, based in {Y}, grew.', fronted: 'Based in {Y}, {X} grew.', appositive: '{X}, a startup based in {Y}, grew.', nominal: 'The {Y}-based {X} grew.',
      coordination: '{X} and {Z} are based in {Y}.',
      negation: '{X} is not based in {Y}.', hypothetical: 'If {X} were based in {Y}, taxes would drop.', question: 'Is {X} based in {Y}?'
    }
  },
  {
    predicate: 'locatedIn', x: 'place', y: 'place',
    cells: { apposed: 'The meetup took place in {X}, {Y}, last week.' }
  }
]

interface Cell { expected: number; found: number; extra: number }

/**
 * Run one cell: three instances, expected triples against found ones.
 */
function runCell(row: Row, construction: Construction, template: string): Cell {
  const cell: Cell = { expected: 0, found: 0, extra: 0 }
  for (let i = 0; i < 3; i++) {
    const x = NAMES[row.x][0]![i]!
    const y = NAMES[row.y][1]![i]!
    // Z coordinated with X is a second subject; coordinated with Y, a second object.
    const zWithX = /\{X\},? (?:and )?\{Z\}/.test(template)
    const zKind = zWithX ? row.x : row.y
    const z = NAMES[zKind][2]![i]!
    const text = template.replace(/\{X\}/g, x).replace(/\{Y\}/g, y).replace(/\{Z\}/g, z)
    const expected = new Set<string>()
    if (!EMPTY.includes(construction)) {
      expected.add(`${x} —${row.predicate}→ ${y}`)
      if (template.includes('{Z}')) expected.add(zWithX ? `${z} —${row.predicate}→ ${y}` : `${x} —${row.predicate}→ ${z}`)
    }
    // Symmetric predicates may come out either way round.
    const got = new Set(triples(text).map((t) => (row.predicate === 'partnersWith' && !expected.has(t) ? t.replace(/^(.*) —partnersWith→ (.*)$/, '$2 —partnersWith→ $1') : t)))
    cell.expected += expected.size
    for (const t of expected) if (got.has(t)) cell.found++
    for (const t of got) if (!expected.has(t)) cell.extra++
    if (process.env.MATRIX_DEBUG && ([...expected].some((t) => !got.has(t)) || [...got].some((t) => !expected.has(t)))) console.log(`${text}\n  expected ${[...expected].join('; ')}\n  got      ${[...got].join('; ')}`)
  }
  return cell
}

describe('behavioural matrix: predicate × construction', () => {
  it('reads every construction of every predicate, and nothing negated, hypothetical or questioned', () => {
    const cells = new Map<string, Cell>()
    let expected = 0
    let found = 0
    let extra = 0
    const lines = [`${'predicate'.padEnd(22)}${CONSTRUCTIONS.map((c) => c.slice(0, 7).padStart(8)).join('')}`]
    const emptyCellsWithOutput: string[] = []
    for (const row of ROWS) {
      let line = row.predicate.padEnd(22)
      for (const c of CONSTRUCTIONS) {
        const template = row.cells[c]
        if (!template) {
          line += 'n/a'.padStart(8)
          continue
        }
        const cell = runCell(row, c, template)
        cells.set(`${row.predicate}:${c}`, cell)
        expected += cell.expected
        found += cell.found
        extra += cell.extra
        if (EMPTY.includes(c) && cell.extra > 0) emptyCellsWithOutput.push(`${row.predicate}:${c}`)
        line += (EMPTY.includes(c) ? `${cell.extra === 0 ? '∅' : `+${cell.extra}`}` : `${cell.found}/${cell.expected}${cell.extra ? `+${cell.extra}` : ''}`).padStart(8)
      }
      lines.push(line)
    }
    const recall = found / expected
    const precision = found / (found + extra)
    lines.push(`recall ${recall.toFixed(3)}  precision ${precision.toFixed(3)}  (found ${found}/${expected}, extra ${extra})`)
    console.log(lines.join('\n'))
    expect(emptyCellsWithOutput).toEqual([])
    expect(recall).toBeGreaterThanOrEqual(0.9)
    expect(precision).toBeGreaterThanOrEqual(0.95)
  })
})
