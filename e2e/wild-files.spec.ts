import { test, expect } from './fixtures.ts'

// Bundles from the wild (issue 13 item 5): fhir-fixtures/wild/README.md says what each file holds.

test('an R5 bundle opens as a twin and names what was adapted and what was refused', async ({ twin }) => {
  await twin.goto()
  await twin.page.getByLabel('FHIR Bundle file (.json)').setInputFiles('fhir-fixtures/wild/wild-r5.json')
  await twin.waitForRecord()
  await expect(twin.page.getByRole('region', { name: 'Patient' }).getByRole('heading')).toHaveText('Wild Rfive')
  await expect(twin.groupHeading('Active')).toHaveText('Active (1)')
  const notice = twin.page.getByRole('region', { name: 'Some information could not be loaded' })
  await expect(notice).toContainText(
    '1 record (MedicationRequest) uses the FHIR R5 medication form with no medication in it, so it was not shown.',
  )
  await expect(notice).toContainText('This file is marked as FHIR R5 (5.0.0)')
})

test('a DSTU2 bundle is refused with a named reason', async ({ twin }) => {
  await twin.goto()
  await twin.page.getByLabel('FHIR Bundle file (.json)').setInputFiles('fhir-fixtures/wild/wild-dstu2.json')
  await expect(twin.page.getByRole('alert')).toContainText(
    'This file is marked as FHIR DSTU2 (1.0). This app reads FHIR R4 (and adapts STU3, R4B and R5 records), so the file was not opened.',
  )
})
