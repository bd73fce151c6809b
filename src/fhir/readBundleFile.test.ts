import { readFileSync } from 'node:fs'
import type { Resource } from '@medplum/fhirtypes'
import { describe, expect, it } from 'vitest'
import { normaliseRecord } from '../timeline/normaliseRecord.ts'
import type { NormalisedRecord } from '../timeline/types.ts'
import { FhirError } from './errors.ts'
import { readBundleText, type BundleFileRecord } from './readBundleFile.ts'

const AS_OF = '2025-01-01T00:00:00Z'
const READS = 'This app reads FHIR R4 (and adapts STU3, R4B and R5 records), so the file was not opened.'

const text = (path: string): string => readFileSync(`fhir-fixtures/${path}`, 'utf8')
const read = (path: string): BundleFileRecord => readBundleText(text(path))
const keys = (parsed: BundleFileRecord): string[] => parsed.resources.map((r) => `${r.resourceType}/${r.id ?? ''}`)

function normalised(parsed: BundleFileRecord): NormalisedRecord {
  const patientId = parsed.patient?.id
  return normaliseRecord(parsed.resources, patientId === undefined ? { asOf: AS_OF } : { asOf: AS_OF, patientId })
}

/** What a reader sees of each event: its id and text. */
function shown(record: NormalisedRecord): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const key of ['conditions', 'observations', 'medications', 'procedures', 'encounters', 'reports'] as const) {
    const events = record[key].map((e) => `${e.id} ${e.text}`)
    if (events.length > 0) out[key] = events
  }
  return out
}

function refusal(path: string): FhirError {
  try {
    read(path)
  } catch (error) {
    if (error instanceof FhirError) return error
    throw error
  }
  throw new Error(`${path} was read`)
}

