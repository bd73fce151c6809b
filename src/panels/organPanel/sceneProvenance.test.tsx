// @vitest-environment jsdom
/**
 * D8 (docs/reliability.md): every object the 3D body paints (each organ or region with a legend status: findings,
 * procedures, recorded risk factors, family history) leads through the details panel to the resources behind it:
 * for clinicians each item shows its record id, its recorded date and its status, over whole fixtures.
 */
import { readFileSync } from 'node:fs'
import type { Resource } from '@medplum/fhirtypes'
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { formatClinicalTime } from '../../i18n/format.ts'
import { buildTwin } from '../../twin/buildTwin.ts'
import { paintingPlacements, placeStatuses } from '../../twin/selectors.ts'
import { TwinContext } from '../../twin/TwinContext.tsx'
import { createTwinStore } from '../../twin/twinStore.ts'
import type { Twin } from '../../twin/twin.ts'
import type { PlaceId } from '../../anatomy/types.ts'
import { OrganPanel } from './OrganPanel.tsx'

afterEach(cleanup)

const FIXTURES = [
  'edge/edge-statuses.json',
  'edge/edge-codes.json',
  'edge/edge-family-history.json',
  'edge/edge-risk-factors.json',
  'synthea/sof__Darron_Feeney_ff447d4a-3e5c-4e90-9854-a66a1d0bdfac.json',
] as const

function twinOf(file: string): Twin {
  const bundle = JSON.parse(readFileSync(`fhir-fixtures/${file}`, 'utf8')) as { entry?: { resource?: Resource }[] }
  const resources = (bundle.entry ?? []).flatMap((e) => (e.resource === undefined ? [] : [e.resource]))
  return buildTwin(resources, { asOf: '2026-01-01T00:00:00Z' })
}

/** What the panel of one painted place must lead to: the placed findings' events, risk-factor values, relatives. */
function expectedAt(twin: Twin, place: PlaceId) {
  const filters = { activeOnly: false, showLifeAndContext: true, category: 'all' } as const
  const findings = paintingPlacements(twin, null, filters).filter((p) => p.placement.places.includes(place))
  const factors = twin.map.riskFactors.filter((f) => !f.context && f.places.includes(place) && f.series.length > 0)
  const family = twin.map.familyHistory.filter((f) => f.places.includes(place))
  return { findings: findings.map((f) => f.placement), factors, family }
}

function panelOf(twin: Twin, place: PlaceId): HTMLElement {
  const store = createTwinStore({ kind: 'file', fileName: 'f.json' })
  const generation = store.getState().startLoading(null, { kind: 'file', fileName: 'f.json' })
  store.getState().recordLoaded(generation, twin, [], [])
  store.getState().setMode('clinician')
  return render(
    <TwinContext value={store}>
      <OrganPanel target={place} onClose={() => undefined} />
    </TwinContext>,
  ).container
}

describe('D8 provenance of every scene object', () => {
  it('D8 every painted organ and region lists each item behind its colour with its record id, date and status', () => {
    let checked = 0
    for (const file of FIXTURES) {
      const twin = twinOf(file)
      const statuses = placeStatuses(twin, null, { activeOnly: false, showLifeAndContext: true, category: 'all' })
      expect(statuses.size, file).toBeGreaterThan(0)
      for (const place of statuses.keys()) {
        const { findings, factors, family } = expectedAt(twin, place)
        // a painted place always has something behind it
        expect(findings.length + factors.length + family.length, `${file} ${place}`).toBeGreaterThan(0)
        const panel = panelOf(twin, place)
        for (const p of findings) {
          const li = panel.querySelector(`[data-finding="${p.id}"]`)
          const at = `${file} ${place} ${p.id}`
          expect(li, at).not.toBeNull()
          const dd = [...(li?.querySelectorAll('dl.source > dd') ?? [])].map((d) => d.textContent)
          expect(dd[0], at).toBe(p.source.reference)
          const event = twin.eventsById.get(p.id)
          expect(dd[2], at).toBe(event ? formatClinicalTime(event.time, 'en') : 'Date not recorded')
          expect(li?.querySelector('.event-meta')?.textContent ?? '', at).not.toBe('')
          checked += 1
        }
        for (const f of factors) {
          const li = panel.querySelector(`[data-risk-factor="${f.factor}"]`)
          expect(li?.querySelector('dl.value-source code')?.textContent, `${file} ${place} ${f.factor}`).toBe(
            f.series.at(-1)?.observationId,
          )
          expect(li?.querySelector('.event-meta')?.textContent, `${file} ${place} ${f.factor}`).toMatch(/^Latest: /)
          checked += 1
        }
        for (const item of family) {
          const li = panel.querySelector(`[data-finding="${item.id}"]`)
          expect(li?.querySelector('dl.source code')?.textContent, `${file} ${place} ${item.id}`).toBe(
            item.source.reference,
          )
          checked += 1
        }
        cleanup()
      }
    }
    // 71: the edge migraine with a modifierExtension is listed, never placed (C31)
    expect(checked).toBe(71)
  })
})
