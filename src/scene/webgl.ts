/**
 * True when the browser can create a WebGL context. Checked before mounting <Canvas>: a failed context creation
 * inside r3f happens asynchronously and would not reach an error boundary. Probed once per page, and the probe's
 * context is released at once: a probe per opened patient kept one more live context each time (bench/soak.ts, E13).
 */
let probed: boolean | null = null

export function hasWebGL(): boolean {
  if (probed !== null) return probed
  if (typeof document === 'undefined') return false
  try {
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    gl?.getExtension('WEBGL_lose_context')?.loseContext()
    probed = gl !== null
  } catch {
    probed = false
  }
  return probed
}
