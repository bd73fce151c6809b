/**
 * The body while a record loads (docs/performance.md, "A body during loading"): the light model, bare, from the
 * front, drawn as soon as the 3D chunk and public/models/body-lite.glb are here, so that a phone shows a body before
 * the record has arrived. It is a picture only: no pointer, no keyboard, hidden from assistive technology (the
 * progress bar beside it says what is happening), and it sets no scene status and no test hook: the twin's own
 * scene (BodyScene.tsx) replaces it when the record is shown. After its first frame it requests the full model, so
 * that the scene usually finds it loaded. Without WebGL it shows nothing; an error (the model cannot load) reaches
 * the quiet boundary of src/app/lazyScene.tsx `LazyBodyPreview`, which shows nothing either.
 */
import { Suspense, useLayoutEffect, useMemo, useState } from 'react'
import { Canvas, useLoader, useThree } from '@react-three/fiber'
import { BODY_LITE_URL, BODY_MODEL_URL, GLTFLoader, configureBodyLoader } from './assets.ts'
import { SCENE_BACKGROUND, extractBodyParts } from './bodyModel.ts'
import { bodyBox, homePose } from './cameraMath.ts'
import { SceneContents } from './SceneContents.tsx'
import { markBodyFrame, useAfterNextFrame } from './useAfterNextFrame.ts'
import { hasWebGL } from './webgl.ts'

const FOV = 35

function PreviewBody() {
  const lite = useLoader(GLTFLoader, BODY_LITE_URL, configureBodyLoader)
  const parts = useMemo(() => extractBodyParts(lite.scene), [lite])
  const camera = useThree((s) => s.camera)
  const aspect = useThree((s) => s.size.width / Math.max(s.size.height, 1))
  const invalidate = useThree((s) => s.invalidate)
  // The twin's home pose (CameraRig starts there too), so the body does not jump when the scene replaces this.
  useLayoutEffect(() => {
    const pose = homePose(bodyBox(parts), FOV, aspect)
    camera.position.copy(pose.position)
    camera.lookAt(pose.target)
    invalidate()
  }, [parts, aspect, camera, invalidate])
  useAfterNextFrame(parts, () => {
    markBodyFrame()
    useLoader.preload(GLTFLoader, BODY_MODEL_URL, configureBodyLoader)
  })
  return <SceneContents parts={parts} />
}

/** The bare light body, drawn while the record loads. */
export function BodyPreview() {
  const [webgl] = useState(hasWebGL)
  if (!webgl) return null
  return (
    <div className="scene-preview" aria-hidden="true">
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        gl={{ antialias: !__E2E__ }}
        camera={{ fov: FOV, near: 0.05, far: 30, position: [0, 0.9, 3.2] }}
      >
        <color attach="background" args={[SCENE_BACKGROUND]} />
        <Suspense fallback={null}>
          <PreviewBody />
        </Suspense>
      </Canvas>
    </div>
  )
}
