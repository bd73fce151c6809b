// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import type { Condition, Patient, Resource } from '@medplum/fhirtypes'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { TwinContext } from '../../twin/TwinContext.tsx'
import { createTwinStore, type TwinStore } from '../../twin/twinStore.ts'
import { buildTwin } from '../../twin/buildTwin.ts'
import type { TopicFile } from '../../i18n/layNames/topicInfo.ts'
import { OrganPanel, type PanelTarget } from './OrganPanel.tsx'

const TOPICS: TopicFile['topics'] = Object.assign(
  {},
  ...Object.values(
    import.meta.glob<TopicFile>('../../i18n/layNames/medlineplus/*.json', { eager: true, import: 'default' }),
  ).map((part) => part.topics),
) as TopicFile['topics']
const HEADING_EN = 'General health information from MedlinePlus. It is not about your record.'
const HEADING_ES = 'Información general de salud de MedlinePlus, en inglés. No trata sobre su historial.'
const ATTRIBUTION = 'Source: MedlinePlus, National Library of Medicine'

const patient: Patient = { resourceType: 'Patient', id: 'p' }
const asthma = (id: string, onset: string): Condition => ({
  resourceType: 'Condition',
  id,
  subject: { reference: 'Patient/p' },
  clinicalStatus: { coding: [{ code: 'active' }] },
  code: { coding: [{ system: 'http://snomed.info/sct', code: '195967001', display: 'Asthma' }] },
  onsetDateTime: onset,
})

function storeOf(resources: Resource[]): TwinStore {
  const twin = buildTwin(resources, { asOf: '2026-01-01T00:00:00Z' })
  const store = createTwinStore({ kind: 'file', fileName: 'asthma.json' })
  const generation = store.getState().startLoading(null, { kind: 'file', fileName: 'asthma.json' })
  store.getState().recordLoaded(generation, twin, [], [])
  return store
}

function renderPanel(store: TwinStore, target: PanelTarget) {
  return render(
    <TwinContext value={store}>
      <OrganPanel target={target} onClose={() => undefined} />
    </TwinContext>,
  )
}

/** Opens a collapsed topic with a click on its summary (the details opens and fires "toggle"). */
function open(details: HTMLDetailsElement): void {
  fireEvent.click(details.querySelector('summary') as HTMLElement)
  expect(details.open).toBe(true)
}

afterEach(cleanup)

describe('GeneralInfo: general information from MedlinePlus, on demand', () => {
  const firstText = TOPICS.asthma?.blocks.find((b) => b.kind === 'p')?.text ?? ''

  it('ships the asthma topic the test reads, as plain-text blocks', () => {
    expect(TOPICS.asthma?.url).toBe('https://medlineplus.gov/asthma.html')
    expect(TOPICS.asthma?.blocks[0]).toEqual({ kind: 'h', text: 'What is asthma?' })
    expect(firstText).toMatch(/^Asthma is a chronic \(long-term\) lung disease\. /)
  })

  it('is one collapsed line per distinct topic, and nothing of the summary is in the page before it is opened', () => {
    const { container } = renderPanel(
      storeOf([patient, asthma('a1', '2001-05-01'), asthma('a2', '2010-03-04')]),
      'lung_left',
    )
    const topics = container.querySelectorAll('[data-general-info] details')
    expect(topics.length).toBe(1)
    const details = topics[0] as HTMLDetailsElement
    expect(details.open).toBe(false)
    expect(details.dataset.topic).toBe('asthma')
    expect(within(details).getByText('General information about Asthma').tagName).toBe('SUMMARY')
    expect(details.children.length).toBe(1)
    // set apart before any click: the notice heads the group
    expect(container.querySelector('[data-general-info] > .general-info-note')?.textContent).toBe(HEADING_EN)
    expect(container.textContent).not.toContain(firstText)
    expect(container.textContent).not.toContain(ATTRIBUTION)
    expect(container.querySelector('a[href^="https://medlineplus.gov"]')).toBeNull()
    expect(screen.getByRole('heading', { name: 'General information' }).tagName).toBe('H4')
  })

  it('opened, shows the note that it is not about the record, the summary as text, the attribution and the link', async () => {
    const { container } = renderPanel(storeOf([patient, asthma('a1', '2001-05-01')]), 'lung_left')
    const details = container.querySelector('[data-general-info] details') as HTMLDetailsElement
    open(details)
    const first = await within(details).findByText(firstText)
    expect(first.tagName).toBe('P')
    const body = first.closest('.general-info-body') as HTMLElement
    expect(container.querySelector('[data-general-info] > .general-info-note')?.textContent).toBe(HEADING_EN)
    expect(within(body).getByText('What is asthma?').tagName).toBe('H5')
    expect(body.querySelector('.general-info-text')?.getAttribute('lang')).toBe('en')
    expect(body.querySelector('.general-info-source')?.textContent).toBe(
      `${ATTRIBUTION}. Asthma on MedlinePlus (opens in a new tab)`,
    )
    const link = within(body).getByRole('link', { name: 'Asthma on MedlinePlus (opens in a new tab)' })
    expect(link.getAttribute('href')).toBe('https://medlineplus.gov/asthma.html')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(link.getAttribute('target')).toBe('_blank')
    // Text only: the summary's markup never reaches the page, and nothing else links away.
    expect(body.querySelectorAll('a').length).toBe(1)
    expect(body.querySelectorAll('[style]').length).toBe(0)
  })

  it('in Spanish, says the general information is in English', async () => {
    const store = storeOf([patient, asthma('a1', '2001-05-01')])
    store.getState().setLocale('es')
    const { container } = renderPanel(store, 'lung_left')
    const details = container.querySelector('[data-general-info] details') as HTMLDetailsElement
    expect(details.querySelector('summary')?.textContent).toBe('Información general sobre Asthma (en inglés)')
    expect(screen.getByRole('heading', { name: 'Información general' })).toBeTruthy()
    expect(container.querySelector('[data-general-info] > .general-info-note')?.textContent).toBe(HEADING_ES)
    open(details)
    expect(await within(details).findByRole('link')).toBeTruthy()
    expect(within(details).getByRole('link').textContent).toBe(
      'Asthma en MedlinePlus (en inglés; se abre en una pestaña nueva)',
    )
    expect(details.querySelector('.general-info-source')?.textContent).toContain(ATTRIBUTION)
  })

  it('is absent where no listed finding has a topic', () => {
    const { container } = renderPanel(storeOf([patient, asthma('a1', '2001-05-01')]), 'heart')
    expect(container.querySelector('[data-general-info]')).toBeNull()
  })
})
