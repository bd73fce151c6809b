/**
 * The embedded server is safe to leave running (issue 14 point 8; docs/reliability.md S1 and S2): a page on another
 * origin, in real Chromium, can neither read the FHIR API nor write to it. The "other origin" is one of the profile
 * servers (playwright.config.ts PROFILE_PORTS), a real page on 127.0.0.1 with a different port.
 */
import { test, expect } from '@playwright/test'
import { E2E_PORT, PROFILE_PORTS } from '../playwright.config.ts'

const TARGET = `http://127.0.0.1:${String(E2E_PORT)}/fhir`
const FOREIGN_PAGE = `http://127.0.0.1:${String(PROFILE_PORTS['us-core-strict'])}/fhir/metadata`

const patientTotal = async (): Promise<number> => {
  const response = await fetch(`${TARGET}/Patient?_summary=count`)
  return ((await response.json()) as { total: number }).total
}

test('S1 a page on another origin cannot read any patient from the embedded server', async ({ page }) => {
  await page.goto(FOREIGN_PAGE)
  const result = await page.evaluate(async (url) => {
    try {
      const response = await fetch(`${url}/Patient`)
      return `read ${String(response.status)}`
    } catch (error) {
      return error instanceof TypeError ? 'blocked' : 'other error'
    }
  }, TARGET)
  expect(result).toBe('blocked')
})

test('S2 a page on another origin cannot create a patient: no-cors and CORS writes are both refused', async ({
  page,
}) => {
  const before = await patientTotal()
  await page.goto(FOREIGN_PAGE)
  const outcomes = await page.evaluate(async (url) => {
    const body = JSON.stringify({ resourceType: 'Patient', name: [{ family: 'Injected' }] })
    // A "simple" request: no preflight, the browser sends it and hides the answer.
    const simple = await fetch(`${url}/Patient`, {
      method: 'POST',
      mode: 'no-cors',
      body,
      headers: { 'Content-Type': 'text/plain' },
    })
    let cors = 'sent'
    try {
      await fetch(`${url}/Patient`, { method: 'POST', body, headers: { 'Content-Type': 'application/fhir+json' } })
    } catch (error) {
      cors = error instanceof TypeError ? 'blocked' : 'other error'
    }
    return { simple: simple.type, cors }
  }, TARGET)
  expect(outcomes).toEqual({ simple: 'opaque', cors: 'blocked' })
  expect(await patientTotal()).toBe(before)
  const injected = await fetch(`${TARGET}/Patient?family=Injected`)
  expect(((await injected.json()) as { total?: number; entry?: unknown[] }).entry ?? []).toEqual([])
})
