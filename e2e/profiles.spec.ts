import type { Page } from '@playwright/test'
import { test, expect, type TwinPage } from './fixtures.ts'
import { E2E_PORT, PROFILE_PORTS } from '../playwright.config.ts'

/** The three Synthea patients of the acceptance (issue 13): Jacob King, Courtney Schinner, Cary O'Hara. */
const PATIENTS = {
  'Jacob King': '2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb',
  'Courtney Schinner': 'f8cb2d52-c53d-4585-8417-7a1cc1a74377',
  "Cary O'Hara": 'a29740c4-30a5-442c-b49d-df0450de7388',
} as const

/**
 * The patient-only searches each profile refuses (server/fhir/profiles/FHIR_PROFILES.ts): checked first, so a test
 * never passes against an open server left running on a profile port (reuseExistingServer).
 */
const REFUSED: Readonly<Record<keyof typeof PROFILE_PORTS, readonly string[]>> = {
  'us-core-strict': ['Observation', 'MedicationRequest'],
  'epic-like': ['Observation', 'Condition'],
  'oracle-like': ['Observation'],
}

interface TwinView {
  /** organ id -> the finding ids its details panel lists, sorted. */
  readonly organs: Record<string, string[]>
  /** The record view's headings (sections and groups with their counts). */
  readonly headings: string[]
}

/** Opens a patient from a FHIR base and reads the organ -> findings map through the body map and details panel. */
async function twinFrom(twin: TwinPage, fhirBase: string, patientId: string): Promise<TwinView> {
  const page: Page = twin.page
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await twin.goto(`?fhir=${encodeURIComponent(fhirBase)}&patient=${patientId}`)
  await twin.waitForRecord()
  const headings = await page.getByRole('region', { name: 'Record' }).locator('h3, h4').allTextContents()
  const map = page.getByRole('region', { name: 'Body map' })
  const placed = await map
    .locator('button[data-organ][aria-describedby]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-organ') ?? '', e.textContent] as const))
  const panel = page.getByRole('region', { name: 'Details', exact: true }).locator('.organ-panel')
  const organs: Record<string, string[]> = {}
  for (const [id, label] of placed) {
    await map.locator(`button[data-organ="${id}"]`).click()
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(label)
    const shown = await panel
      .locator('[data-finding]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-finding') ?? ''))
    organs[id] = [...shown].sort()
  }
  // The record is complete: no "Some information could not be loaded" notice (MissingNotice, src/panels/Notices.tsx).
  await expect(page.locator('#missing-heading')).toHaveCount(0)
  return { organs, headings }
}

for (const [name, patientId] of Object.entries(PATIENTS)) {
  test(`${name}: the same organs and findings on the open server and on every strict profile`, async ({
    twin,
    request,
  }) => {
    test.setTimeout(180_000)
    // given: each profile server is strict (refuses its patient-only searches), not an open server reused
    for (const [profile, port] of Object.entries(PROFILE_PORTS)) {
      for (const type of REFUSED[profile as keyof typeof PROFILE_PORTS]) {
        const refused = await request.get(`http://127.0.0.1:${String(port)}/fhir/${type}?patient=${patientId}`)
        expect(refused.status(), `${profile} ${type}?patient=`).toBe(400)
      }
    }
    // given: the twin from the open embedded server
    const open = await twinFrom(twin, `http://127.0.0.1:${String(E2E_PORT)}/fhir`, patientId)
    expect(Object.keys(open.organs).length).toBeGreaterThan(2)
    expect(open.headings.length).toBeGreaterThan(3)
    for (const [profile, port] of Object.entries(PROFILE_PORTS)) {
      // when: the same patient from a server playing the profile
      const strict = await twinFrom(twin, `http://127.0.0.1:${String(port)}/fhir`, patientId)
      // then: identical organ -> findings map and record headings (no type missing), no missing-data notice
      expect(strict.organs, profile).toEqual(open.organs)
      expect(strict.headings, profile).toEqual(open.headings)
    }
  })
}
