/**
 * XSS and injection sweep (issue 14 point 4; docs/reliability.md C26, C27, F3, F14): a Synthea bundle whose every
 * free-text string is a script payload (e2e/xssBundle.ts) is opened through the file input; the twin, several organ
 * panels, the record list, every <details>, the print summary and the About dialog, in both modes, run no payload,
 * build no element from one, and render no javascript: link or link without noopener noreferrer.
 */
import type { Page } from '@playwright/test'
import { test, expect, fromMenu, SYNTHEA } from './fixtures.ts'
import { poisonedBundle } from './xssBundle.ts'

declare global {
  interface Window {
    __xss?: number
    __cspViolations?: string[]
  }
}

/** What a payload would leave in the DOM if it were parsed as markup, and every link that is not safe. */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    if (window.__xss !== undefined) found.push('window.__xss set')
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`)
      }
    }
    if (document.querySelector('img[src="x"]') !== null) found.push('img[src=x]')
    // Elements only a parsed payload could build: frames, forms, a <base>, a meta refresh, a CSS url().
    for (const selector of ['iframe', 'form[action]', 'base', 'meta[http-equiv]', '[style*="url("]']) {
      if (document.querySelector(selector) !== null) found.push(selector)
    }
    for (const script of Array.from(document.querySelectorAll('script'))) {
      if (script.textContent.includes('__xss') || script.src === '') found.push('inline script')
    }
    for (const link of Array.from(document.querySelectorAll('a[href], area[href], [xlink\\:href]'))) {
      const href = (link as HTMLAnchorElement).href
      const url = new URL(href, document.baseURI)
      if (url.origin === location.origin && url.protocol === location.protocol) continue
      if (url.protocol !== 'https:' && url.protocol !== 'http:') found.push(`link ${href}`)
      const rel = (link.getAttribute('rel') ?? '').split(/\s+/)
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) found.push(`rel ${href}`)
    }
    return found
  })
}

test('C26 C27 F3 F14 script payloads in every string of a record never run, build no element, make no link and no request', async ({
  twin,
}) => {
  test.setTimeout(180_000)
  const { page } = twin
  // A payload that ran or became markup would fetch from, navigate to or set its <base> on this host.
  const attacker: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).hostname === 'attacker.invalid') attacker.push(request.url())
  })
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  const { text, replaced } = poisonedBundle(SYNTHEA['Jacob King'])
  expect(replaced).toBeGreaterThan(1000)
  await twin.goto()
  const appOrigin = new URL(page.url()).origin
  await page.getByLabel('FHIR Bundle file (.json)').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  })
  await twin.waitForRecord()
  // the record loaded and mapped: payload text is shown as text
  await expect(page.getByRole('region', { name: 'Record' })).toContainText('XSSMARK-')
  await expect(page.getByRole('region', { name: 'Record' })).toContainText('<img src=x onerror=window.__xss=1>')
  expect(await injected(page)).toEqual([])

  for (const mode of ['Patient view', 'Clinician view'] as const) {
    await page.getByRole('radio', { name: mode }).check()
    const organs = page.locator('.bodymap li button')
    const count = Math.min(await organs.count(), 6)
    expect(count).toBeGreaterThan(1)
    for (let i = 0; i < count; i++) {
      await organs.nth(i).click()
      await expect(page.getByRole('region', { name: 'Details', exact: true })).toBeVisible()
      await page.evaluate(() => {
        for (const details of Array.from(document.querySelectorAll('details'))) details.open = true
      })
      expect(await injected(page)).toEqual([])
    }
    await fromMenu(page, 'Print summary')
    const summary = page.getByRole('article', { name: 'Summary of the record' })
    await expect(summary).toContainText('XSSMARK-')
    await page.evaluate(() => {
      for (const details of Array.from(document.querySelectorAll('details'))) details.open = true
    })
    expect(await injected(page)).toEqual([])
    await page.getByRole('button', { name: 'Back to the twin' }).click()
    await fromMenu(page, 'About and credits')
    await expect(page.locator('dialog[open]')).toBeVisible()
    expect(await injected(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect(page.locator('dialog[open]')).toHaveCount(0)
  }
  expect(dialogs).toEqual([])
  expect(attacker).toEqual([])
  expect(new URL(page.url()).origin).toBe(appOrigin)
  expect(await page.evaluate(() => window.__xss)).toBeUndefined()
  expect(await page.evaluate(() => window.__cspViolations ?? ['not recorded'])).toEqual([])
})
