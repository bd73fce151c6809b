import { badRequest } from '@medplum/core'
import type { OperationOutcome } from '@medplum/fhirtypes'
import type { Context } from 'hono'

/**
 * Reads a request body: none when empty, a form (repeated keys become arrays) for
 * `application/x-www-form-urlencoded`, else JSON.
 * @param c - The hono request context.
 * @returns The body, or an OperationOutcome for malformed JSON.
 */
export async function readBody(c: Context): Promise<{ body: unknown } | OperationOutcome> {
  const text = await c.req.text()
  if (text.trim() === '') {
    return { body: undefined }
  }
  if ((c.req.header('content-type') ?? '').includes('application/x-www-form-urlencoded')) {
    const form: Record<string, string | string[]> = {}
    for (const [key, value] of new URLSearchParams(text)) {
      const existing = form[key]
      form[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
    }
    return { body: form }
  }
  try {
    return { body: JSON.parse(text) as unknown }
  } catch {
    return badRequest('Request body is not valid JSON')
  }
}
