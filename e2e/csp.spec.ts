/**
 * The app runs under its strict Content-Security-Policy (issue 14 point 6, docs/reliability.md F3): scripts and
 * styles from the app's own origin only (no 'unsafe-inline' for either, no 'unsafe-eval'; WebAssembly compile only)
 * and Trusted Types enforced (`require-trusted-types-for 'script'`, one same-origin Worker URL policy). The page
 * records every `securitypolicyviolation` event from the first script on; a twin, an organ panel, general
 * information (a lazy chunk), the print summary, a SMART Health Link and a SMART launch open with none.
 */
import type { Page } from '@playwright/test'
import { startShlServer } from '../tests/fixtures/shlServer.ts'
import { test, expect, fromMenu, SYNTHEA } from './fixtures.ts'

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types twin-worker-url"

async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
}

function expectStrict(csp: string): void {
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';")
  expect(csp).toContain("style-src 'self';")
  expect(csp).toContain("worker-src 'self';")
  expect(csp.endsWith(TRUSTED_TYPES)).toBe(true)
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).not.toContain("'unsafe-eval'")
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? ['not recorded'])
}

test('F3 the twin, an organ panel, general information and the print summary run under the strict CSP with Trusted Types', async ({
  twin,
}) => {
  test.setTimeout(120_000)
  const { page } = twin
  await recordViolations(page)
  const response = await page.goto('/')
  expectStrict(response?.headers()['content-security-policy'] ?? '')
  await twin.openPatient('Jacob King')
  await page.waitForFunction(() => window.__twin?.ready === true)
  await page.getByRole('region', { name: 'Body map' }).getByRole('button', { name: 'Heart', exact: true }).click()
  await expect(page.getByRole('region', { name: 'Details', exact: true }).locator('.organ-panel')).toBeVisible()
  // general information is a chunk loaded on demand (a dynamic import under Trusted Types)
  const topic = page.locator('.organ-panel [data-general-info] details').first()
  await topic.locator('summary').click()
  await expect(topic.locator('.general-info-text')).toBeVisible()
  await fromMenu(page, 'Print summary')
  await expect(page.getByRole('button', { name: 'Back to the twin' })).toBeVisible()
  expect(await violations(page)).toEqual([])
  // and the policy is really enforced (the collector sees it): an inline <style> is refused
  await page.evaluate(() => {
    const style = document.createElement('style')
    style.textContent = 'body { outline: 1px solid }'
    document.head.append(style)
  })
  await page.waitForFunction(() => (window.__cspViolations?.length ?? 0) > 0)
  expect(await page.evaluate(() => window.__cspViolations)).toEqual(['style-src-elem inline'])
  // Trusted Types are enforced: a script sink refuses a plain string, another policy name cannot be created, and the
  // app's own policy refuses a blob: worker
  const sinks = await page.evaluate(() => {
    const outcome = (run: () => unknown): string => {
      try {
        run()
        return 'allowed'
      } catch (error) {
        return error instanceof Error ? error.name : 'thrown'
      }
    }
    return [
      outcome(() => (document.createElement('script').src = '/x.js')),
      outcome(() => Reflect.set(document.createElement('div'), 'innerHTML', '<b>x</b>')),
      outcome(() => new Worker('/assets/none.js')),
      outcome(() =>
        (window as { trustedTypes?: { createPolicy(n: string, r: object): unknown } }).trustedTypes?.createPolicy(
          'other',
          {},
        ),
      ),
    ]
  })
  expect(sinks).toEqual(['TypeError', 'TypeError', 'TypeError', 'TypeError'])
  await page.waitForFunction(() => (window.__cspViolations?.length ?? 0) >= 5)
  expect((await violations(page)).slice(1)).toEqual([
    'require-trusted-types-for trusted-types-sink',
    'require-trusted-types-for trusted-types-sink',
    'require-trusted-types-for trusted-types-sink',
    'trusted-types trusted-types-policy',
  ])
})

test('F3 a SMART Health Link opens under the strict CSP with no violation', async ({ twin }) => {
  const shl = await startShlServer(SYNTHEA['Jacob King'])
  try {
    const { page } = twin
    await recordViolations(page)
    await twin.goto()
    await page.getByLabel('SMART Health Link', { exact: true }).fill(shl.links.open)
    await page.getByRole('button', { name: 'Open link' }).click()
    await twin.waitForRecord()
    await expect(page.locator('.twin-as-of')).toContainText('from the SMART Health Link')
    expect(await violations(page)).toEqual([])
  } finally {
    await shl.close()
  }
})

test('F3 a SMART standalone launch signs in and shows the record under the strict CSP with no violation', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await recordViolations(page)
  const response = await page.goto('http://127.0.0.1:4176/')
  expectStrict(response?.headers()['content-security-policy'] ?? '')
  await page.getByRole('button', { name: 'Sign in to the demo record system' }).click()
  await page.waitForURL('http://127.0.0.1:4177/interaction/**')
  await page.getByLabel('Patient').selectOption({ label: 'Jacob King' })
  await page.getByRole('button', { name: 'Allow and continue' }).click()
  await page.waitForURL('http://127.0.0.1:4176/**')
  await page.waitForFunction(
    () => (document.documentElement as HTMLElement | null)?.dataset.recordReady !== undefined,
    undefined,
    { timeout: 45_000 },
  )
  await page.waitForFunction(() => window.__twin?.ready === true)
  expect(await violations(page)).toEqual([])
})
