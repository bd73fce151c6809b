/**
 * The versioned postMessage API between an embedding portal and the app (docs/embedding.md). Every message is an
 * envelope `{ protocol: 'health-record-twin', version: 1, type, ...fields }`; anything else is ignored.
 */
import { isOrganId } from '../../anatomy/organIds.ts'
import type { OrganId } from '../../anatomy/organIds.ts'

export const PROTOCOL = 'health-record-twin'
export const PROTOCOL_VERSION = 1

/** A command from the portal. */
export type EmbedCommand =
  | { readonly type: 'selectOrgan'; readonly organId: OrganId | null }
  | { readonly type: 'setDate'; readonly date: string | null }
  | { readonly type: 'setMode'; readonly mode: 'patient' | 'clinician' }
  | { readonly type: 'resetView' }

/** An event to the portal. */
export type EmbedEvent =
  | { readonly type: 'ready'; readonly recordLoaded: boolean }
  | { readonly type: 'organSelected'; readonly organId: string | null }
  | { readonly type: 'dateChanged'; readonly date: string | null }

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/**
 * Reads a command from untrusted message data; null unless it is exactly a known, well-formed command.
 * @param data - `MessageEvent.data`
 */
export function parseCommand(data: unknown): EmbedCommand | null {
  if (typeof data !== 'object' || data === null) return null
  const message = data as Record<string, unknown>
  if (message['protocol'] !== PROTOCOL || message['version'] !== PROTOCOL_VERSION) return null
  switch (message['type']) {
    case 'selectOrgan': {
      const organId = message['organId']
      if (organId === null) return { type: 'selectOrgan', organId: null }
      return typeof organId === 'string' && isOrganId(organId) ? { type: 'selectOrgan', organId } : null
    }
    case 'setDate': {
      const date = message['date']
      if (date === null) return { type: 'setDate', date: null }
      return typeof date === 'string' && DATE.test(date) ? { type: 'setDate', date } : null
    }
    case 'setMode': {
      const mode = message['mode']
      return mode === 'patient' || mode === 'clinician' ? { type: 'setMode', mode } : null
    }
    case 'resetView':
      return { type: 'resetView' }
    default:
      return null
  }
}

/**
 * Wraps an event in the envelope.
 * @param event - the event
 */
export function envelope(event: EmbedEvent): Record<string, unknown> {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...event }
}
