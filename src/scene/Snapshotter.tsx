/**
 * Registers the print summary's snapshot: renders the body from the front (whatever the current camera) into the
 * canvas and reads it back as a PNG in the same task (no preserveDrawingBuffer needed), then asks for a normal frame.
 */
import { useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import * as THREE from 'three'
import type { BodyPart } from './bodyModel.ts'
import { homePose } from './cameraMath.ts'
import { setSnapshotter } from './snapshot.ts'

export function Snapshotter({ parts }: { parts: readonly BodyPart[] }) {
  const { gl, scene, camera, invalidate } = useThree()
  useEffect(() => {
    setSnapshotter(() => {
      // A lost WebGL context draws nothing: no blank image in the print summary (E14, E2).
      if (!(camera instanceof THREE.PerspectiveCamera) || gl.getContext().isContextLost()) return null
      const skin = parts.find((p) => p.id === 'skin')
      if (!skin) return null
      skin.geometry.computeBoundingBox()
      const box = skin.geometry.boundingBox
      if (!box) return null
      const front = camera.clone()
      const pose = homePose(box, front.fov, front.aspect)
      front.position.copy(pose.position)
      front.lookAt(pose.target)
      front.updateMatrixWorld()
      gl.render(scene, front)
      const url = gl.domElement.toDataURL('image/png')
      invalidate()
      return url
    })
    return () => {
      setSnapshotter(null)
    }
  }, [gl, scene, camera, parts, invalidate])
  return null
}
