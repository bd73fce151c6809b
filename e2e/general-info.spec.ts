/**
 * General information on demand (issue 12 point 4): the organ panel lists "General information about <topic>"
 * collapsed; the MedlinePlus text ships with the app in its own chunk, fetched from the app's origin only when a
 * person opens a topic; the only link that leaves the origin is the source link (the fixture fails on any request
 * to another host).
 */
import AxeBuilder from '@axe-core/playwright'
import { test, expect } from './fixtures.ts'

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

test('general information opens on click only, from the app origin, set apart and with its source', async ({
  twin,
}) => {
  test.setTimeout(120_000)
  const { page } = twin
  const topicChunks: string[] = []
  page.on('request', (request) => {
    if (/\/assets\/[a-z]-[\w-]+\.js$/.test(request.url())) topicChunks.push(request.url())
  })
  await twin.goto()
  await page.getByRole('button', { name: 'Open the record of Jacob King' }).click()
  await page.waitForFunction(() => document.documentElement.dataset.recordReady !== undefined)
  await page.waitForFunction(() => window.__twin?.ready === true)
  await page.getByRole('region', { name: 'Body map' }).getByRole('button', { name: 'Heart', exact: true }).click()
  const info = page.locator('.organ-panel [data-general-info]')
  const first = info.locator('details').first()
  await expect(first.locator('summary')).toHaveText(/^General information about \S/)
  // before the click: set apart already (the notice heads the group), collapsed, no summary text, no chunk fetched
  await expect(
    info.getByText('General health information from MedlinePlus. It is not about your record.'),
  ).toBeVisible()
  expect(await first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
  await expect(first.locator('.general-info-text')).toHaveCount(0)
  expect(topicChunks).toEqual([])
  // when
  await first.locator('summary').click()
  // then
  await expect(first.locator('.general-info-text')).toBeVisible()
  await expect(first.locator('.general-info-source')).toContainText('Source: MedlinePlus, National Library of Medicine')
  const link = first.getByRole('link')
  await expect(link).toHaveAttribute('href', /^https:\/\/medlineplus\.gov\/[a-z0-9]+\.html$/)
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(link).toHaveAttribute('target', '_blank')
  expect(topicChunks.length).toBe(1)
  expect(new URL(topicChunks[0] ?? '').origin).toBe(new URL(page.url()).origin)
  const axe = await new AxeBuilder({ page }).include('.organ-panel').withTags(AXE_TAGS).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
})
