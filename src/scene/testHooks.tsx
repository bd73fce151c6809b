/**
 * Read-only test hooks on window.__twin, rendered only in the e2e build (`__E2E__`, TOOLCHAIN.md gotcha 10 and §8).
 * They project pick points to page coordinates, put the camera into a named view, read back pixels and count
 * frames. Nothing here changes domain data except hideOrgans (a per-organ visibility toggle the store already has).
 */
import { useEffect, type RefObject } from 'react'
import { useThree } from '@react-three/fiber'
import * as THREE from 'three'
import type { OrganId } from '../anatomy/organIds.ts'
import type { BodyPart } from './bodyModel.ts'
import type { CameraRigApi } from './CameraRig.tsx'
import { ndcToPage } from './ndcToPage.ts'
import { perf } from './perf.ts'
import { samplePixels, type SceneSample } from './samplePixels.ts'
import type { ViewDirection } from '../twin/visibility.ts'
import { useTwinStore } from './useTwinStore.ts'

/** The hooks' shape (window.__twin). */
export interface TwinTestApi {
  /** True after the body loaded and a frame with it rendered. */
  readonly ready: boolean
  readonly perf: { readonly frames: number; readonly firstFrameMs: number | null }
  /** The pick point of an organ in page coordinates, or null when the organ has no pick. */
  screenPos: (id: OrganId) => { x: number; y: number } | null
  /** Camera into a named view (centred on an organ's pick point if one is given). */
  view: (direction: ViewDirection, organ?: OrganId) => void
  /** Renders now and reads back pixels; optionally the colour at a page point. */
  sample: (point?: { x: number; y: number }) => SceneSample
  webgl: () => { webgl2: boolean; renderer: string }
  /** Hides exactly these organs (store.setHiddenOrgans). */
  hideOrgans: (ids: readonly OrganId[]) => void
  /**
   * Turns the camera a full circle in `frames` steps, rendering each and reading one pixel back (which waits for
   * the GPU); resolves with the mean ms per frame.
   */
  orbit: (frames: number) => Promise<number>
  /** True while a camera move animates. */
  moving: () => boolean
  /** The pick data of every organ in the model. */
  picks: () => { id: OrganId; pickFrom: ViewDirection | null; pickHide: readonly OrganId[] }[]
  /**
   * The marking overlays in the scene graph (markingMaterials.ts), read from the drawn objects: each marked organ,
   * its marking, whether the organ is drawn, and the organ material's colour and opacity.
   */
  markings: () => SceneMarking[]
}

/** One marking overlay as the scene draws it. */
export interface SceneMarking {
  readonly id: string
  readonly marking: string
  readonly visible: boolean
  readonly colour: string
  readonly opacity: number
}

/** Reads the marking overlays (children named `<organ>#<marking>`) out of the scene. */
function readMarkings(scene: THREE.Object3D): SceneMarking[] {
  const out: SceneMarking[] = []
  scene.traverse((node) => {
    const match = /^(.+)#(removed|side-not-recorded)$/.exec(node.name)
    const organ = node.parent
    if (match === null || !(organ instanceof THREE.Mesh)) return
    const material = (organ as THREE.Mesh).material
    const standard = material instanceof THREE.MeshStandardMaterial ? material : null
    out.push({
      id: match[1] ?? '',
      marking: match[2] ?? '',
      visible: organ.visible && node.visible,
      colour: `#${standard?.color.getHexString() ?? ''}`,
      opacity: standard?.opacity ?? 1,
    })
  })
  return out.sort((a, b) => a.id.localeCompare(b.id))
}

declare global {
  interface Window {
    __twin?: TwinTestApi
  }
}

// Kept outside the api object so re-installing the hooks (new camera, new parts) keeps the flag.
let sceneReady = false

/**
 * Sets the ready flag (and fires `twin:scene-ready` when it becomes true).
 * @param ready - true once the first frame with the body has rendered; false when a new scene mounts
 */
export function markSceneReady(ready: boolean): void {
  sceneReady = ready
  if (ready) window.dispatchEvent(new CustomEvent('twin:scene-ready'))
}

export interface TestHooksProps {
  readonly parts: readonly BodyPart[]
  readonly rig: RefObject<CameraRigApi | null>
}

/** Installs window.__twin while mounted; `ready` is set by SceneReady. */
export function TestHooks({ parts, rig }: TestHooksProps) {
  const { camera, gl, scene, invalidate } = useThree()
  const store = useTwinStore()
  useEffect(() => {
    const api: TwinTestApi = {
      get ready() {
        return sceneReady
      },
      perf,
      screenPos(id) {
        const pick = parts.find((p) => p.id === id)?.pick
        if (!pick) return null
        camera.updateMatrixWorld()
        const ndc = new THREE.Vector3(...pick).project(camera)
        return ndcToPage(ndc, gl.domElement.getBoundingClientRect())
      },
      view(direction, organ) {
        rig.current?.jumpToView(direction, organ)
      },
      sample(point) {
        return samplePixels(gl, scene, camera, point)
      },
      webgl() {
        const ctx = gl.getContext()
        const info = ctx.getExtension('WEBGL_debug_renderer_info')
        const renderer: unknown = info ? ctx.getParameter(info.UNMASKED_RENDERER_WEBGL) : ctx.getParameter(ctx.RENDERER)
        return { webgl2: gl.capabilities.isWebGL2, renderer: String(renderer) }
      },
      hideOrgans(ids) {
        store.getState().setHiddenOrgans(ids)
      },
      orbit(frames) {
        const ctx = gl.getContext()
        const pixel = new Uint8Array(4)
        const start = performance.now()
        for (let i = 0; i < frames; i++) {
          rig.current?.turn((2 * Math.PI) / frames)
          gl.render(scene, camera)
          ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel)
        }
        const ms = (performance.now() - start) / Math.max(1, frames)
        invalidate()
        return Promise.resolve(ms)
      },
      moving: () => rig.current?.moving() ?? false,
      picks: () => parts.map((p) => ({ id: p.id, pickFrom: p.pickFrom, pickHide: p.pickHide })),
      markings: () => readMarkings(scene),
    }
    window.__twin = api
    return () => {
      if (window.__twin === api) delete window.__twin
    }
  }, [camera, gl, scene, invalidate, parts, rig, store])
  return null
}
