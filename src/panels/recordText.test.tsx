// @vitest-environment jsdom
/** What the record view and panels show for odd record values (docs/reliability.md C14, C15, C23, C28, C30, C31). */
import { afterEach, describe, expect, it } from 'vitest'
import type { Condition, Observation, Resource } from '@medplum/fhirtypes'
import { act, cleanup, fireEvent, render, within } from '@testing-library/react'
import { TwinContext } from '../twin/TwinContext.tsx'
import type { TwinStore } from '../twin/twinStore.ts'
import { loadedStore } from '../../tests/fixtures/loadedStore.ts'
import { RecordView } from './RecordView.tsx'
import { OrganPanel } from './organPanel/OrganPanel.tsx'
import { cutAt, displayable, RECORD_TEXT_LIMIT } from './RecordText.tsx'

const PATIENT: Resource = { resourceType: 'Patient', id: 'p1' }

function storeOf(resources: Resource[]): TwinStore {
  return loadedStore([PATIENT, ...resources])
}

function condition(id: string, text: string, extra: Partial<Condition>): Condition {
  return {
    resourceType: 'Condition',
    id,
    subject: { reference: 'Patient/p1' },
    code: { text },
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    ...extra,
  }
}

/** Each condition's meta line (time and status words) by its resource reference. */
function metaLines(store: TwinStore): Record<string, string> {
  const { container } = render(
    <TwinContext value={store}>
      <RecordView />
    </TwinContext>,
  )
  const out: Record<string, string> = {}
  for (const li of container.querySelectorAll('li[data-reference^="Condition/"]')) {
    out[li.getAttribute('data-reference') ?? ''] = li.querySelector('.event-meta')?.textContent ?? ''
  }
  return out
}

afterEach(cleanup)

describe('odd dates (C23)', () => {
  it('C23 an impossible, a year-0000, a future and a zone-less date show as recorded with "unusual date"', () => {
    const store = storeOf([
      condition('feb30', 'Asthma', { onsetDateTime: '2019-02-30' }),
      condition('year0', 'Eczema', { onsetDateTime: '0000' }),
      condition('future', 'Migraine', { onsetDateTime: '2031-05-04' }),
      condition('nozone', 'Gout', { onsetDateTime: '2019-05-03T10:00:00' }),
      condition('normal', 'Hay fever', { onsetDateTime: '2025-12-31' }),
    ])
    expect(metaLines(store)).toEqual({
      'Condition/feb30': 'Recorded as active since 2019-02-30 (unusual date); the record has no end date.',
      'Condition/year0': 'Recorded as active since 0000 (unusual date); the record has no end date.',
      'Condition/future': 'Recorded as active since 2031-05-04 (unusual date); the record has no end date.',
      'Condition/nozone': 'Recorded as active since 2019-05-03T10:00:00 (unusual date); the record has no end date.',
      'Condition/normal': 'Recorded as active since 31 December 2025; the record has no end date.',
    })
    const text = document.body.textContent
    expect(text).not.toMatch(/Invalid Date|NaN/)
  })
})

describe('numbers as received (C30)', () => {
  it('C30 the clinician view shows a measurement exactly as received; the patient view never shows 309 digits', () => {
    const observation = (id: string, value: number): Observation => ({
      resourceType: 'Observation',
      id,
      status: 'final',
      subject: { reference: 'Patient/p1' },
      code: { text: `Test ${id}` },
      effectiveDateTime: '2020-01-01',
      valueQuantity: { value, unit: 'mg' },
    })
    const store = storeOf([observation('a', 0.12345678901234568), observation('b', 1e308), observation('c', -0)])
    const { container } = render(
      <TwinContext value={store}>
        <RecordView />
      </TwinContext>,
    )
    const line = (id: string) =>
      container.querySelector(`li[data-reference="Observation/${id}"] .event-meta`)?.textContent ?? ''
    expect([line('a'), line('b'), line('c')]).toEqual([
      'Latest: 0.12 mg (1 January 2020)',
      'Latest: 1 × 10³⁰⁸ mg (1 January 2020)',
      'Latest: -0 mg (1 January 2020)',
    ])
    act(() => {
      store.getState().setMode('clinician')
    })
    expect([line('a'), line('b'), line('c')]).toEqual([
      'Latest: 0.12345678901234568 mg (1 January 2020)',
      'Latest: 1 × 10³⁰⁸ mg (1 January 2020)',
      'Latest: -0 mg (1 January 2020)',
    ])
  })
})