describe('readBundleText: bundles from the wild (issue 13 item 5)', () => {
  it('reads a document bundle without fullUrl: relative Type/id references resolve, an id-less entry gets one', () => {
    const parsed = read('wild/wild-no-fullurl.json')
    expect(parsed.bundleType).toBe('document')
    expect(parsed.patient?.id).toBe('wild-nofull')
    expect(keys(parsed)).toEqual([
      'Composition/wild-nofull-doc',
      'Patient/wild-nofull',
      'Condition/wild-nofull-asthma',
      'Observation/wild-nofull-hr',
      'Condition/file-entry-5',
    ])
    expect(parsed.warnings).toEqual(['1 record had no id and no fullUrl; it was given one from its place in the file.'])
    const record = normalised(parsed)
    expect(shown(record)).toEqual({
      conditions: ['Condition/wild-nofull-asthma Asthma', 'Condition/file-entry-5 Hypertension'],
      observations: ['Observation/wild-nofull-hr Heart rate'],
    })
    expect(record.hidden.map((h) => `${h.reference} ${h.reason}`)).toEqual([
      'Composition/wild-nofull-doc unsupported-type',
    ])
  })

  it('resolves urn:uuid references between entries: subject, medicationReference and reasonReference', () => {
    const parsed = read('wild/wild-urn-uuid.json')
    const uuid = '6f1c1b2e-0a7e-4c1e-9d0b-2f6f1a00000'
    expect(parsed.patient?.id).toBe(`${uuid}1`)
    expect(parsed.warnings).toEqual([])
    const condition = parsed.resources.find((r) => r.resourceType === 'Condition')
    expect(condition).toMatchObject({ id: `${uuid}2`, subject: { reference: `Patient/${uuid}1` } })
    const record = normalised(parsed)
    expect(shown(record)).toEqual({
      conditions: [`Condition/${uuid}2 Diabetes mellitus type 2`],
      medications: [`MedicationStatement/${uuid}4 metformin hydrochloride 500 MG Oral Tablet`],
    })
    expect(record.medications[0]?.reasonReferences).toEqual([`Condition/${uuid}2`])
    expect(record.hidden).toEqual([])
  })

  it('lifts contained resources under their container: Medication, Practitioner and a report result', () => {
    const parsed = read('wild/wild-contained.json')
    // Only the report's result is a record the twin shows; the Medication and Practitioner only add names.
    expect(parsed.warnings).toEqual([
      '1 contained resource (a record written inside another one) was read as a record of its own.',
    ])
    expect(keys(parsed)).toEqual([
      'Patient/wild-contained',
      'MedicationRequest/wild-contained-mr',
      'Medication/wild-contained-mr.med1',
      'Condition/wild-contained-cond',
      'Practitioner/wild-contained-cond.pr1',
      'DiagnosticReport/wild-contained-dr',
      'Observation/wild-contained-dr.k',
    ])
    const condition = parsed.resources.find((r) => r.id === 'wild-contained-cond')
    expect(condition).toMatchObject({ asserter: { reference: 'Practitioner/wild-contained-cond.pr1' } })
    const record = normalised(parsed)
    expect(shown(record)).toEqual({
      conditions: ['Condition/wild-contained-cond Hypertension'],
      observations: ['Observation/wild-contained-dr.k Potassium [Moles/volume] in Serum or Plasma'],
      medications: ['MedicationRequest/wild-contained-mr amlodipine 5 MG Oral Tablet'],
      reports: ['DiagnosticReport/wild-contained-dr Comprehensive metabolic 2000 panel - Serum or Plasma'],
    })
    expect(record.reports[0]?.results).toEqual(['Observation/wild-contained-dr.k'])
    expect(record.hidden).toEqual([])
  })

  it('names the medication of a single US Core MedicationRequest from its contained Medication', () => {
    const parsed = read('wild/us-core-medicationrequest-contained-oral-axid.json')
    expect(parsed.bundleType).toBe('resource')
    expect(parsed.patient).toBeNull()
    expect(keys(parsed)).toEqual([
      'MedicationRequest/medicationrequest-contained-oral-axid',
      'Medication/medicationrequest-contained-oral-axid.med2',
    ])
    expect(shown(normalised(parsed))).toEqual({
      medications: ['MedicationRequest/medicationrequest-contained-oral-axid Nizatidine 15 MG/ML Oral Solution [Axid]'],
    })
  })

  it('reads the official IPS minimal document (urn:uuid fullUrls)', () => {
    const parsed = read('wild/ips-bundle-minimal.json')
    expect(parsed.bundleType).toBe('document')
    expect(parsed.patient?.id).toBe('244ad7c3-beeb-41d1-8a2f-c76b8cf720ad')
    expect(parsed.warnings).toEqual([])
    const record = normalised(parsed)
    expect(shown(record)).toEqual({
      conditions: ['Condition/d179321e-c091-4cd4-8642-3a27537d506d Menopausal flushing (finding)'],
      medications: [
        'MedicationStatement/e1271efd-18ff-4654-9ee7-45f40019c453 Product containing anastrozole (medicinal product)',
      ],
    })
    expect(record.allergies.map((a) => a.id)).toEqual(['AllergyIntolerance/74861316-f69d-4652-9fb1-8512a20c7927'])
  })

  it('reads R5 shapes as their R4 equivalents, names the R5-only fields and refuses an R5 medication with none', () => {
    const parsed = read('wild/wild-r5.json')
    expect(parsed.warnings).toEqual([
      'This file is marked as FHIR R5 (5.0.0); this app reads FHIR R4, so R5 records were read as their R4 equivalents where those match.',
      '4 records were written in the newer FHIR R5 form and read as the R4 equivalent (MedicationRequest.medication, MedicationRequest.reason, MedicationStatement.medication, Encounter.class, Encounter.actualPeriod, Encounter.reason, Procedure.occurrence[x]).',
      'Some records have fields that are new in FHIR R5 and were not read (Condition.participant, Observation.triggeredBy).',
      '1 record (MedicationRequest) uses the FHIR R5 medication form with no medication in it, so it was not shown.',
    ])
    expect(keys(parsed)).not.toContain('MedicationRequest/wild-r5-empty')
    const record = normalised(parsed)
    expect(shown(record)).toEqual({
      conditions: ['Condition/wild-r5-htn Hypertension'],
      observations: ['Observation/wild-r5-bp Systolic blood pressure'],
      medications: [
        'MedicationRequest/wild-r5-mr lisinopril 10 MG Oral Tablet',
        'MedicationStatement/wild-r5-ms atorvastatin 10 MG Oral Tablet',
      ],
      procedures: ['Procedure/wild-r5-proc Colonoscopy'],
      encounters: ['Encounter/wild-r5-enc Encounter for check up'],
    })
    expect(record.medications[0]?.reasonReferences).toEqual(['Condition/wild-r5-htn'])
    expect(record.procedures[0]?.time.start?.value).toBe('2023-06-15')
    const encounter = record.encounters[0]
    expect([encounter?.encounterClass, encounter?.time.start?.value, encounter?.reasonCodes[0]?.text]).toEqual([
      'AMB',
      '2024-01-10T09:00:00Z',
      'Hypertension',
    ])
  })

  it('detects R5 shapes in a file that declares no version (a root fhirVersion of 4.0.1 says R4)', () => {
    const bundle = JSON.parse(text('wild/wild-r5.json')) as { meta?: unknown; fhirVersion?: string }
    delete bundle.meta
    bundle.fhirVersion = '4.0.1'
    const parsed = readBundleText(JSON.stringify(bundle))
    expect(parsed.warnings.map((w) => w.slice(0, 40))).toEqual([
      '4 records were written in the newer FHIR',
      'Some records have fields that are new in',
      '1 record (MedicationRequest) uses the FH',
    ])
  })

  it('reads an R4B bundle as R4 and says so', () => {
    const parsed = read('wild/wild-r4b.json')
    expect(parsed.warnings).toEqual([
      'This file is marked as FHIR R4B (4.3.0); it was read as FHIR R4, which R4B matches for the records this app shows.',
    ])
    expect(shown(normalised(parsed))).toEqual({ conditions: ['Condition/wild-r4b-asthma Asthma'] })
  })

  it('refuses a DSTU2 bundle and a bundle of a FHIR version it does not know, naming the version', () => {
    const dstu2 = refusal('wild/wild-dstu2.json')
    expect([dstu2.kind, dstu2.message]).toEqual(['refused', `This file is marked as FHIR DSTU2 (1.0). ${READS}`])
    const future = JSON.stringify({ resourceType: 'Bundle', type: 'collection', fhirVersion: '6.0.0', entry: [] })
    expect(() => readBundleText(future)).toThrow(
      `This file is marked as FHIR version 6.0.0, which this app does not know. ${READS}`,
    )
  })

  it('takes only core profiles as version hints, not an IG version, and R5 Bundle.issues as R5', () => {
    const ips = {
      resourceType: 'Bundle',
      type: 'collection',
      meta: { profile: ['http://x.org/StructureDefinition/B|9.0.0'] },
    }
    expect(readBundleText(JSON.stringify(ips)).warnings).toEqual([])
    const issues = { resourceType: 'Bundle', type: 'searchset', issues: { resourceType: 'OperationOutcome' } }
    expect(readBundleText(JSON.stringify(issues)).warnings[0]).toBe(
      'This file is marked as FHIR R5 (Bundle.issues); this app reads FHIR R4, so R5 records were read as their R4 equivalents where those match.',
    )
  })

  it('keeps STU3 shapes as they are', () => {
    const raw = JSON.parse(text('edge/edge-stu3.json')) as { entry: { resource: Resource }[] }
    const parsed = read('edge/edge-stu3.json')
    expect(parsed.warnings).toEqual([])
    expect(parsed.resources).toEqual(raw.entry.map((e) => e.resource))
  })

  it('leaves contained resources where they are when they cannot be lifted', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'MedicationRequest',
            id: 'gone',
            status: 'entered-in-error',
            contained: [{ resourceType: 'Medication', id: 'm' }],
            medicationReference: { reference: '#m' },
          },
        },
        { resource: { resourceType: 'Claim', id: 'c', contained: [{ resourceType: 'Patient', id: 'p' }, {}] } },
      ],
    }
    const parsed = readBundleText(JSON.stringify(bundle))
    expect(parsed.resources).toEqual(bundle.entry.map((e) => e.resource))
    expect(parsed.patient).toBeNull()
  })
})

