/** Reads a byte stream to its end, refusing it as soon as it passes a limit (a body or a decompression bomb). */
import { ShlError } from './ShlError.ts'

/** Bytes still allowed across several reads (all files of one link); decremented as chunks arrive. */
export interface ByteBudget {
  left: number
}

function tooLarge(): ShlError {
  return new ShlError('too-large', 'A shared file is larger than this app can open.')
}

/**
 * Reads `stream` chunk by chunk, counting bytes, and cancels it past `maxBytes` (or past the budget's bytes left).
 * @param stream - the body or decompressed stream; null reads as empty
 * @param maxBytes - the most bytes this stream may give
 * @param budget - a shared allowance to take the bytes from, when several streams share one
 * @throws ShlError `too-large` past either limit; the stream's own error when it fails (e.g. aborted)
 */
export async function readLimitedBytes(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  budget?: ByteBudget,
): Promise<Uint8Array> {
  if (stream === null) return new Uint8Array(0)
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let length = 0
  for (;;) {
    const chunk = await reader.read()
    if (chunk.done) break
    length += chunk.value.byteLength
    if (budget) budget.left -= chunk.value.byteLength
    if (length > maxBytes || (budget !== undefined && budget.left < 0)) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    chunks.push(chunk.value)
  }
  const bytes = new Uint8Array(length)
  let at = 0
  for (const chunk of chunks) {
    bytes.set(chunk, at)
    at += chunk.byteLength
  }
  return bytes
}
