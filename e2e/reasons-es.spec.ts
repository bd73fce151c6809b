/**
 * "Why here?" reads in the reader's language: in Spanish mode the reason under a finding is the Spanish sentence
 * that src/i18n/reasonText.ts makes of the mapping's reason data (issue 10: reasons show in Spanish in Spanish mode).
 */
import type { Resource } from '@medplum/fhirtypes'
import { test, expect, SYNTHEA } from './fixtures.ts'
import { readBundle, resourcesOf } from '../tests/fixtures/testBundles.ts'
import { mapRecord } from '../src/anatomy/mapRecord.ts'
import { reasonText } from '../src/i18n/reasonText.ts'
import { normaliseRecord } from '../src/timeline/normaliseRecord.ts'

/** The Atrial Fibrillation placement of Jacob King, mapped here with the app's own pure functions. */
function atrialFibrillation() {
  const resources: Resource[] = resourcesOf(readBundle(SYNTHEA['Jacob King'].replace(/^fhir-fixtures\//, '')))
  const map = mapRecord(normaliseRecord(resources, { asOf: '2026-01-01T00:00:00Z' }))
  const placement = map.placements.find((p) => p.text === 'Atrial Fibrillation' && p.places.includes('heart'))
  if (placement === undefined) throw new Error('no Atrial Fibrillation placement at the heart')
  return placement
}

test('in Spanish mode, "why here?" gives the reason in Spanish', async ({ twin }) => {
  test.setTimeout(120_000)
  const { page } = twin
  // given: the reason the mapping gives for Atrial Fibrillation at the heart, worded in Spanish
  const placement = atrialFibrillation()
  const spanish = reasonText(placement.rule.reason, 'es')
  expect(spanish).toContain('porque el historial lo codifica como SNOMED CT 49436004')
  // when: Jacob King's heart is opened, the language switched to Spanish and "why here?" unfolded
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await twin.goto()
  await twin.openPatient('Jacob King')
  await page.getByRole('region', { name: 'Body map' }).getByRole('button', { name: 'Heart', exact: true }).click()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es')
  const panel = page.locator('.organ-panel')
  await expect(panel.getByRole('heading', { level: 3 })).toHaveText('Corazón')
  const finding = panel.locator(`[data-finding="${placement.id}"]`)
  await finding.getByText('Origen · ¿Por qué aquí?').click()
  // then: the reason is the Spanish sentence, and no English reason is left
  const reason = finding.locator('dd .muted').first()
  await expect(reason).toHaveText(spanish)
  await expect(reason).toContainText(
    'Se muestra en el corazón porque el historial lo codifica como SNOMED CT 49436004.',
  )
  await expect(finding).not.toContainText('Shown at')
  await expect(finding).not.toContainText('because the record')
})
