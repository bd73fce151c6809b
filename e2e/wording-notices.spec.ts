/**
 * What an empty or partial record says on screen (docs/reliability.md G8, G9; I5): none is never "no health
 * problems", and what did not arrive complete stays named in a persistent notice.
 */
import { test, expect } from './fixtures.ts'
import { en } from '../src/i18n/en.ts'
import { es } from '../src/i18n/es.ts'

const SERVER = 'http://127.0.0.1:4173/fhir'

test('G8 a patient with no conditions reads "No conditions were shared by" the server, with its scope, never "no health problems"', async ({
  twin,
}) => {
  const { page } = twin
  // given: fhir-fixtures/edge/edge-patient-only.json, a Patient and nothing else
  await twin.goto()
  await twin.openPatient('Edge Patientonly')
  // then
  await expect(page.getByRole('heading', { name: 'Conditions (0)' })).toBeVisible()
  const empty = page.locator('.no-conditions')
  await expect(empty).toHaveText(
    `No conditions were shared by ${SERVER}. This lists only what ${SERVER} shared with this app; the full record may hold more.`,
  )
  const body = (await page.locator('body').textContent()) ?? ''
  expect(body).not.toMatch(/health problems|no problems|healthy/i)
  // in Spanish too
  await page.locator('.view-controls select').selectOption('es')
  await expect(empty).toHaveText(
    `${es['record.noConditions'].replace('{source}', SERVER)} ${es['record.noConditionsScope'].replace('{source}', SERVER)}`,
  )
  expect((await page.locator('body').textContent()) ?? '').not.toMatch(/problemas de salud|sin problemas|\bsan[oa]\b/i)
})

test('G8 conditions hidden by the timeline say none is shown at that date, not that none was shared', async ({
  twin,
}) => {
  const { page } = twin
  await twin.goto()
  await twin.openPatient('Jacob King')
  // when: the timeline at its first day (his birth), before any condition began
  const slider = page.getByRole('slider', { name: 'Show the body as of' })
  await slider.fill((await slider.getAttribute('min')) ?? '0')
  // then
  await expect(page.getByRole('heading', { name: 'Conditions (0)' })).toBeVisible()
  await expect(page.locator('.no-conditions')).toHaveText(en['record.noConditionsFiltered'])
  await expect(page.getByText('No conditions were shared', { exact: false })).toHaveCount(0)
})

test('G9 a paging loop leaves a persistent "Some information could not be loaded" notice naming what may be incomplete', async ({
  twin,
}) => {
  const { page } = twin
  // given: the Observation search answers a page whose next link is itself (a paging loop, refused by the loader)
  await page.route(/\/fhir\/Observation\?/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/fhir+json',
      body: JSON.stringify({
        resourceType: 'Bundle',
        type: 'searchset',
        link: [
          { relation: 'self', url: route.request().url() },
          { relation: 'next', url: route.request().url() },
        ],
        entry: [],
      }),
    }),
  )
  await twin.goto()
  await twin.openPatient('Jacob King')
  // then: the notice names the category and says it may be incomplete
  const notice = page.getByRole('region', { name: en['missing.heading'] })
  await expect(notice).toBeVisible()
  await expect(notice.locator('li').filter({ hasText: en['category.Observation'] })).toContainText(
    `${en['category.Observation']} ${en['missing.incomplete']}`,
  )
  // and the section says so instead of "none"
  await expect(page.getByText(en['record.noObservations'])).toHaveCount(0)
  // persistent: still there with the details open, in clinician mode and in Spanish
  await page.locator('.bodymap button[data-organ="heart"]').click()
  await expect(page.locator('.organ-panel')).toHaveCount(1)
  await page.locator('input[name="mode"][value="clinician"]').check()
  await expect(notice).toBeVisible()
  await page.locator('.view-controls select').selectOption('es')
  const noticeEs = page.getByRole('region', { name: es['missing.heading'] })
  await expect(noticeEs).toContainText(`${es['category.Observation']} ${es['missing.incomplete']}`)
})
