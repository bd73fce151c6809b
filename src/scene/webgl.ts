/**
 * True when the browser can create a WebGL context. Checked before mounting <Canvas>: a failed context creation
 * inside r3f happens asynchronously and would not reach an error boundary.
 */
export function hasWebGL(): boolean {
  if (typeof document === 'undefined') return false
  try {
    const canvas = document.createElement('canvas')
    return (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) !== null
  } catch {
    return false
  }
}
