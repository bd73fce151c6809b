/**
 * Network faults as the user sees them (docs/reliability.md B4, B19), in Chromium, against the embedded server
 * started here with its fault switch (server/fhir/faults.ts) and the e2e build, on a free port of its own. The
 * faults themselves are tested at the server level (src/fhir/loadRecord.network.test.ts).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { faultedE2eServer } from './faultedServer.ts'
import { expect, test } from './fixtures.ts'

const server = faultedE2eServer()
const { faults } = server

test('B4 a 403 on Conditions says the record system does not allow seeing them, and the rest of the record shows', async ({
  twin,
}) => {
  // given: the Condition search is refused (403); every other search answers
  faults.set([{ resourceType: 'Condition', fault: { kind: 'status', status: 403 } }])
  // when
  await twin.page.goto(server.url)
  await twin.openPatient('Jacob King')
  // then: the notice names what was refused, in plain words, and the other records are there
  const notice = twin.page.getByRole('region', { name: 'Some information could not be loaded' })
  await expect(notice.getByRole('listitem')).toHaveText([
    'Conditions are not shown: the record system does not allow this app to see them (HTTP 403).',
  ])
  await expect(twin.page.getByRole('heading', { name: 'Immunisations (12)' })).toBeVisible()
})

test('B10 while a slow search is pending, the loading state is announced, and the record shows when it answers', async ({
  twin,
}) => {
  // given: the Condition search answers after 4 s; the other searches at once
  faults.set([{ resourceType: 'Condition', fault: { kind: 'delay', ms: 4000 } }])
  // when
  await twin.page.goto(server.url)
  await twin.page.getByRole('button', { name: 'Open the record of Jacob King' }).click()
  // then: a status line says how far the load is, while Conditions are still awaited
  const status = twin.page.getByRole('region', { name: 'Loading' }).getByRole('status')
  await expect(status).toHaveText(/^10 of 11 kinds of records received \(\d+ pages, \d+ items\)\.$/)
  await twin.waitForRecord()
  await expect(twin.page.getByRole('region', { name: 'Some information could not be loaded' })).toHaveCount(0)
})

test('B19 a cross-origin redirect from the FHIR server reaches the other origin without the Authorization header', async ({
  page,
}) => {
  // given: another origin that would accept an Authorization header, and a Condition search redirected to it
  const seen: { method: string; authorization: string | null; asks: string | null }[] = []
  const foreign: Server = createServer((req: IncomingMessage, res) => {
    seen.push({
      method: req.method ?? '',
      authorization: req.headers.authorization ?? null,
      asks: req.headers['access-control-request-headers'] ?? null,
    })
    res.writeHead(req.method === 'OPTIONS' ? 204 : 200, {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'authorization',
      'content-type': 'application/fhir+json',
    })
    res.end(req.method === 'OPTIONS' ? undefined : '{"resourceType":"Bundle","type":"searchset"}')
  })
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve))
  const location = `http://localhost:${String((foreign.address() as AddressInfo).port)}/fhir/Condition`
  faults.set([{ resourceType: 'Condition', fault: { kind: 'redirect', location } }])
  try {
    // when: the page asks its FHIR server with a bearer token, as a SMART session does
    await page.goto(server.url)
    const status = await page.evaluate(async () => {
      const response = await fetch('/fhir/Condition?patient=x', { headers: { authorization: 'Bearer secret-token' } })
      return response.status
    })
    // then: the redirected request arrived, with no Authorization and no preflight asking to send one
    expect(status).toBe(200)
    expect(seen).toEqual([{ method: 'GET', authorization: null, asks: null }])
  } finally {
    foreign.closeAllConnections()
    foreign.close()
  }
})