describe('what the app cannot read (C31) and codings that disagree (C14)', () => {
  it('C31 C14 the not-placed list says why: a modifierExtension the app cannot read; codes that disagree', () => {
    const store = storeOf([
      condition('mod', 'Migraine', {
        code: {
          coding: [{ system: 'http://snomed.info/sct', code: '37796009', display: 'Migraine' }],
          text: 'Migraine',
        },
        modifierExtension: [{ url: 'http://example.org/fhir/StructureDefinition/not-really', valueBoolean: true }],
      }),
      condition('split', 'Chest problem', {
        code: {
          coding: [
            { system: 'http://snomed.info/sct', code: '22298006', display: 'Myocardial infarction' },
            { system: 'http://snomed.info/sct', code: '195967001', display: 'Asthma' },
          ],
          text: 'Chest problem',
        },
      }),
    ])
    const { container } = render(
      <TwinContext value={store}>
        <OrganPanel target="unplaced" onClose={() => undefined} />
      </TwinContext>,
    )
    const item = (name: string) => [...container.querySelectorAll('li')].find((li) => li.textContent.includes(name))
    expect(item('Migraine')?.textContent).toContain(
      'Not placed on the body: the record contains information this app cannot read (a modifier extension, which may change its meaning).',
    )
    expect(item('Chest problem')?.textContent).toContain(
      'Not placed on the body: its codes point to different parts of the body, so the app shows it at neither. The codes are listed with it.',
    )
  })
})

describe('a display that disagrees with its code (C15)', () => {
  it("C15 the record's text is shown, the details give code, system and display, and the code alone places it", () => {
    const store = storeOf([
      condition('d', 'Asthma', {
        code: {
          coding: [{ system: 'http://snomed.info/sct', code: '195967001', display: 'Fracture of femur' }],
          text: 'Asthma',
        },
      }),
    ])
    store.getState().setMode('clinician')
    const { container } = render(
      <TwinContext value={store}>
        <OrganPanel target="lung_left" onClose={() => undefined} />
      </TwinContext>,
    )
    const li = container.querySelector('[data-finding="Condition/d"]')
    expect(li?.querySelector('.event-text')?.textContent).toBe('Asthma')
    const dd = [...(li?.querySelectorAll('dl.source > dd') ?? [])].map((d) => d.textContent)
    expect(dd[1]).toBe('http://snomed.info/sct|195967001 (recorded display: “Fracture of femur”)')
    expect(store.getState().twin?.map.placements.find((p) => p.id === 'Condition/d')?.places).toEqual([
      'lung_left',
      'lung_right',
    ])
    act(() => {
      store.getState().setLocale('es')
    })
    const es = [...(li?.querySelectorAll('dl.source > dd') ?? [])].map((d) => d.textContent)
    expect(es[1]).toBe('http://snomed.info/sct|195967001 (nombre registrado con el código: «Fracture of femur»)')
  })
})

describe('hostile strings (C28)', () => {
  const MB = 1024 * 1024

  it('C28 a 1 MB text is cut at 2000 characters with the full text on demand', () => {
    const huge = `Asthma ${'x'.repeat(MB - 7)}`
    const store = storeOf([condition('big', huge, {})])
    const { container } = render(
      <TwinContext value={store}>
        <RecordView />
      </TwinContext>,
    )
    const li = container.querySelector('li[data-reference="Condition/big"]') as HTMLElement
    const bdi = li.querySelector('.event-text bdi.recorded') as HTMLElement
    expect(bdi.textContent).toBe(`${huge.slice(0, RECORD_TEXT_LIMIT)}…`)
    const button = within(li).getByRole('button', { name: `Show the whole text (${String(MB)} characters)` })
    expect(button.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(button)
    expect(bdi.textContent).toBe(huge)
    expect(within(li).getByRole('button', { name: 'Show less of this text' }).getAttribute('aria-expanded')).toBe(
      'true',
    )
  })

  it('C28 bidi overrides are isolated; NUL, controls and lone surrogates read as U+FFFD; emoji and zero-width kept', () => {
    const texts = {
      bidi: 'Asthma \u202Egnp.exe\u202C',
      nul: 'Gout\u0000 with\u0007 bell',
      surrogate: 'Eczema \uD83D end \uDE00',
      emoji: 'Migraine 🧠\u200B\u200D👩‍⚕️',
    }
    const store = storeOf(Object.entries(texts).map(([id, text]) => condition(id, text, {})))
    const { container } = render(
      <TwinContext value={store}>
        <RecordView />
      </TwinContext>,
    )
    const shown = (id: string) => {
      const bdi = container.querySelector(`li[data-reference="Condition/${id}"] .event-text bdi`)
      expect(bdi?.className).toBe('recorded')
      return bdi?.textContent
    }
    expect(shown('bidi')).toBe(texts.bidi)
    expect(shown('nul')).toBe('Gout\uFFFD with\uFFFD bell')
    expect(shown('surrogate')).toBe('Eczema \uFFFD end \uFFFD')
    expect(shown('emoji')).toBe(texts.emoji)
    expect(container.querySelectorAll('button.text-toggle')).toHaveLength(0)
  })

  it('C28 a cut never splits an emoji; controls and lone surrogates are replaced, pairs kept', () => {
    const emojiAtCut = `${'a'.repeat(RECORD_TEXT_LIMIT - 1)}🧠tail`
    expect(cutAt(emojiAtCut, RECORD_TEXT_LIMIT)).toBe('a'.repeat(RECORD_TEXT_LIMIT - 1))
    expect(cutAt('short', RECORD_TEXT_LIMIT)).toBe('short')
    expect(displayable('a\u0000b\u001Fc\u007Fd\u009Fe\tf\ng')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng')
    expect(displayable('\uDE00\uD83D\uDE00\uD83D')).toBe('\uFFFD\uD83D\uDE00\uFFFD')
  })
})
