import { useEffect, useState } from 'react'
import { dayNumber } from '../../twin/dayNumber.ts'
import { dayString } from '../../twin/dayString.ts'

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

/**
 * The scrubber's "Play": while playing, the cursor steps from where it is (or from the start, once at the end) to
 * the end, where it returns to "now" and playing stops. Reduced motion steps a year a second instead of gliding.
 * Returns `[playing, setPlaying]`.
 * @param cursor - the timeline cursor (YYYY-MM-DD), null for "now"
 * @param min - the span's first day number
 * @param max - the span's last day number
 * @param setTimeCursor - the store action that moves the cursor
 */
export function usePlayback(
  cursor: string | null,
  min: number,
  max: number,
  setTimeCursor: (date: string | null) => void,
) {
  const [playing, setPlaying] = useState(false)

  useEffect(() => {
    if (!playing) return undefined
    // Reduced motion: jump a year at a time, slowly, instead of gliding.
    const reduced = prefersReducedMotion()
    const step = reduced ? 365 : Math.max(30, Math.round((max - min) / 80))
    const timer = setInterval(
      () => {
        const current = cursor === null ? max : dayNumber(cursor)
        const next = (current >= max ? min : current) + step
        if (next >= max) {
          setTimeCursor(null)
          setPlaying(false)
        } else setTimeCursor(dayString(next))
      },
      reduced ? 1000 : 250,
    )
    return () => {
      clearInterval(timer)
    }
  }, [playing, cursor, min, max, setTimeCursor])

  return [playing, setPlaying] as const
}
