import { readFileSync } from 'node:fs'
import { test as base, expect, type Page } from '@playwright/test'

/** The Synthea bundles the record tests use, by display name. */
export const SYNTHEA = {
  'Jacob King': 'fhir-fixtures/synthea/sof__Jacob_King_77823967-9cb5-4256-86f9-5866c4b0cd47.json',
  'Courtney Schinner': 'fhir-fixtures/synthea/sof__Courtney_Schinner_7b5bea3e-de83-4c43-a89c-5078e923c3db.json',
  "Cary O'Hara": 'fhir-fixtures/synthea/sof__Cary_OHara_e39beddb-dcad-4762-a3ca-b671a92a5f2d.json',
} as const

interface RawCondition {
  resourceType: 'Condition'
  clinicalStatus?: { coding?: { code?: string }[] }
  verificationStatus?: { coding?: { code?: string }[] }
}

/**
 * Counts a bundle file's Conditions by clinical status, straight from the JSON (independent of the app's code).
 * @param path - bundle file path relative to the repo root
 */
export function conditionCounts(path: string): { active: number; resolved: number; other: number } {
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as { entry: { resource: { resourceType: string } }[] }
  const counts = { active: 0, resolved: 0, other: 0 }
  for (const { resource } of bundle.entry) {
    if (resource.resourceType !== 'Condition') continue
    const c = resource as RawCondition
    const clinical = c.clinicalStatus?.coding?.[0]?.code
    const verification = c.verificationStatus?.coding?.[0]?.code
    if (verification === 'entered-in-error' || clinical === 'entered-in-error') continue
    if (verification === 'refuted') counts.other++
    else if (clinical === 'active' || clinical === 'recurrence' || clinical === 'relapse') counts.active++
    else if (clinical === 'resolved' || clinical === 'inactive' || clinical === 'remission') counts.resolved++
    else counts.other++
  }
  return counts
}

/**
 * Chooses an action from the twin's header menu (print, share, credits, guide, another patient).
 * @param page - the page
 * @param name - the action's accessible name
 */
export async function fromMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: /^Men[uú]$/ }).click()
  await page.getByRole('button', { name, exact: true }).click()
}

/**
 * Holds back every request the page makes to `url` until the returned function is called (a signal, not a sleep).
 * @param page - the page
 * @param url - what to hold (a glob or a pattern, as page.route takes it)
 * @returns release: lets the held requests and any later ones through
 */
export async function holdRequests(page: Page, url: string | RegExp): Promise<() => void> {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(url, async (route) => {
    await held
    await route.continue()
  })
  return release
}

/** Page object for the twin app. */
export class TwinPage {
  constructor(readonly page: Page) {}

  /** Opens the app (optionally with URL parameters) and waits for the patient list or the record. */
  async goto(search = ''): Promise<void> {
    await this.page.goto(`/${search}`)
  }

  /** Opens a patient from the picker by display name and waits for the record view. */
  async openPatient(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Open the record of ${name}` }).click()
    await this.waitForRecord()
  }

  /** Waits for the record-ready signal the app sets when the record view is complete. */
  async waitForRecord(): Promise<void> {
    await this.page.waitForFunction(() => document.documentElement.dataset.recordReady !== undefined)
    await expect(this.page.getByRole('region', { name: 'Record' })).toBeVisible()
  }

  /** The condition group heading, e.g. "Active (13)". */
  groupHeading(group: 'Active' | 'Resolved' | 'Other') {
    return this.page.getByRole('heading', { level: 4, name: new RegExp(`^${group} \\(\\d+\\)$`) })
  }
}

/** The first-run guide's localStorage key (src/panels/layout/FirstRunGuide.tsx). */
export const GUIDE_KEY = 'twin.guideSeen'

export const test = base.extend<{ twin: TwinPage }>({
  // Every page starts as a returning visitor (guide dismissed), so the guide never covers what a test clicks;
  // e2e/layout.spec.ts opens fresh contexts to test the guide itself.
  page: async ({ page }, use) => {
    await page.addInitScript((key) => {
      window.localStorage.setItem(key, '1')
    }, GUIDE_KEY)
    await use(page)
  },
  twin: async ({ page }, use) => {
    // Fail on any request that leaves the machine: the app talks only to its own origin and the FHIR server.
    page.on('request', (request) => {
      const host = new URL(request.url()).hostname
      if (!['127.0.0.1', 'localhost'].includes(host) && !request.url().startsWith('data:')) {
        throw new Error(`Unexpected request to a third-party host: ${host}`)
      }
    })
    await use(new TwinPage(page))
  },
})

export { expect }
