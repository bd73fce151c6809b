import { describe, expect, it } from 'vitest'
import { readLimitedText } from './readLimitedText.ts'
import { ShlError } from './ShlError.ts'

/** A body sent in `chunks` pieces of `size` bytes, without Content-Length; counts the pieces pulled. */
function streamed(chunks: number, size: number): { response: Response; pulled: () => number } {
  let pulled = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) {
        controller.close()
        return
      }
      pulled += 1
      controller.enqueue(new Uint8Array(size).fill(97))
    },
  })
  return { response: new Response(body), pulled: () => pulled }
}

async function kindOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => 'read',
    (e: unknown) => e,
  )
  return error instanceof ShlError ? error.kind : String(error)
}

describe('readLimitedText', () => {
  it('reads a body up to the limit exactly', async () => {
    expect(await readLimitedText(streamed(3, 4).response, 12)).toBe('a'.repeat(12))
  })

  it('stops reading a streamed body without Content-Length as soon as it passes the limit', async () => {
    const body = streamed(1000, 4)
    expect(await kindOf(readLimitedText(body.response, 10))).toBe('too-large')
    // 4 + 4 bytes, then the third piece passes 10: nothing more is pulled.
    expect(body.pulled()).toBe(3)
  })

  it('refuses a declared Content-Length past the limit before reading the body', async () => {
    const response = new Response('abcdef', { headers: { 'Content-Length': '6' } })
    expect(await kindOf(readLimitedText(response, 5))).toBe('too-large')
  })

  it('takes the bytes from a shared budget and refuses the body that passes it', async () => {
    const budget = { left: 10 }
    expect(await readLimitedText(streamed(1, 6).response, 100, budget)).toBe('aaaaaa')
    expect(budget.left).toBe(4)
    expect(await kindOf(readLimitedText(streamed(1, 6).response, 100, budget))).toBe('too-large')
  })
})