describe('readBundleText: contained resources and undeclared DSTU2 (issue 13 item 5 review)', () => {
  const condition = (id: string, patient: string, more: object = {}): object => ({
    resourceType: 'Condition',
    id,
    subject: { reference: `Patient/${patient}` },
    code: { text: `Condition of ${patient}` },
    ...more,
  })
  const contained = [
    { resourceType: 'Condition', id: 'c', code: { text: 'Contained condition' } },
    { resourceType: 'Observation', id: 'o', status: 'final', code: { text: 'Contained observation' } },
  ]
  // C10 (dom-3): contained resources are lifted only when their container refers to them (or they to it).
  const refersToContained = {
    extension: [
      { url: 'urn:test:refs', valueReference: { reference: '#c' } },
      { url: 'urn:test:refs', valueReference: { reference: '#o' } },
    ],
  }
  const collection = (...resources: object[]): string =>
    JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) })

  it("gives lifted resources their container's patient, so another patient's contained records stay hidden", () => {
    const parsed = readBundleText(
      collection(
        { resourceType: 'Patient', id: 'a' },
        { resourceType: 'Patient', id: 'b' },
        condition('ca', 'a'),
        condition('cb', 'b', { contained, ...refersToContained }),
        {
          resourceType: 'Immunization',
          id: 'ib',
          patient: { reference: 'Patient/b' },
          contained,
          ...refersToContained,
        },
      ),
    )
    expect(parsed.patient?.id).toBe('a')
    expect(
      parsed.resources
        .filter((r) => r.id?.includes('.'))
        .map((r) => [r.id, (r as { subject?: { reference?: string } }).subject?.reference]),
    ).toEqual([
      ['cb.c', 'Patient/b'],
      ['cb.o', 'Patient/b'],
      ['ib.c', 'Patient/b'],
      ['ib.o', 'Patient/b'],
    ])
    const record = normalised(parsed)
    expect(shown(record)).toEqual({ conditions: ['Condition/ca Condition of a'] })
    expect(record.hidden.map((h) => `${h.reference} ${h.reason}`)).toEqual([
      'Condition/cb other-patient',
      'Condition/cb.c other-patient',
      'Condition/ib.c other-patient',
      'Immunization/ib other-patient',
      'Observation/cb.o other-patient',
      'Observation/ib.o other-patient',
      'Patient/b other-patient',
    ])
  })

  it("keeps a lifted resource's own patient, and names a Patient container as the patient of what it holds", () => {
    const own = { resourceType: 'Observation', id: 'x', subject: { reference: 'Patient/a' }, code: { text: 'Own' } }
    const parsed = readBundleText(
      collection(
        {
          resourceType: 'Patient',
          id: 'a',
          contained: [{ resourceType: 'AllergyIntolerance', id: 'al' }],
          extension: [{ url: 'urn:test:refs', valueReference: { reference: '#al' } }],
        },
        condition('cb', 'b', { contained: [own], evidence: [{ detail: [{ reference: '#x' }] }] }),
      ),
    )
    expect(parsed.resources.filter((r) => r.id?.includes('.'))).toEqual([
      { resourceType: 'AllergyIntolerance', id: 'a.al', patient: { reference: 'Patient/a' } },
      { ...own, id: 'cb.x' },
    ])
  })

  it('lifts nothing from a Condition or allergy entered in error by verificationStatus, and says why', () => {
    const eie = { verificationStatus: { coding: [{ code: 'entered-in-error' }] } }
    const parsed = readBundleText(
      collection({ resourceType: 'Patient', id: 'a' }, condition('gone', 'a', { ...eie, contained }), {
        resourceType: 'AllergyIntolerance',
        id: 'al',
        patient: { reference: 'Patient/a' },
        ...eie,
        contained,
      }),
    )
    expect(keys(parsed)).toEqual(['Patient/a', 'Condition/gone', 'AllergyIntolerance/al'])
    expect(parsed.warnings).toEqual([
      '4 contained resources were left inside the records that hold them and not read on their own (held by a record entered in error).',
    ])
    expect(shown(normalised(parsed))).toEqual({})
  })

  it('names how many contained resources were lifted and how many were left, with why', () => {
    const parsed = readBundleText(
      collection(
        { resourceType: 'Patient', id: 'a' },
        { resourceType: 'MedicationRequest', id: 'gone', status: 'entered-in-error', contained },
        { resourceType: 'Claim', id: 'c', contained: [{ resourceType: 'Patient', id: 'p' }, {}] },
        condition('ok', 'a', {
          contained: [contained[0], { resourceType: 'Observation' }, { resourceType: 'Observation', id: 'stray' }],
          evidence: [{ detail: [{ reference: '#c' }] }],
        }),
      ),
    )
    expect(parsed.warnings).toEqual([
      '1 contained resource (a record written inside another one) was read as a record of its own.',
      '6 contained resources were left inside the records that hold them and not read on their own (held by a record entered in error; a patient, which is never taken from inside another record; without an id; not referenced by the record that holds it, so ignored).',
    ])
    const single = readBundleText(JSON.stringify({ resourceType: 'Condition', contained: [contained[1]] }))
    expect(single.warnings).toEqual([
      '1 contained resource was left inside the record that holds it and not read on its own (held by a record without an id).',
    ])
  })

  it('refuses an undeclared DSTU2 file by its MedicationOrder, and a Condition with the DSTU2 shape', () => {
    const file = refusal('wild/wild-dstu2-undeclared.json')
    expect([file.kind, file.message]).toEqual([
      'refused',
      `This file is written in FHIR DSTU2 (it holds a MedicationOrder record, a type only FHIR DSTU2 has). ${READS}`,
    ])
    const dstu2Condition = {
      resourceType: 'Condition',
      id: 'c',
      patient: { reference: 'Patient/a' },
      clinicalStatus: 'active',
    }
    expect(() => readBundleText(JSON.stringify(dstu2Condition))).toThrow(
      `This file is written in FHIR DSTU2 (its Condition records have the FHIR DSTU2 shape (the patient in "patient", a plain-code status)). ${READS}`,
    )
    const stu3Condition = { ...dstu2Condition, patient: undefined, subject: { reference: 'Patient/a' } }
    expect(readBundleText(JSON.stringify(stu3Condition)).resources).toEqual([
      { resourceType: 'Condition', id: 'c', subject: { reference: 'Patient/a' }, clinicalStatus: 'active' },
    ])
  })
})

