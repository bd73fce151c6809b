/**
 * Bundle entries and references at the unit level (docs/reliability.md C2-C5, C7, C10, C11, and issue 14 point 3):
 * what bundleContents and readBundleText keep, skip and note, and that nothing is fetched to resolve a reference.
 */
import type { Bundle, Resource } from '@medplum/fhirtypes'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { normaliseRecord } from '../timeline/normaliseRecord.ts'
import type { NormalisedRecord } from '../timeline/types.ts'
import { FhirError } from './errors.ts'
import { bundleContents, nextLink } from './narrow.ts'
import { MAX_FILE_BYTES, readBundleFile, readBundleText, type BundleFileRecord } from './readBundleFile.ts'

const AS_OF = '2025-01-01T00:00:00Z'
const PATIENT = { resourceType: 'Patient', id: 'p1' }
const subject = { reference: 'Patient/p1' }

const bundle = (entry: unknown, extra: object = {}): string =>
  JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry, ...extra })

function normalised(parsed: BundleFileRecord): NormalisedRecord {
  return normaliseRecord(parsed.resources, { asOf: AS_OF, patientId: 'p1' })
}

/** Reads a file with fetch watched: nothing may be fetched to resolve a reference (C7, C11). */
function readWatched(text: string): BundleFileRecord {
  const fetchSpy = vi.spyOn(globalThis, 'fetch')
  const parsed = readBundleText(text)
  expect(fetchSpy).not.toHaveBeenCalled()
  return parsed
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('C2 entries without a resource', () => {
  it('C2 an entry without resource is skipped and counted', () => {
    const contents = bundleContents(
      JSON.parse(
        bundle([
          { fullUrl: 'urn:uuid:1' },
          null,
          { resource: 'Condition' },
          { resource: { resourceType: 'Condition', id: 'c1' } },
        ]),
      ) as Bundle,
    )
    expect([contents.resources.map((r) => r.id), contents.skipped]).toEqual([['c1'], 3])
    const parsed = readBundleText(bundle([{ resource: PATIENT }, { fullUrl: 'urn:uuid:2' }, {}]))
    expect(parsed.resources.map((r) => r.id)).toEqual(['p1'])
    expect(parsed.warnings).toEqual(['2 entries had no readable resource and were skipped.'])
  })
})

describe('C3 a Bundle without entry or link', () => {
  it.each([
    ['no entry and no link', {}],
    ['entry: null', { entry: null }],
    ['link: null', { entry: [], link: null }],
    ['a link list of junk', { link: [null, 3, { relation: 'next' }, { relation: 'next', url: '  ' }] }],
  ])('C3 %s reads as empty with no next page and no TypeError', (_name, fields) => {
    const value = { resourceType: 'Bundle', type: 'searchset', ...fields } as Bundle
    expect(bundleContents(value)).toEqual({ resources: [], included: [], outcomes: [], skipped: 0 })
    expect(nextLink(value)).toBeNull()
    expect(readBundleText(JSON.stringify(value))).toEqual({
      patient: null,
      resources: [],
      bundleType: 'searchset',
      warnings: [],
    })
  })

  it('C3 an entry whose search is null is a match, not a TypeError', () => {
    const contents = bundleContents({
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [{ resource: PATIENT, search: null }],
    } as unknown as Bundle)
    expect(contents.resources).toEqual([PATIENT])
  })
})

describe('C4 include and outcome entries', () => {
  it('C4 include entries only resolve references and an outcome entry is a note, never a record', () => {
    const parsed = readBundleText(
      JSON.stringify({
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [
          { resource: PATIENT, search: { mode: 'include' } },
          {
            resource: {
              resourceType: 'MedicationRequest',
              id: 'mr1',
              status: 'active',
              intent: 'order',
              subject,
              medicationReference: { reference: 'Medication/m1' },
            },
            search: { mode: 'match' },
          },
          {
            resource: { resourceType: 'Medication', id: 'm1', code: { text: 'Amoxicillin' } },
            search: { mode: 'include' },
          },
          { resource: { resourceType: 'Condition', id: 'inc', subject }, search: { mode: 'include' } },
          {
            resource: { resourceType: 'OperationOutcome', issue: [{ severity: 'warning', code: 'processing' }] },
            search: { mode: 'outcome' },
          },
        ],
      }),
    )
    expect(parsed.resources.map((r) => `${r.resourceType}/${r.id ?? ''}`)).toEqual([
      'MedicationRequest/mr1',
      'Patient/p1',
      'Medication/m1',
    ])
    expect(parsed.warnings).toEqual([
      '1 server messages in the file were not shown as records.',
      '1 record included only as a reference target was not shown as a record.',
    ])
    const record = normalised(parsed)
    expect(record.medications.map((m) => [m.id, m.text])).toEqual([['MedicationRequest/mr1', 'Amoxicillin']])
    expect(record.conditions).toEqual([])
  })
})

describe('C5 entries without fullUrl', () => {
  it('C5 entries without fullUrl resolve by type and id', () => {
    const parsed = readBundleText(
      bundle([
        { resource: PATIENT },
        { resource: { resourceType: 'Medication', id: 'm1', code: { text: 'Metformin' } } },
        {
          resource: {
            resourceType: 'MedicationStatement',
            id: 'ms1',
            status: 'active',
            subject,
            medicationReference: { reference: 'Medication/m1' },
          },
        },
        { resource: { resourceType: 'Condition', id: 'c1', subject, code: { text: 'Asthma' } } },
      ]),
    )
    expect(parsed.warnings).toEqual([])
    const record = normalised(parsed)
    expect(record.patient?.id).toBe('p1')
    expect(record.medications.map((m) => m.text)).toEqual(['Metformin'])
    expect(record.conditions.map((c) => [c.id, c.text])).toEqual([['Condition/c1', 'Asthma']])
    expect(record.hidden).toEqual([])
  })
})

describe('C7 urn:uuid references', () => {
  const uuid = '8f1c7a3e-1d2b-4c5d-9e6f-0a1b2c3d4e5f'
  it('C7 urn:uuid fullUrls and references resolve inside the bundle; a dangling one is noted and never fetched', () => {
    const parsed = readWatched(
      bundle([
        { fullUrl: `urn:uuid:${uuid}`, resource: { resourceType: 'Patient' } },
        {
          fullUrl: 'urn:uuid:0000aaaa-0000-4000-8000-000000000001',
          resource: {
            resourceType: 'Condition',
            subject: { reference: `urn:uuid:${uuid}` },
            encounter: { reference: 'urn:uuid:dead0000-0000-4000-8000-00000000beef' },
            code: { text: 'Asthma' },
          },
        },
      ]),
    )
    const condition = parsed.resources.find((r) => r.resourceType === 'Condition') as Resource & {
      subject: { reference: string }
    }
    expect(condition.subject.reference).toBe(`Patient/${uuid}`)
    expect(parsed.warnings).toEqual([
      '1 reference points to a record (urn:uuid:…) that is not in this file; those records are unavailable, and nothing was fetched to find them.',
    ])
    const record = normaliseRecord(parsed.resources, { asOf: AS_OF, patientId: uuid })
    expect(record.conditions.map((c) => c.text)).toEqual(['Asthma'])
  })
})

describe('C10 contained references', () => {
  it('C10 a contained #id resolves locally and a missing contained target is noted as unavailable', () => {
    const parsed = readBundleText(
      bundle([
        { resource: PATIENT },
        {
          resource: {
            resourceType: 'MedicationRequest',
            id: 'mr1',
            status: 'active',
            intent: 'order',
            subject,
            contained: [{ resourceType: 'Medication', id: 'med', code: { text: 'Ibuprofen' } }],
            medicationReference: { reference: '#med' },
            reasonReference: [{ reference: '#gone' }],
          },
        },
      ]),
    )
    expect(parsed.warnings).toEqual([
      '1 reference points to a contained record (#…) that is not there; those records are unavailable.',
    ])
    const record = normalised(parsed)
    expect(record.medications.map((m) => [m.id, m.text])).toEqual([['MedicationRequest/mr1', 'Ibuprofen']])
  })
})

describe('C10 unreferenced contained resources', () => {
  it('C10 an unreferenced contained resource is ignored; one that refers to its container is read', () => {
    const parsed = readBundleText(
      bundle([
        { resource: PATIENT },
        {
          resource: {
            resourceType: 'DiagnosticReport',
            id: 'dr1',
            status: 'final',
            subject,
            code: { text: 'Panel' },
            contained: [
              { resourceType: 'Condition', id: 'stray', subject, code: { text: 'Unreferenced condition' } },
              {
                resourceType: 'Observation',
                id: 'back',
                status: 'final',
                code: { text: 'Glucose' },
                basedOn: [{ reference: '#' }],
              },
            ],
          },
        },
      ]),
    )
    expect(parsed.resources.map((r) => `${r.resourceType}/${r.id ?? ''}`)).toEqual([
      'Patient/p1',
      'DiagnosticReport/dr1',
      'Observation/dr1.back',
    ])
    expect(parsed.warnings).toEqual([
      '1 contained resource (a record written inside another one) was read as a record of its own.',
      '1 contained resource was left inside the record that holds it and not read on its own (not referenced by the record that holds it, so ignored).',
    ])
    const record = normalised(parsed)
    expect(record.conditions).toEqual([])
    expect(record.observations.map((o) => o.text)).toEqual(['Glucose'])
  })
})

describe('C11 references to another server', () => {
  it('C11 a reference to another server in a file is not fetched and is named as external', () => {
    const parsed = readWatched(
      bundle([
        { fullUrl: 'https://ehr.example/fhir/Patient/p1', resource: PATIENT },
        {
          fullUrl: 'https://ehr.example/fhir/Condition/c1',
          resource: {
            resourceType: 'Condition',
            id: 'c1',
            subject: { reference: 'https://ehr.example/fhir/Patient/p1' },
            asserter: { reference: 'https://other.example/fhir/Practitioner/9' },
            recorder: { reference: 'https://third.example/R4/Practitioner/7/_history/2' },
            code: { text: 'Asthma' },
          },
        },
      ]),
    )
    expect(parsed.warnings).toEqual([
      '2 references point to records held by another record system (other.example, third.example); this app does not fetch them, so they are listed here as external references.',
    ])
    expect(normalised(parsed).conditions.map((c) => c.text)).toEqual(['Asthma'])
  })
})

describe('B17 a file over the size limit (issue 14 point 3)', () => {
  it('B17 a file over the size limit is refused by its size before it is read', async () => {
    const text = vi.fn(() => Promise.resolve(bundle([])))
    const huge = { size: MAX_FILE_BYTES + 1, text } as unknown as Blob
    const error = await readBundleFile(huge).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FhirError)
    expect([(error as FhirError).kind, (error as FhirError).message]).toEqual([
      'refused',
      'This file is larger than 50 MB and was not opened.',
    ])
    expect(text).not.toHaveBeenCalled()
  })

  it('B17 a file within the limit is read', async () => {
    const parsed = await readBundleFile(new Blob([bundle([{ resource: PATIENT }])]))
    expect(parsed.patient?.id).toBe('p1')
  })
})
