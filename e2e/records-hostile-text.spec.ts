import { test, expect } from './fixtures.ts'

// C28 (docs/reliability.md): 1 MB strings, a U+202E bidi override, zero-width characters, emoji, lone surrogates and
// NUL in a record's text: cut with the full text on demand, bidi isolated, the layout intact, sensible text for
// screen readers. The bundle is built here and opened as a file (nothing is sent anywhere).

const MB = 1024 * 1024
const HUGE = `Asthma${'x'.repeat(MB - 6)}`
const TEXTS = {
  huge: HUGE,
  bidi: 'Gout \u202Efdp.exe\u202C after',
  nul: 'Eczema\u0000 with a NUL',
  surrogate: 'Migraine \uD83D alone',
  emoji: 'Hay fever 🤧\u200B\u200D👩‍⚕️',
} as const

/** False for a string with a lone surrogate (encodeURIComponent refuses one). */
function wellFormed(text: string): boolean {
  try {
    encodeURIComponent(text)
    return true
  } catch {
    return false
  }
}

function bundle(): string {
  const entry: unknown[] = [
    { resource: { resourceType: 'Patient', id: 'h1', name: [{ text: '\u202Eeman\u202C Patient' }] } },
  ]
  for (const [id, text] of Object.entries(TEXTS)) {
    entry.push({
      resource: {
        resourceType: 'Condition',
        id,
        subject: { reference: 'Patient/h1' },
        clinicalStatus: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
        },
        code: { text },
      },
    })
  }
  // JSON.stringify writes a lone surrogate as \ud83d, so the file itself stays valid UTF-8.
  return JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry })
}

test('C28 hostile strings are cut, isolated and readable, and the layout stays intact', async ({ twin }) => {
  const { page } = twin
  await twin.goto()
  await page.getByLabel('FHIR Bundle file (.json)').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bundle()),
  })
  await twin.waitForRecord()
  const row = (id: string) => page.locator(`[data-reference="Condition/${id}"]`)
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  // cut at 2000 characters, the full text on demand, and no horizontal scroll either way
  const huge = row('huge').locator('.event-text bdi.recorded')
  await expect(huge).toHaveText(`${HUGE.slice(0, 2000)}…`)
  expect(await overflow()).toBe(0)
  const toggle = row('huge').getByRole('button', { name: `Show the whole text (${String(MB)} characters)` })
  await toggle.click()
  await expect(row('huge').getByRole('button', { name: 'Show less of this text' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  expect(await huge.evaluate((el) => el.textContent.length)).toBe(MB)
  expect(await overflow()).toBe(0)
  const recordBox = await page.getByRole('region', { name: 'Record' }).boundingBox()
  const hugeBox = await huge.boundingBox()
  expect(hugeBox !== null && recordBox !== null && hugeBox.width <= recordBox.width).toBe(true)
  // bidi isolated: the override stays inside its <bdi>, whose direction is isolated from the row around it
  const bidi = row('bidi').locator('.event-text bdi.recorded')
  await expect(bidi).toHaveText(TEXTS.bidi)
  expect(await bidi.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate')
  await expect(page.getByRole('region', { name: 'Patient' }).locator('bdi.recorded')).toHaveText(
    '\u202Eeman\u202C Patient',
  )
  // NUL and a lone surrogate read as U+FFFD; emoji and zero-width characters as recorded
  await expect(row('nul').locator('.event-text bdi')).toHaveText('Eczema\uFFFD with a NUL')
  await expect(row('surrogate').locator('.event-text bdi')).toHaveText('Migraine \uFFFD alone')
  await expect(row('emoji').locator('.event-text bdi')).toHaveText(TEXTS.emoji)
  // what a screen reader reads: the row's accessible text holds no NUL and no lone surrogate
  const names = await page.locator('.record li.event').evaluateAll((items) => items.map((li) => li.textContent))
  expect(names.filter((n) => n.includes('\u0000') || !wellFormed(n))).toEqual([])
})
