import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { chromium } from 'playwright-core'
import { toFormat } from '../../src/index.js'
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
  browserTest(`should draw the graph, search and show relations in a browser${hasChromium ? '' : ' (skipped: chromium is absent at /usr/bin/chromium)'}`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'markgraph-viewer-'))
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    try {
      const file = join(dir, 'viewer.html')
      writeFileSync(file, toFormat(fixtureGraph(), 'html'))
      const page = await browser.newPage({ viewport: { width: 1400, height: 800 } })
      const errors: string[] = []
      const requests: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      page.on('request', (request) => requests.push(request.url()))
      await page.goto(pathToFileURL(file).href)
      await expect.poll(() => page.locator('svg#graph .node').count()).toBe(fixtureGraph().nodes.length)
      expect(await page.locator('#legend li').count()).toBeGreaterThan(1)
      await page.fill('#search', 'Kusama')
      await page.press('#search', 'Enter')
      await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Kusama')
      const panel = (await page.locator('#panel').textContent()) ?? ''
      expect(panel).toContain('Acala Network plans parachain on Kusama')
      expect(panel).toContain('deploy their parachain on Kusama')
      await page.click('svg#graph .node[data-key="gavin-wood"]')
      await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Gavin Wood')
      await page.fill('#search', 'Kusama')
      await page.press('#search', 'Enter')
      mkdirSync(new URL('../../docs/', import.meta.url), { recursive: true })
      await page.screenshot({ path: fileURLToPath(new URL('../../docs/viewer.png', import.meta.url)) })
      expect(errors).toEqual([])
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([])
    } finally {
      await browser.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
