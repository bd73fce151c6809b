/**
 * Limits as the user sees them (docs/reliability.md B15, B17, C21), in Chromium: a file over the size limit, and
 * the embedded server started here with its fault switch (server/fhir/faults.ts) and the e2e build for a paging
 * loop and an STU3 server. The limits themselves are tested at the server level (src/fhir/limits.network.test.ts).
 */
import { writeFileSync } from 'node:fs'
import { faultedE2eServer } from './faultedServer.ts'
import { expect, test } from './fixtures.ts'

const server = faultedE2eServer()
const { faults } = server

test('B17 a file over 50 MB is refused by its size, with a named reason', async ({ twin }, testInfo) => {
  // given: a 51 MB file (its content is never read)
  const path = testInfo.outputPath('huge.json')
  writeFileSync(path, Buffer.alloc(51 * 1024 * 1024, 0x20))
  // when
  await twin.page.goto(server.url)
  await twin.page.getByLabel('FHIR Bundle file (.json)').setInputFiles(path)
  // then
  await expect(twin.page.getByRole('alert')).toContainText('This file is larger than 50 MB and was not opened.')
})

test('B15 a Condition search whose next link names itself shows the record and says Conditions may be incomplete', async ({
  twin,
}) => {
  // given: the Condition search's next link points back to the request itself
  faults.set([{ resourceType: 'Condition', fault: { kind: 'next-loop' } }])
  // when
  await twin.page.goto(server.url)
  await twin.openPatient('Jacob King')
  // then
  const notice = twin.page.getByRole('region', { name: 'Some information could not be loaded' })
  await expect(notice.getByRole('listitem')).toHaveText([
    'Conditions may be incomplete (the server linked back to a page already read).',
  ])
  await expect(twin.page.getByRole('heading', { name: 'Immunisations (12)' })).toBeVisible()
})

test('C21 a server that declares FHIR DSTU2 is refused before any record is searched', async ({ twin }) => {
  // given: the CapabilityStatement says 1.0.2
  const statement = (await (await fetch(`${server.fhirBaseUrl}/metadata`)).json()) as Record<string, unknown>
  const body = JSON.stringify({ ...statement, fhirVersion: '1.0.2' })
  faults.set([
    { resourceType: 'metadata', fault: { kind: 'content-type', contentType: 'application/fhir+json', body } },
  ])
  // when
  await twin.page.goto(server.url)
  await twin.page.getByRole('button', { name: 'Open the record of Jacob King' }).click()
  // then
  await expect(twin.page.getByRole('alert')).toContainText('The record system uses FHIR DSTU2 (1.0.2).')
  expect(faults.log.filter((e) => e.path.startsWith('Condition'))).toEqual([])
})
