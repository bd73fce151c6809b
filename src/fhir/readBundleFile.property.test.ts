/**
 * Property tests for the bundle file reader on random and mutated JSON text (tests/fixtures/arbitraries.ts):
 * readBundleText either reads the file or refuses it with a FhirError (never a TypeError or other crash), and what
 * it reads normalises without throwing (src/twin/buildTwin.property.test.ts covers the mapping).
 * Seeded: PROPERTY_SEED; fast-check prints it on failure.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PROPERTY_SEED, resourceArb } from '../../tests/fixtures/arbitraries.ts'
import { normaliseRecord } from '../timeline/normaliseRecord.ts'
import { FhirError } from './errors.ts'
import { readBundleText } from './readBundleFile.ts'

const RUNS = { seed: PROPERTY_SEED, numRuns: 1250 }

const entry = resourceArb.chain((resource) =>
  fc.record(
    {
      fullUrl: fc.oneof(fc.constant(`urn:uuid:${String(resource.id)}`), fc.string(), fc.constant(null)),
      resource: fc.oneof({ weight: 5, arbitrary: fc.constant<unknown>(resource) }, fc.anything({ maxDepth: 2 })),
      search: fc.record({ mode: fc.constantFrom('match', 'include', 'outcome') }),
    },
    { requiredKeys: [] },
  ),
)

const bundle = fc.record(
  {
    resourceType: fc.constantFrom('Bundle', 'Bundle', 'bundle', 'Patient'),
    type: fc.constantFrom('collection', 'searchset', 'transaction', 'document'),
    meta: fc.record({ profile: fc.array(fc.constantFrom('http://hl7.org/fhir/4.0.1/StructureDefinition/Bundle')) }),
    fhirVersion: fc.constantFrom('4.0.1', '3.0.2', '5.0.0', '4.3.0', '1.0.2', '9.9'),
    entry: fc.oneof(fc.array(entry, { maxLength: 8 }), fc.constant(null), fc.anything({ maxDepth: 1 })),
    link: fc.array(fc.record({ relation: fc.constant('next'), url: fc.string() })),
  },
  { requiredKeys: ['resourceType'] },
)

/** JSON text of a bundle or a single resource, whole, truncated, with a byte replaced, with a BOM, or random. */
const fileText = fc.oneof(
  { weight: 4, arbitrary: bundle.map((b) => JSON.stringify(b)) },
  resourceArb.map((r) => JSON.stringify(r)),
  fc.tuple(bundle, fc.nat(), fc.string({ maxLength: 1 })).map(([b, at, ch]) => {
    const t = JSON.stringify(b)
    const i = at % (t.length + 1)
    return t.slice(0, i) + ch + t.slice(i + 1)
  }),
  fc.tuple(bundle, fc.nat()).map(([b, at]) => JSON.stringify(b).slice(0, at % 200)),
  bundle.map((b) => `\uFEFF${JSON.stringify(b)}`),
  fc.json(),
  fc.string({ unit: 'binary' }),
)

/** Reads the text; a FhirError (refused, malformed, not FHIR) is an answer, any other exception fails the case. */
function readOrRefuse(text: string): ReturnType<typeof readBundleText> | null {
  try {
    return readBundleText(text)
  } catch (error) {
    expect(error).toBeInstanceOf(FhirError)
    return null
  }
}

describe('readBundleText on random and mutated JSON text', () => {
  it('C29 C33 a single-resource file whose Patient id is a number has no patient, and the record still normalises', () => {
    // Found by the property below: `{"resourceType":"Patient","id":5}` gave patient.id 5, which the app passed to
    // normaliseRecord as patientId (controller.ts showBundle), and normaliseRecord threw a TypeError.
    const read = readBundleText('{"resourceType":"Patient","id":5,"gender":"other"}')
    expect(read.patient).toBeNull()
    const record = normaliseRecord(read.resources, { asOf: '2026-01-01T00:00:00Z' })
    expect(record.patient).toBeNull()
    expect(record.hidden.map((item) => item.reason)).toEqual(['invalid'])
  })

  it('C2 C3 C21 C29 reads or refuses with a FhirError, never crashes, and its resources normalise', () => {
    fc.assert(
      fc.property(fileText, (text) => {
        const read = readOrRefuse(text)
        if (read === null) return
        const patientId = read.patient?.id
        const options = { asOf: '2026-01-01T00:00:00Z', ...(patientId === undefined ? {} : { patientId }) }
        const record = normaliseRecord(read.resources, options)
        for (const event of record.conditions) expect(event.source.reference).toBe(event.id)
      }),
      RUNS,
    )
  })

  it('C2 C3 C29 every resource it returns has a string resourceType', () => {
    fc.assert(
      fc.property(fileText, (text) => {
        const read = readOrRefuse(text)
        for (const resource of read?.resources ?? []) expect(typeof resource.resourceType).toBe('string')
      }),
      RUNS,
    )
  })
})
