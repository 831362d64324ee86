/// <reference lib="dom" />
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { chromium, type Page } from 'playwright-core'
import { toFormat, type GraphJSON } from '../../src/index.js'
import { fixtureGraph, hostileGraph } from './fixture-graph.js'

const CHROMIUM = '/usr/bin/chromium'
const XSS = '</script><script>alert(1)</script>'
const hasChromium = existsSync(CHROMIUM)

/**
 * The JSON embedded in a viewer page.
 *
 * @param html Page.
 * @returns Embedded JSON text.
 */
function embedded(html: string): string {
  const match = /<script type="application\/json" id="markgraph-data">([^]*?)<\/script>/.exec(html)
  return match![1]!
}

describe('html viewer', () => {
  it('should embed hostile names only escaped', () => {
    const html = toFormat(hostileGraph([XSS, 'a\u2028b & <c>']), 'html')
    expect(html).not.toContain(XSS)
    expect(html).not.toContain('alert(1)</script>')
    expect(html.match(/<\/script>/g)!.length).toBe(2)
    const json = embedded(html)
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(json).nodes.map((n: { name: string }) => n.name)).toEqual([XSS, 'a\u2028b & <c>'])
    expect(html).toContain('\\u003c/script\\u003e')
  })
  it('should be self-contained (no network)', () => {
    const html = toFormat(fixtureGraph(), 'html')
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=/i)
    expect(html).toContain("default-src 'none'")
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/)
  })

  const browserTest = hasChromium ? it : it.skip
  const skipNote = hasChromium ? '' : ' (skipped: chromium is absent at /usr/bin/chromium)'

  /**
   * Open a graph's viewer page in headless Chromium and run checks on it.
   *
   * @param graph Graph JSON to view.
   * @param check Checks, given the page and the errors and requests seen.
   */
  async function inBrowser(graph: GraphJSON, check: (page: Page) => Promise<void>): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'markgraph-viewer-'))
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    try {
      const file = join(dir, 'viewer.html')
      writeFileSync(file, toFormat(graph, 'html'))
      const page = await browser.newPage({ viewport: { width: 1400, height: 800 } })
      const errors: string[] = []
      const requests: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('request', (request) => requests.push(request.url()))
      await page.goto(pathToFileURL(file).href)
      await check(page)
      expect(errors).toEqual([])
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([])
    } finally {
      await browser.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }

  /**
   * Pairs of shown edge labels that overlap each other, a node or a node name
   * (screen rectangles).
   *
   * @param page Viewer page.
   * @returns Overlapping pairs, as label texts.
   */
  async function labelCollisions(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const rect = (e: Element): DOMRect => e.getBoundingClientRect()
      const shown = (e: Element): boolean => getComputedStyle(e).display !== 'none'
      const labels = Array.from(document.querySelectorAll('.edge-label')).filter(shown)
      const obstacles = Array.from(document.querySelectorAll('.node circle, .node text'))
      const overlap = (a: DOMRect, b: DOMRect): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
      const out: string[] = []
      labels.forEach((l, i) => {
        for (const m of labels.slice(i + 1)) if (overlap(rect(l), rect(m))) out.push(`${l.textContent} / ${m.textContent}`)
        for (const o of obstacles) if (overlap(rect(l), rect(o))) out.push(`${l.textContent} / ${o.textContent || 'a node'}`)
      })
      return out
    })
  }

  browserTest(`should draw the graph, search and show relations in a browser${skipNote}`, async () => {
    const graph = fixtureGraph()
    const connected = new Set(graph.edges.flatMap((e) => [e.source, e.target]))
    const isolated = graph.nodes.filter((n) => !connected.has(n.key))
    expect(isolated.length).toBeGreaterThan(0)
    await inBrowser(graph, async (page) => {
      // Entities without relations are off by default, with a toggle.
      await expect.poll(() => page.locator('svg#graph .node').count()).toBe(connected.size)
      expect(await page.locator('#isolated-toggle').textContent()).toContain(`(${isolated.length})`)
      await page.check('#isolated')
      await expect.poll(() => page.locator('svg#graph .node').count()).toBe(graph.nodes.length)
      await page.uncheck('#isolated')
      await expect.poll(() => page.locator('svg#graph .node').count()).toBe(connected.size)
      expect(await page.locator('#legend li').count()).toBeGreaterThan(1)
      // Every relation is labelled, and no label sits on another or on a node.
      expect(await page.locator('.edge-label:not(.off)').count()).toBe(graph.edges.length)
      expect(await labelCollisions(page)).toEqual([])
      // Chosen through search, Kusama lights up with its neighbours.
      await page.fill('#search', 'Kusama')
      await page.press('#search', 'Enter')
      await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Kusama')
      const neighbours = new Set(graph.edges.flatMap((e) => (e.source === 'kusama' ? [e.target] : e.target === 'kusama' ? [e.source] : [])))
      const keys = async (selector: string): Promise<string[]> => (await page.locator(selector).evaluateAll((es) => es.map((e) => e.getAttribute('data-key')!))).sort()
      expect(await keys('.node.neighbour')).toEqual([...neighbours].sort())
      expect(await keys('.node.selected')).toEqual(['kusama'])
      expect(await keys('.node.dim')).toEqual([...connected].filter((k) => k !== 'kusama' && !neighbours.has(k)).sort())
      expect(await labelCollisions(page)).toEqual([])
      const panel = (await page.locator('#panel').textContent()) ?? ''
      expect(panel).toContain('Acala Network plans parachain on Kusama')
      expect(panel).toContain('deploy their parachain on Kusama')
      mkdirSync(new URL('../../docs/', import.meta.url), { recursive: true })
      await page.screenshot({ path: fileURLToPath(new URL('../../docs/viewer.png', import.meta.url)) })
      // Sentences that open or close with a quote get no second mark; quotations get one pair.
      expect(await doubledQuoteMarks(page)).toEqual([])
      await page.click('svg#graph .node[data-key="gavin-wood"]')
      await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Gavin Wood')
      expect(await page.locator('#panel .quote').first().textContent()).toMatch(/^“Kusama is exceeding[^"“”]+”$/)
      expect(await doubledQuoteMarks(page)).toEqual([])
      // Searching for an entity without relations shows it.
      await page.fill('#search', isolated[0]!.attributes.name)
      await page.press('#search', 'Enter')
      await expect.poll(() => page.locator(`svg#graph .node.selected[data-key="${isolated[0]!.key}"]`).count()).toBe(1)
      expect(await page.locator('#panel').textContent()).toContain('No relations.')
    })
  })

  browserTest(`should keep edge labels apart on a crowded graph${skipNote}`, async () => {
    // A hub with many spokes, and pairs related both ways or twice.
    const graph = hostileGraph(['Orbit Labs', 'Zeta'])
    const edge = graph.edges[0]!
    const names = ['Omicron', 'Quasar Wallet', 'Maria Lopez', 'Nova Foundation', 'Delta Chain', 'Sigma Fund', 'Kappa DAO', 'Lambda Token', 'Tau Bridge', 'Rho Labs', 'Epsilon', 'Theta']
    for (const name of names) {
      const key = name.toLowerCase().replace(/ /g, '-')
      graph.nodes.push({ key, attributes: { name, type: 'Project', aliases: [], mentions: [], quotes: [] } })
      graph.edges.push({ ...edge, key: `${key}|partnersWith|alpha`, source: key, target: 'alpha' })
      graph.edges.push({ ...edge, key: `${key}|integratesWith|alpha`, source: key, target: 'alpha', attributes: { ...edge.attributes, predicate: 'integratesWith', label: 'integrates with' } })
    }
    graph.edges.push({ ...edge, key: 'beta|partnersWith|alpha', source: 'beta', target: 'alpha' })
    await inBrowser(graph, async (page) => {
      await expect.poll(() => page.locator('svg#graph .node').count()).toBe(graph.nodes.length)
      expect(await labelCollisions(page)).toEqual([])
      expect(await page.locator('.edge-label:not(.off)').count()).toBeGreaterThan(graph.edges.length / 2)
      await page.click('svg#graph .node[data-key="omicron"]')
      // The chosen entity's relations are labelled first.
      expect(await page.locator('.edge-label.active:not(.off)').count()).toBe(2)
      expect(await labelCollisions(page)).toEqual([])
      await page.screenshot({ path: join(tmpdir(), 'markgraph-viewer-crowded.png') })
    })
  })
})

/**
 * Elements of the side panel that show a quote mark twice: their own text
 * starts (or ends) with one and CSS adds another (as `<q>` does).
 *
 * @param page Viewer page.
 * @returns Texts of the offending elements.
 */
async function doubledQuoteMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const opens = /^\s*["“”„«»]/
    const closes = /["“”„«»]\s*$/
    const added = (e: Element, where: '::before' | '::after'): boolean => /quote|["“”„«»]/.test(getComputedStyle(e, where).content)
    return Array.from(document.querySelectorAll('#panel *'))
      .filter((e) => {
        const text = e.textContent ?? ''
        return (added(e, '::before') && opens.test(text)) || (added(e, '::after') && closes.test(text)) || /^\s*["“”„«»]{2}|["“”„«»]{2}\s*$/.test(text)
      })
      .map((e) => e.textContent ?? '')
  })
}
