import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import type { Resource } from '@medplum/fhirtypes'
import { test, expect, fromMenu, SYNTHEA, type TwinPage } from './fixtures.ts'
import { normaliseRecord } from '../src/timeline/normaliseRecord.ts'
import { mapRecord } from '../src/anatomy/mapRecord.ts'
import { conditionStateAt } from '../src/timeline/timeState.ts'
import { layNameOf } from '../src/i18n/layNames/layName.ts'
// The lay-name tables load lazily in the app; here they are installed up front for layNameOf.
import '../src/i18n/layNames/layTables.ts'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The mapping the app computes, recomputed here from the bundle file with the same pure functions. */
function mappingOf(file: string) {
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as { entry: { resource: Resource }[] }
  const record = normaliseRecord(
    bundle.entry.map((e) => e.resource),
    { asOf: '2026-01-01T00:00:00Z' },
  )
  return { record, map: mapRecord(record) }
}

async function openWithScene(twin: TwinPage, name: string): Promise<void> {
  await twin.page.emulateMedia({ reducedMotion: 'reduce' })
  await twin.goto()
  await twin.openPatient(name)
  await twin.page.waitForFunction(() => window.__twin?.ready === true)
}

/** Clicks an organ in the 3D body at its pick point (hiding what covers it, viewing from its pick side). */
async function clickOrgan(page: Page, organ: 'heart'): Promise<void> {
  await page.locator('.scene canvas').scrollIntoViewIfNeeded()
  const pick = await page.evaluate((id) => window.__twin?.picks().find((p) => p.id === id), organ)
  await page.evaluate(
    ([id, from, hide]) => {
      window.__twin?.hideOrgans(hide)
      window.__twin?.view(from, id)
    },
    [organ, pick?.pickFrom ?? 'front', pick?.pickHide ?? []] as const,
  )
  const pos = await page.evaluate((id) => window.__twin?.screenPos(id) ?? null, organ)
  if (pos === null) throw new Error('no pick point')
  await page.mouse.click(pos.x, pos.y)
}

const details = (page: Page) => page.getByRole('region', { name: 'Details', exact: true }).locator('.organ-panel')

test('clicking the heart shows exactly the heart findings of the mapping, without codes for patients and with codes for clinicians', async ({
  twin,
}) => {
  test.setTimeout(120_000)
  const { page } = twin
  // given: the heart's findings as the mapping places them (conditions, procedures, medications)
  const { map } = mappingOf(SYNTHEA['Jacob King'])
  const expected = map.placements.filter((p) => p.places.includes('heart')).map((p) => p.id)
  expect(expected.length).toBeGreaterThan(3)
  // when
  await openWithScene(twin, 'Jacob King')
  await clickOrgan(page, 'heart')
  // then
  const panel = details(page)
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText('Heart')
  const shown = await panel
    .locator('[data-finding]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')))
  expect([...shown].sort()).toEqual([...expected].sort())
  // patient mode: no codes unless asked (the source is folded away)
  await expect(panel.getByText('http://snomed.info/sct|49436004').filter({ visible: true })).toHaveCount(0)
  await expect(panel.getByText('Atrial Fibrillation', { exact: true })).toBeVisible()
  // "why here?" names the rule
  await panel
    .locator('[data-finding]')
    .filter({ hasText: 'Atrial Fibrillation' })
    .getByText('Source · Why here?')
    .click()
  await expect(panel.getByText('snomed:49436004')).toBeVisible()
  await expect(panel.getByText('Placed by the code table').first()).toBeVisible()
  // clinician mode: codes and sources visible for every item
  await page.getByRole('radio', { name: 'Clinician view' }).check()
  await expect(panel.getByText('http://snomed.info/sct|49436004').first()).toBeVisible()
  await expect(panel.locator('dl.source')).toHaveCount(expected.length)
  expect(page.url()).toContain('mode=clinician')
  expect(page.url()).toContain('organ=heart')
  expect(page.url()).not.toContain('2d526118')
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  expect(axe.violations).toEqual([])
})

test('moving the timeline before a condition began removes it from the body and the list', async ({ twin }) => {
  test.setTimeout(120_000)
  const { page } = twin
  const { record } = mappingOf(SYNTHEA['Jacob King'])
  const af = record.conditions.find((c) => c.text === 'Atrial Fibrillation')
  const onset = af?.time.start?.value.slice(0, 10) ?? ''
  expect(onset).toBe('1974-08-03')
  expect(af && conditionStateAt(af, '1974-08-02')).toBe('not-yet')
  await openWithScene(twin, 'Jacob King')
  await page.getByRole('region', { name: 'Body map' }).getByRole('button', { name: 'Heart', exact: true }).click()
  const panel = details(page)
  const heartStatus = page
    .locator('.bodymap li')
    .filter({ has: page.getByRole('button', { name: 'Heart', exact: true }) })
  await expect(panel.getByText('Atrial Fibrillation', { exact: true })).toBeVisible()
  await expect(heartStatus.locator('.organ-status')).toHaveText(/active condition/)
  // when: the day before onset
  const day = Math.round(Date.parse('1974-08-02T00:00:00Z') / 86_400_000)
  await page.getByRole('slider', { name: 'Show the body as of' }).fill(String(day))
  // then: gone from the panel, the record list and the body's status
  await expect(page.getByText('Body as of 2 August 1974')).toBeVisible()
  await expect(panel.getByText('Atrial Fibrillation', { exact: true })).toHaveCount(0)
  await expect(
    page.getByRole('region', { name: 'Record' }).getByText('Atrial Fibrillation', { exact: true }),
  ).toHaveCount(0)
  await expect(heartStatus).not.toContainText('active condition')
  expect(page.url()).toContain('date=1974-08-02')
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  expect(axe.violations).toEqual([])
  // and back to now
  await page.getByRole('button', { name: 'Back to now' }).click()
  await expect(panel.getByText('Atrial Fibrillation', { exact: true })).toBeVisible()
})

