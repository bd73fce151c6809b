/**
 * WebGL context loss (docs/reliability.md E2): the GPU process was reset, a driver update, too many contexts. The
 * renderer keeps every geometry, material and the store's selection; three re-uploads them when the browser restores
 * the context. Until then a notice over the canvas says the lists carry everything, and nothing is lost.
 */
import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'

/**
 * Watches the canvas for `webglcontextlost` / `webglcontextrestored`.
 * @param onLost - called with true when the context is lost and false once it is restored (after a frame is asked)
 */
export function ContextLossWatch({ onLost }: { onLost: (lost: boolean) => void }) {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    const canvas = gl.domElement
    const lost = (event: Event): void => {
      // Without preventDefault the browser never restores the context (three does the same; kept explicit).
      event.preventDefault()
      onLost(true)
    }
    const restored = (): void => {
      onLost(false)
      invalidate()
    }
    canvas.addEventListener('webglcontextlost', lost)
    canvas.addEventListener('webglcontextrestored', restored)
    return () => {
      canvas.removeEventListener('webglcontextlost', lost)
      canvas.removeEventListener('webglcontextrestored', restored)
    }
  }, [gl, invalidate, onLost])
  return null
}
