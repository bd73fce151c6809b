import { describe, expect, it, vi } from 'vitest'
import type { VisibilitySource } from '../cancelWhenHidden.ts'
import { END_HIDDEN_MS, watchEndOfUse, type PageSource } from './endOfUse.ts'

/** A document and a window whose events the test fires. */
function sources(): {
  visibility: VisibilitySource & { visibilityState: DocumentVisibilityState }
  page: PageSource
  fire: (type: 'visibilitychange' | 'pagehide') => void
  listeners: () => number
} {
  const listeners = new Map<string, () => void>()
  return {
    visibility: {
      visibilityState: 'visible',
      addEventListener: (type, l) => listeners.set(type, l),
      removeEventListener: (type) => listeners.delete(type),
    },
    page: {
      addEventListener: (type, l) => listeners.set(type, l),
      removeEventListener: (type) => listeners.delete(type),
    },
    fire: (type) => listeners.get(type)?.(),
    listeners: () => listeners.size,
  }
}

describe('F16 the end of use of a signed-in page', () => {
  it('F16 a tab hidden for 15 minutes ends the sign-in and clears the record; a shorter absence does not', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const calls: string[] = []
      const s = sources()
      watchEndOfUse({ endSession: () => calls.push('end'), onEnded: () => calls.push('cleared') }, s.visibility, s.page)
      expect(END_HIDDEN_MS).toBe(900_000)
      s.visibility.visibilityState = 'hidden'
      s.fire('visibilitychange')
      vi.advanceTimersByTime(END_HIDDEN_MS - 1)
      s.visibility.visibilityState = 'visible'
      s.fire('visibilitychange')
      vi.advanceTimersByTime(END_HIDDEN_MS)
      expect(calls).toEqual([])
      s.visibility.visibilityState = 'hidden'
      s.fire('visibilitychange')
      vi.advanceTimersByTime(END_HIDDEN_MS)
      expect(calls).toEqual(['end', 'cleared'])
    } finally {
      vi.useRealTimers()
    }
  })

  it('F16 the page going away (the frame removed, the tab closed) drops the tokens at once', () => {
    const calls: string[] = []
    const s = sources()
    const stop = watchEndOfUse(
      { endSession: () => calls.push('end'), onEnded: () => calls.push('cleared') },
      s.visibility,
      s.page,
    )
    s.fire('pagehide')
    expect(calls).toEqual(['end'])
    stop()
    expect(s.listeners()).toBe(0)
  })
})
