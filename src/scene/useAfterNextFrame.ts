/**
 * A frame signal for the scene (BodyScene.tsx).
 */
import { useEffect, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { perf } from './perf.ts'

/** Calls `then` once a frame has been drawn after this mounted (or `key` changed). */
export function useAfterNextFrame(key: unknown, then: () => void): void {
  const invalidate = useThree((s) => s.invalidate)
  const thenRef = useRef(then)
  useEffect(() => {
    thenRef.current = then
  })
  useEffect(() => {
    const framesAtMount = perf.frames
    // An after-effect would fire inside the render; a rAF after the invalidated frame is early enough.
    let raf = 0
    const tick = () => {
      if (perf.frames > framesAtMount) thenRef.current()
      else raf = requestAnimationFrame(tick)
    }
    invalidate()
    raf = requestAnimationFrame(tick)
    return () => {
      cancelAnimationFrame(raf)
    }
  }, [key, invalidate])
}
