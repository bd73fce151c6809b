import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './fixtures.ts'

// The body's markings (issue 11, Build point 3): a history of amputation is drawn as removed, a finding on a paired
// organ without a side is striped on both sides. e2e/files/markings-bundle.json is written by the project for this
// test: a Patient, "History of lower limb amputation" (SNOMED 161622006) with the body-site qualifier "Left"
// (7771000), and "Osteoarthritis of knee" (239873007) with no side. An amputation with no side is not drawn as
// removed on both sides (src/twin/selectors.test.ts covers it).

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

test('a removed part is drawn as removed and a finding without a side is striped on both sides', async ({ twin }) => {
  test.setTimeout(120_000)
  const { page } = twin
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await twin.goto()
  await page.getByLabel('FHIR Bundle file (.json)').setInputFiles('e2e/files/markings-bundle.json')
  await twin.waitForRecord()
  await page.waitForFunction(() => window.__twin?.ready === true)

  // the 3D body, read from the drawn scene graph: the left lower leg and foot (the table's places for a lower limb
  // amputation, narrowed to the recorded side) are faint ghosts under a wire outline, the knees keep their status
  // colour under stripes
  const markings = await page.evaluate(() => window.__twin?.markings() ?? [])
  const removed = { marking: 'removed', visible: true, colour: '#8a94a3', opacity: 0.12 }
  expect(markings).toEqual([
    { id: 'foot_left', ...removed },
    { id: 'knee_left', marking: 'side-not-recorded', visible: true, colour: '#0072b2', opacity: 1 },
    { id: 'knee_right', marking: 'side-not-recorded', visible: true, colour: '#0072b2', opacity: 1 },
    { id: 'leg_left', ...removed },
  ])

  // the legend has a line for each marking, with its swatch
  const legend = page.getByRole('region', { name: 'Legend' })
  await expect(legend.getByRole('listitem')).toHaveText([
    'Active condition (4 places)',
    'Side not recorded (both sides striped)',
    'Recorded as removed (drawn faint)',
  ])
  await expect(legend.locator('svg[data-marking]')).toHaveCount(2)

  // the body map says it in words
  const bodyMap = page.getByRole('region', { name: 'Body map' })
  const row = (organ: string) => bodyMap.getByRole('button', { name: organ, exact: true })
  // each description ends with how many items the panel lists there (Chromium joins the hidden count with a space)
  await expect(row('Left lower leg and ankle')).toHaveAccessibleDescription(
    /^recorded as removed ?, 1 item recorded here$/,
  )
  await expect(row('Right lower leg and ankle')).toHaveAccessibleDescription('')
  await expect(row('Left foot')).toHaveAccessibleDescription(/^recorded as removed ?, 1 item recorded here$/)
  await expect(row('Left knee')).toHaveAccessibleDescription(
    /^active condition, side not recorded ?, 1 item recorded here$/,
  )
  await expect(row('Right knee')).toHaveAccessibleDescription(
    /^active condition, side not recorded ?, 1 item recorded here$/,
  )

  // and so does the description of the 3D body
  await expect(page.locator('#scene-description')).toContainText(
    'Recorded as removed, drawn faint: Left lower leg and ankle and Left foot. ' +
      'Side not recorded, both sides striped: Left knee and Right knee.',
  )

  // the organ panel of a removed part lists the finding that records it
  await row('Left lower leg and ankle').click()
  const panel = page.getByRole('region', { name: 'Details', exact: true }).locator('.organ-panel')
  await expect(panel.getByText('History of lower limb amputation', { exact: true })).toBeVisible()

  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  expect(axe.violations).toEqual([])
})
