/**
 * Frame counter for the e2e hooks and the bench. Registered at module load, before any <Canvas> exists, so the
 * very first frame is counted (TOOLCHAIN.md §8). Counting is one increment per rendered frame.
 */
import { addAfterEffect } from '@react-three/fiber'

/** Frames rendered so far and the time of the first one (ms since navigation start). */
export const perf: { frames: number; firstFrameMs: number | null } = { frames: 0, firstFrameMs: null }

addAfterEffect(() => {
  perf.frames++
  if (perf.firstFrameMs === null) perf.firstFrameMs = performance.now()
})