describe('readBundleText: R5 Encounter class (issue 13 item 5 review)', () => {
  it('reads the first class concept that has a coding, and names a class with no coding instead of adapting it', () => {
    const amb = { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB' }
    const encounter = (id: string, cls: object[]): object => ({
      resourceType: 'Encounter',
      id,
      status: 'finished',
      class: cls,
    })
    const bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { resource: encounter('e1', [{ text: 'ambulatory' }, { coding: [amb] }]) },
        { resource: encounter('e2', [{ text: 'home visit' }]) },
      ],
    }
    const parsed = readBundleText(JSON.stringify(bundle))
    expect(parsed.resources).toEqual([
      { resourceType: 'Encounter', id: 'e1', status: 'finished', class: amb },
      { resourceType: 'Encounter', id: 'e2', status: 'finished' },
    ])
    expect(parsed.warnings).toEqual([
      '1 record was written in the newer FHIR R5 form and read as the R4 equivalent (Encounter.class).',
      'Some records have FHIR R5 fields with nothing in them this app can read, so those fields were left out (Encounter.class).',
    ])
  })
})

describe('readBundleText: files it already read', () => {
  it('reads every edge fixture unchanged except for lifted contained resources', () => {
    for (const file of ['edge-codes', 'edge-no-dates', 'edge-onset-variants', 'edge-statuses', 'edge-risk-factors']) {
      const raw = JSON.parse(text(`edge/${file}.json`)) as { entry: { resource: Resource }[] }
      const parsed = read(`edge/${file}.json`)
      expect([file, parsed.resources]).toEqual([file, raw.entry.map((e) => e.resource)])
      expect(parsed.warnings).toEqual([])
    }
    const refs = read('edge/edge-hidden-and-refs.json')
    expect(keys(refs).filter((k) => k.includes('.'))).toEqual(['Medication/edge-hid-ms.med1'])
    expect(refs.resources.find((r) => r.id === 'edge-hid-ms')).toMatchObject({
      medicationReference: { reference: 'Medication/edge-hid-ms.med1' },
    })
  })

  it('shows the same findings for a Synthea file as the raw bundle does', () => {
    const path = 'synthea/sof__Courtney_Schinner_7b5bea3e-de83-4c43-a89c-5078e923c3db.json'
    const raw = JSON.parse(text(path)) as { entry: { resource: Resource }[] }
    const parsed = read(path)
    const patientId = parsed.patient?.id ?? ''
    const direct = normaliseRecord(
      raw.entry.map((e) => e.resource),
      { asOf: AS_OF, patientId },
    )
    const fromFile = normalised(parsed)
    expect(shown(fromFile)).toEqual(shown(direct))
    expect(fromFile.conditions.length).toBe(13)
    // Each ExplanationOfBenefit's contained ServiceRequest and Coverage (supporting types, never shown).
    expect(keys(parsed).filter((k) => k.includes('.')).length).toBe(138)
    expect(parsed.warnings).toEqual([])
  })
})
