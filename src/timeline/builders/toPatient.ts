import type { PatientSummary } from '../types.ts'
import { asArray, asBoolean, asString, field, objectsField, stringField, type JsonObject } from '../read.ts'
import { parseRecordedDate } from '../clinicalTime.ts'
import type { KeptResource } from '../keptResource.ts'

const GENDERS: ReadonlySet<string> = new Set(['male', 'female', 'other', 'unknown'])

function nameOfUse(names: readonly JsonObject[], use: string): JsonObject | undefined {
  for (const name of names) if (stringField(name, 'use') === use) return name
  return undefined
}

function humanName(resource: JsonObject): string | null {
  const names = objectsField(resource, 'name')
  const chosen = nameOfUse(names, 'official') ?? nameOfUse(names, 'usual') ?? names[0] ?? null
  // The given names, then the family name, joined by spaces (blank parts left out).
  const parts: string[] = []
  for (const given of asArray(field(chosen, 'given'))) {
    const part = asString(given)
    if (part !== null) parts.push(part)
  }
  const family = stringField(chosen, 'family')
  if (family !== null) parts.push(family)
  const built = parts.join(' ')
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
