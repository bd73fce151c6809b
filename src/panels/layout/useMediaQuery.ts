import { useCallback, useSyncExternalStore } from 'react'

/**
 * Whether a CSS media query matches now, updated when it changes (window resize, rotation).
 * @param query - a media query, e.g. `(min-width: 900px)`
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => {
        list.removeEventListener('change', onChange)
      }
    },
    [query],
  )
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches)
}

/** The width at which the details move from a bottom sheet to a side panel beside the body (matches app.css). */
export const WIDE = '(min-width: 900px)'
