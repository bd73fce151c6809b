/**
 * D9 (docs/reliability.md) in Chromium: the twin's header says when the shown record was read and from where
 * ("Information as of {time} UTC from the record system at {base}"), the time is the moment this launch read it
 * (never one kept from an earlier launch or an earlier patient), and it is read again on reload and on every patient.
 */
import type { Page } from '@playwright/test'
import { test, expect, fromMenu } from './fixtures.ts'

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** The header's as-of line and the instant it stands for. */
async function asOf(page: Page): Promise<{ text: string; at: number }> {
  const line = page.locator('.twin-header .twin-as-of')
  await expect(line).toBeVisible()
  const iso = (await line.getAttribute('data-as-of')) ?? ''
  return { text: (await line.textContent()) ?? '', at: Date.parse(iso) }
}

/** The words the header must show for an instant: day, month, year, hours and minutes in UTC. */
function expectedText(at: number, origin: string): string {
  const d = new Date(at)
  const hm = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
  const day = `${String(d.getUTCDate())} ${MONTHS[d.getUTCMonth()] ?? ''} ${String(d.getUTCFullYear())}`
  return `Information as of ${day}, ${hm} UTC from the record system at ${origin}/fhir.`
}

test('D9 the header shows when and from where the record was read, read afresh on every launch and patient', async ({
  twin,
  page,
  baseURL,
}) => {
  test.setTimeout(90_000)
  const origin = baseURL ?? ''
  const before = Date.now()
  await twin.goto()
  await twin.openPatient('Jacob King')
  const first = await asOf(page)
  expect(first.at).toBeGreaterThanOrEqual(before)
  expect(first.at).toBeLessThanOrEqual(Date.now())
  expect(first.text).toBe(expectedText(first.at, origin))
  // shown once: the banner in the details does not repeat it
  await expect(page.getByText(/^Information as of /)).toHaveCount(1)

  // a new launch (reload, then the app afresh) reads the record again: a later instant, nothing kept from the first launch
  const beforeReload = Date.now()
  await page.reload()
  await twin.goto()
  await twin.openPatient('Jacob King')
  const second = await asOf(page)
  expect(second.at).toBeGreaterThanOrEqual(beforeReload)
  expect(second.text).toBe(expectedText(second.at, origin))

  // another patient: the line goes while the record loads and comes back with that record's own reading time
  await fromMenu(page, 'Choose another patient')
  await expect(page.locator('.twin-as-of')).toHaveCount(0)
  const beforeOther = Date.now()
  await twin.openPatient('Courtney Schinner')
  const third = await asOf(page)
  expect(third.at).toBeGreaterThanOrEqual(beforeOther)
  expect(third.text).toBe(expectedText(third.at, origin))
})
