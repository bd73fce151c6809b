/**
 * The app runs under its strict Content-Security-Policy (issue 14 point 6): scripts and styles from the app's own
 * origin only (no 'unsafe-inline' for either, no 'unsafe-eval'; WebAssembly compile only). The page records every
 * `securitypolicyviolation` event from the first script on, and a patient's twin, an organ panel and the print
 * summary open with none.
 */
import { test, expect, fromMenu } from './fixtures.ts'

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

test('F: the twin, an organ panel and the print summary run under the strict CSP with no violation', async ({
  twin,
}) => {
  test.setTimeout(120_000)
  const { page } = twin
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  const response = await page.goto('/')
  const csp = response?.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';")
  expect(csp).toContain("style-src 'self';")
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).not.toContain("'unsafe-eval'")
  await twin.openPatient('Jacob King')
  await page.waitForFunction(() => window.__twin?.ready === true)
  await page.getByRole('region', { name: 'Body map' }).getByRole('button', { name: 'Heart', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Details', exact: true }).locator('.organ-panel')).toBeVisible()
  await fromMenu(page, 'Print summary')
  await expect(page.getByRole('button', { name: 'Back to the twin' })).toBeVisible()
  expect(await page.evaluate(() => window.__cspViolations ?? ['not recorded'])).toEqual([])
  // and the policy is really enforced (the collector sees it): an inline <style> is refused
  await page.evaluate(() => {
    const style = document.createElement('style')
    style.textContent = 'body { outline: 1px solid }'
    document.head.append(style)
  })
  await page.waitForFunction(() => (window.__cspViolations?.length ?? 0) > 0)
  expect(await page.evaluate(() => window.__cspViolations)).toEqual(['style-src-elem inline'])
})