test('the Spanish switch translates the panel', async ({ twin }) => {
  test.setTimeout(120_000)
  const { page } = twin
  await openWithScene(twin, 'Jacob King')
  await page.getByRole('region', { name: 'Body map' }).getByRole('button', { name: 'Heart', exact: true }).click()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es')
  const panel = page.locator('.organ-panel')
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText('Corazón')
  await expect(panel.getByRole('heading', { name: /^Problemas registrados aquí/ })).toBeVisible()
  await expect(panel.getByRole('button', { name: 'Cerrar detalles' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemelo del historial de salud')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
})

test('the print view renders a one-page summary', async ({ twin }) => {
  test.setTimeout(120_000)
  const { page } = twin
  await openWithScene(twin, 'Jacob King')
  await fromMenu(page, 'Print summary')
  await page.waitForFunction(() => document.documentElement.dataset.printReady === 'true')
  await page.emulateMedia({ media: 'print' })
  const summary = page.getByRole('article', { name: 'Summary of the record' })
  await expect(summary.getByRole('heading', { name: 'Jacob King' })).toBeVisible()
  await expect(
    summary.getByRole('img', { name: 'The body from the front, with the places the record lists.' }),
  ).toBeVisible()
  const src = await summary.locator('img').getAttribute('src')
  expect(src?.startsWith('data:image/png;base64,')).toBe(true)
  await expect(summary.locator('.print-findings dt', { hasText: 'Heart' })).toBeVisible()
  // patient mode: the lay name with the status, the record's own text beneath it
  const { record } = mappingOf(SYNTHEA['Jacob King'])
  const af = record.conditions.find((c) => c.text === 'Atrial Fibrillation')
  const lay = af ? layNameOf(af.concept, af.text, 'condition', 'en') : null
  const afRow = summary
    .locator('.print-findings dd')
    .filter({ hasText: /: Recorded as active since 1974; the record has no end date\. Confirmed\./ })
    .filter({ hasText: 'Atrial Fibrillation' })
  await expect(afRow).toBeVisible()
  expect(lay?.text).toBeTruthy()
  await expect(afRow.locator('.lay-name')).toHaveText(lay?.text ?? '')
  await expect(afRow.locator('.record-text')).toHaveText('Atrial Fibrillation')
  await expect(summary).not.toContainText(/\((finding|disorder|procedure|situation)\)/)
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  expect(axe.violations).toEqual([])
})

test('refuted and entered-in-error conditions never appear as present anywhere', async ({ twin }) => {
  test.setTimeout(120_000)
  const { page } = twin
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await twin.goto('?patient=edge-statuses')
  await twin.waitForRecord()
  // entered in error: nowhere on the page, in any view
  for (const name of ['Entered by mistake A', 'Entered by mistake B', 'Entered by mistake C']) {
    await expect(page.getByText(name)).toHaveCount(0)
  }
  await expect(page.getByText('3 marked as entered in error.')).toBeAttached()
  // refuted: only in the "Other" group of the list, tagged "Ruled out", never among active or resolved
  const refuted = page.getByText('Ruled out pneumonia', { exact: false })
  await expect(refuted).toHaveCount(1)
  await expect(
    page.locator('[aria-labelledby="conditions-other"] li', { hasText: 'Ruled out pneumonia' }),
  ).toContainText('Ruled out')
  await expect(page.locator('[aria-labelledby="conditions-active"]')).not.toContainText('pneumonia')
  await expect(page.locator('[aria-labelledby="conditions-resolved"]')).not.toContainText('pneumonia')
  // the lungs carry no status from it; it is listed under "Not placed on the body" as ruled out
  for (const lung of ['Left lung', 'Right lung']) {
    const item = page.locator('.bodymap li').filter({ has: page.getByRole('button', { name: lung, exact: true }) })
    await expect(item.locator('.organ-status')).toHaveCount(0)
  }
  await page.getByRole('button', { name: /^Not placed on the body/ }).click()
  const panel = page.locator('.organ-panel')
  await expect(panel.getByRole('heading', { name: /^Ruled out in the record/ })).toBeVisible()
  await expect(panel.locator('li', { hasText: 'Ruled out pneumonia' })).toContainText('Ruled out')
  // the same holds in clinician mode and in the print summary
  await page.getByRole('radio', { name: 'Clinician view' }).check()
  await expect(page.getByText('Entered by mistake A')).toHaveCount(0)
  await fromMenu(page, 'Print summary')
  const summary = page.getByRole('article', { name: 'Summary of the record' })
  await expect(summary).toBeVisible()
  await expect(summary).not.toContainText('pneumonia')
  await expect(summary).not.toContainText('Entered by mistake')
})
