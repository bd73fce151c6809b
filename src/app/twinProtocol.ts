/**
 * The messages between the main thread (src/app/twinBuilder.ts) and the twin worker (src/app/twinWorker.ts). A module
 * of its own so that the entry script imports the protocol without the worker's pipeline and mapping tables.
 */
import type { Resource } from '@medplum/fhirtypes'
import type { TwinMap } from '../anatomy/types.ts'
import type { ClinicalEvent, NormalisedRecord, NormaliseOptions } from '../timeline/types.ts'

/** One build asked of the worker. */
export interface TwinRequest {
  readonly id: number
  readonly resources: readonly Resource[]
  readonly options: NormaliseOptions
}

/** The record's event lists, sent in slices ahead of the rest of the twin. */
export const EVENT_LISTS = [
  'conditions',
  'procedures',
  'medications',
  'observations',
  'allergies',
  'immunizations',
  'familyHistory',
  'encounters',
  'reports',
  'carePlans',
] as const satisfies readonly (keyof NormalisedRecord)[]

/** One of the record's event lists. */
export type EventList = (typeof EVENT_LISTS)[number]

/**
 * The worker's answers to request `id`, in order: slices of the event lists (each read on the main thread in its own
 * task, so no single message takes long to read), then the rest of the record (its lists empty) with the mapping,
 * or the message of the error buildTwin threw.
 */
export type TwinReply =
  | { readonly id: number; readonly list: EventList; readonly events: readonly ClinicalEvent[] }
  | { readonly id: number; readonly record: NormalisedRecord; readonly map: TwinMap }
  | { readonly id: number; readonly error: string }
