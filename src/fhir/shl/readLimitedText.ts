/** Reads a fetch Response's body as UTF-8 text within a byte limit (declared Content-Length first, then counted). */
import { readLimitedBytes, type ByteBudget } from './readLimitedBytes.ts'
import { ShlError } from './ShlError.ts'

/**
 * Reads the body of `response` as text, refusing it past `maxBytes`.
 * @param response - a fetch response
 * @param maxBytes - the most bytes the body may have
 * @param budget - a shared allowance across the files of one link, when there is one
 * @throws ShlError `too-large` when the declared or the received length passes a limit, `unreachable` when the body
 *   stops arriving
 */
export async function readLimitedText(response: Response, maxBytes: number, budget?: ByteBudget): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && (declared > maxBytes || (budget !== undefined && declared > budget.left))) {
    await response.body?.cancel().catch(() => undefined)
    throw new ShlError('too-large', 'A shared file is larger than this app can open.')
  }
  let bytes: Uint8Array
  try {
    bytes = await readLimitedBytes(response.body, maxBytes, budget)
  } catch (error) {
    if (error instanceof ShlError) throw error
    // The body stopped arriving: the connection dropped, or the link's time ran out (the signal aborted).
    throw new ShlError('unreachable', "The link's server could not be reached.")
  }
  return new TextDecoder().decode(bytes)
}
