import type { PatientSummary } from '../types.ts'
import { asArray, asBoolean, asString, field, objectsField, stringField, type JsonObject } from '../read.ts'
import { parseRecordedDate } from '../clinicalTime.ts'
import type { KeptResource } from '../keptResource.ts'

const GENDERS: ReadonlySet<string> = new Set(['male', 'female', 'other', 'unknown'])

function humanName(resource: JsonObject): string | null {
  const names = objectsField(resource, 'name')
  const chosen =
    names.find((n) => stringField(n, 'use') === 'official') ??
    names.find((n) => stringField(n, 'use') === 'usual') ??
    names[0] ??
    null
  const given = asArray(field(chosen, 'given'))
    .map(asString)
    .filter((part) => part !== null)
  const family = stringField(chosen, 'family')
  const built = [...given, ...(family === null ? [] : [family])].join(' ')
  return built === '' ? stringField(chosen, 'text') : built
}

/**
 * The patient summary the banner shows: name (official, else usual, else first), gender, birth date, deceased.
 * @param kept - the Patient
 */
export function toPatient(kept: KeptResource): PatientSummary {
  const r = kept.resource
  const gender = stringField(r, 'gender')
  const deceasedDate = parseRecordedDate(field(r, 'deceasedDateTime'))?.date ?? null
  return {
    id: kept.id,
    reference: `Patient/${kept.id}`,
    name: humanName(r),
    gender: gender !== null && GENDERS.has(gender) ? (gender as PatientSummary['gender']) : null,
    birthDate: parseRecordedDate(field(r, 'birthDate'))?.date ?? null,
    deceased: deceasedDate ?? (asBoolean(field(r, 'deceasedBoolean')) === true ? true : null),
  }
}
