import AxeBuilder from '@axe-core/playwright'
import { test, expect, conditionCounts, SYNTHEA } from './fixtures.ts'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

for (const [name, file] of Object.entries(SYNTHEA)) {
  test(`picking ${name} shows exactly the active and resolved conditions of the bundle file`, async ({ twin }) => {
    // given: counts computed straight from the fixture file
    const expected = conditionCounts(file)
    // when
    await twin.goto()
    await twin.openPatient(name)
    // then
    await expect(twin.page.getByRole('region', { name: 'Patient' }).getByRole('heading', { name })).toBeVisible()
    await expect(twin.groupHeading('Active')).toHaveText(`Active (${String(expected.active)})`)
    await expect(twin.groupHeading('Resolved')).toHaveText(`Resolved (${String(expected.resolved)})`)
    await expect(twin.groupHeading('Other')).toHaveText(`Other (${String(expected.other)})`)
    await expect(twin.page.locator('[aria-labelledby="conditions-active"] li')).toHaveCount(expected.active)
  })
}

test('the picker and the record view have no axe violations', async ({ twin }) => {
  await twin.goto()
  await expect(twin.page.getByRole('button', { name: 'Open the record of Jacob King' })).toBeVisible()
  const picker = await new AxeBuilder({ page: twin.page }).withTags(AXE_TAGS).analyze()
  expect(picker.violations).toEqual([])
  await twin.openPatient('Jacob King')
  const record = await new AxeBuilder({ page: twin.page }).withTags(AXE_TAGS).analyze()
  expect(record.violations).toEqual([])
})

test('the picker works by keyboard alone', async ({ twin }) => {
  await twin.goto()
  const open = twin.page.getByRole('button', { name: "Open the record of Cary O'Hara" })
  await expect(open).toBeVisible()
  await open.focus()
  await twin.page.keyboard.press('Enter')
  await twin.waitForRecord()
  // The menu opens by keyboard and "Choose another patient" is its last action.
  const menu = twin.page.getByRole('button', { name: 'Menu', exact: true })
  await menu.focus()
  await twin.page.keyboard.press('Enter')
  const back = twin.page.getByRole('button', { name: 'Choose another patient' })
  await back.focus()
  await twin.page.keyboard.press('Enter')
  await expect(twin.page.getByRole('heading', { name: 'Choose a patient' })).toBeVisible()
})

test('one record type failing shows the rest with a notice naming what is missing', async ({ twin }) => {
  // given: the Immunization search answers 500 with an OperationOutcome (fault injected at the network edge)
  await twin.page.route(/\/fhir\/Immunization\?/, (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/fhir+json',
      body: JSON.stringify({
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'exception', details: { text: 'Immunization store offline' } }],
      }),
    }),
  )
  // when
  await twin.goto()
  await twin.openPatient('Jacob King')
  // then: conditions are there, the notice names immunisations, and the section says so instead of "none"
  const expected = conditionCounts(SYNTHEA['Jacob King'])
  await expect(twin.groupHeading('Active')).toHaveText(`Active (${String(expected.active)})`)
  const notice = twin.page.getByRole('region', { name: 'Some information could not be loaded' })
  await expect(notice).toContainText('Immunisations could not be loaded')
  await expect(notice).toContainText('HTTP 500')
  await expect(notice).toContainText('Immunization store offline')
  await expect(twin.page.getByRole('heading', { name: 'Immunisations (0)' })).toBeVisible()
  await expect(twin.page.getByText('No immunisations were shared.')).toHaveCount(0)
})

test('a server that is down gives a clear error with a retry that recovers', async ({ twin }) => {
  // given: every FHIR request is refused at the network level
  await twin.page.route(/\/fhir\//, (route) => route.abort('connectionrefused'))
  // when
  await twin.goto()
  // then
  const alert = twin.page.getByRole('alert')
  await expect(alert).toContainText('The record system could not be reached')
  // when the server is back, Try again loads the list
  await twin.page.unroute(/\/fhir\//)
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(twin.page.getByRole('button', { name: 'Open the record of Jacob King' })).toBeVisible()
})

test('a patient link to a server that is not running shows a clear error with retry', async ({ twin }) => {
  await twin.goto('?fhir=http://127.0.0.1:9/fhir&patient=nobody')
  const alert = twin.page.getByRole('alert')
  await expect(alert).toContainText('The record system could not be reached. Check the connection and try again.')
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible()
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(twin.page.getByRole('alert')).toContainText('could not be reached')
})

test('?fhir=&patient= opens a patient directly', async ({ twin }) => {
  await twin.goto('?fhir=http://127.0.0.1:4173/fhir&patient=a29740c4-30a5-442c-b49d-df0450de7388')
  await twin.waitForRecord()
  const expected = conditionCounts(SYNTHEA["Cary O'Hara"])
  await expect(twin.groupHeading('Resolved')).toHaveText(`Resolved (${String(expected.resolved)})`)
})

test('opening a bundle file shows its record without a server', async ({ twin }) => {
  await twin.goto()
  await twin.page.getByLabel('FHIR Bundle file (.json)').setInputFiles(SYNTHEA['Courtney Schinner'])
  await twin.waitForRecord()
  const expected = conditionCounts(SYNTHEA['Courtney Schinner'])
  await expect(twin.groupHeading('Active')).toHaveText(`Active (${String(expected.active)})`)
  await expect(twin.groupHeading('Resolved')).toHaveText(`Resolved (${String(expected.resolved)})`)
  // the twin's header says where the record came from: the file (D9)
  await expect(twin.page.locator('.twin-as-of')).toContainText('sof__Courtney_Schinner')
})

test('an IPS document dropped on the page is shown', async ({ twin }) => {
  await twin.goto()
  const text = (await import('node:fs')).readFileSync('e2e/files/ips-example-bundle-01.json', 'utf8')
  const dataTransfer = await twin.page.evaluateHandle((content) => {
    const dt = new DataTransfer()
    dt.items.add(new File([content], 'ips.json', { type: 'application/json' }))
    return dt
  }, text)
  await twin.page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer })
  await twin.waitForRecord()
  await expect(twin.page.getByRole('region', { name: 'Patient' }).getByRole('heading')).toHaveText('Martha DeLarosa')
  await expect(twin.groupHeading('Active')).toHaveText('Active (1)')
  await expect(twin.groupHeading('Resolved')).toHaveText('Resolved (1)')
  await expect(twin.page.getByText('Malignant tumor of breast')).toBeVisible()
})

test('a file that is not FHIR gives a clear message', async ({ twin }) => {
  await twin.goto()
  await twin.page.getByLabel('FHIR Bundle file (.json)').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  })
  await expect(twin.page.getByRole('alert')).toContainText('This file is JSON but not a FHIR resource or Bundle.')
})
