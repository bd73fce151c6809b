/**
 * PHI canary (issue 14 point 5; docs/reliability.md F9, F10, F11, F12): a Synthea bundle whose every free-text string
 * is a unique canary (e2e/xssBundle.ts rewrittenBundle) is opened through the file input and used (organs, timeline,
 * mode, language, print summary), then closed; the canary never reaches a URL or history entry, storage, the console,
 * the print title, a postMessage or a request, and no request leaves the app's origin.
 */
import type { Page } from '@playwright/test'
import { test, expect, fromMenu, SYNTHEA } from './fixtures.ts'
import { rewrittenBundle } from './xssBundle.ts'

const CANARY = 'CANARY-7f3a9c'

declare global {
  interface Window {
    __posted?: string[]
  }
}

/** Every URL the tab has: the address and, where the Navigation API exists, each history entry. */
async function urls(page: Page): Promise<string[]> {
  const entries = await page.evaluate(() => {
    const nav = (window as { navigation?: { entries: () => { url: string | null }[] } }).navigation
    return nav === undefined ? ['no Navigation API'] : nav.entries().map((entry) => entry.url ?? '')
  })
  return [page.url(), ...entries]
}

/** Everything the origin stores: both storages, IndexedDB database names and Cache Storage entries. */
async function stored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump: string[] = []
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) ?? ''
        dump.push(`${key}=${storage.getItem(key) ?? ''}`)
      }
    }
    for (const db of await indexedDB.databases()) dump.push(`idb ${db.name ?? ''}`)
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const request of await cache.keys()) dump.push(`cache ${name} ${request.url}`)
    }
    return dump.join('\n')
  })
}

test('F9 F10 F11 F12 a canary record leaves no trace in URLs, history, storage, console, print title, messages or requests', async ({
  twin,
}) => {
  test.setTimeout(180_000)
  const { page } = twin
  const requests: string[] = []
  page.on('request', (request) => {
    requests.push([request.url(), JSON.stringify(request.headers()), request.postData() ?? ''].join(' '))
  })
  const consoleLines: string[] = []
  page.on('console', (message) => consoleLines.push(`${message.type()} ${message.text()}`))
  page.on('pageerror', (error) => consoleLines.push(`pageerror ${error.message}`))
  await page.addInitScript(() => {
    window.__posted = []
    const post = window.postMessage.bind(window)
    window.postMessage = ((message: unknown, ...rest: [string]) => {
      window.__posted?.push(JSON.stringify(message))
      post(message, ...rest)
    }) as typeof window.postMessage
  })
  const { text, replaced } = rewrittenBundle(SYNTHEA['Jacob King'], (n) => `${CANARY}-${String(n)}`)
  expect(replaced).toBeGreaterThan(1000)
  const seen: string[] = []
  const step = async (): Promise<void> => {
    seen.push(...(await urls(page)))
  }
  await twin.goto()
  await page.getByLabel('FHIR Bundle file (.json)').setInputFiles({
    name: 'canary.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  })
  await twin.waitForRecord()
  // the canary is really on screen, so its absence elsewhere means something
  await expect(page.getByRole('region', { name: 'Record' })).toContainText(CANARY)
  await step()
  const organs = page.locator('.bodymap li button')
  for (let i = 0; i < Math.min(await organs.count(), 4); i++) {
    await organs.nth(i).click()
    await step()
  }
  const slider = page.getByRole('slider', { name: 'Show the body as of' })
  const min = Number(await slider.getAttribute('min'))
  const max = Number(await slider.getAttribute('max'))
  await slider.fill(String(Math.round((min + max) / 2)))
  await step()
  await page.getByRole('button', { name: 'Back to now' }).click()
  await page.getByRole('radio', { name: 'Clinician view' }).check()
  await step()
  await fromMenu(page, 'Print summary')
  await expect(page.getByRole('article', { name: 'Summary of the record' })).toContainText(CANARY)
  // the print dialog's suggested file name is the document title
  const printTitle = await page.title()
  await step()
  await page.getByRole('button', { name: 'Back to the twin' }).click()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es')
  await step()
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en')
  await page.getByRole('radio', { name: 'Patient view' }).check()
  await step()
  await fromMenu(page, 'Choose another patient')
  await expect(page.getByLabel('FHIR Bundle file (.json)')).toBeAttached()
  await expect(page.locator('body')).not.toContainText(CANARY)
  await step()

  expect(seen.filter((url) => url.includes(CANARY))).toEqual([])
  expect(seen).not.toContain('no Navigation API')
  expect(printTitle).not.toContain(CANARY)
  const storage = await stored(page)
  expect(storage).not.toContain(CANARY)
  expect(storage).not.toContain('idb ')
  expect(consoleLines.filter((line) => line.includes(CANARY))).toEqual([])
  expect((await page.evaluate(() => window.__posted ?? [])).filter((m) => m.includes(CANARY))).toEqual([])
  expect(requests.filter((line) => line.includes(CANARY))).toEqual([])
  const origin = new URL(page.url()).origin
  expect(requests.length).toBeGreaterThan(0)
  expect(requests.filter((line) => !line.startsWith(`${origin}/`))).toEqual([])
})
