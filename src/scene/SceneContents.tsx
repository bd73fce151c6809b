/**
 * What sits inside <Canvas>: the organs as separate meshes with their own cloned materials, the transparent skin,
 * the mind halo behind the figure, and lights. No drei and no DOM here, so @react-three/test-renderer can render it
 * in node.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useThree, type ThreeEvent } from '@react-three/fiber'
import { Color, Mesh, type Intersection, type MeshStandardMaterial, type Raycaster } from 'three'
import { ORGANS, type OrganId } from '../anatomy/organIds.ts'
import { usePlaceStatuses, useTwin } from '../twin/TwinContext.tsx'
import { HIGHLIGHT, layerColour, makeOrganMaterial, noRaycast, type BodyPart } from './bodyModel.ts'
import { MindHalo } from './MindHalo.tsx'
import type { OrganStatus } from '../twin/selectors.ts'
import { STATUS_STYLES } from '../twin/palette.ts'
import { bodySexOf, isShownForSex, mindHaloOf } from './visibility.ts'
import { useTwinStore } from './useTwinStore.ts'

/** Two taps on the same organ within this time focus the camera on it (touch has no reliable dblclick). */
const DOUBLE_TAP_MS = 400

/**
 * The body fat shell's opacity: faint while not selected, so the organs seen through it keep their legend colours;
 * while selected never fainter than the selected value, so its own status colour reads at a low X-ray setting.
 */
const FAT_OPACITY = { shown: 0.2, selected: 0.35 } as const

/**
 * Draw order of the see-through skin-layer shells, after the opaque organs: the fat under the skin first, then the
 * skin over it.
 */
const SHELL_ORDER: Readonly<Record<string, number>> = { adipose_tissue: 1, skin: 2 }

/** The default mesh raycast, for organs that are shown. */
function meshRaycast(this: Mesh, raycaster: Raycaster, intersects: Intersection[]): void {
  Mesh.prototype.raycast.call(this, raycaster, intersects)
}

/** Applies legend colours, selection/hover highlights and the skin opacity to the per-organ clones. */
function applyHighlights(
  materials: ReadonlyMap<OrganId, MeshStandardMaterial>,
  selected: OrganId | null,
  hovered: OrganId | null,
  skinOpacity: number,
  statuses: ReadonlyMap<string, OrganStatus>,
): void {
  for (const [id, material] of materials) {
    const status = statuses.get(id)
    if (id === 'skin') {
      // The see-through skin is the outline of the whole figure: it takes a light tint of the whole-body region's
      // status (systemic findings such as fever or a drug overdose), never of its own, which the body map states in
      // words.
      const whole = statuses.get('whole_body')
      material.color.set(layerColour(id))
      if (whole !== undefined) material.color.lerp(new Color(STATUS_STYLES[whole].colour), 0.35)
    } else {
      // Everything else, the see-through body fat under the skin included, takes its own status colour.
      material.color.set(status !== undefined ? STATUS_STYLES[status].colour : layerColour(id))
    }
    const colour = id === selected ? HIGHLIGHT.selected : id === hovered ? HIGHLIGHT.hovered : '#000000'
    material.emissive.set(colour)
    material.emissiveIntensity = id === selected ? 0.6 : id === hovered ? 0.45 : 0
    if (id === 'skin') material.opacity = skinOpacity
    else if (ORGANS[id].layer === 'skin') {
      material.opacity =
        id === selected ? Math.max(skinOpacity, FAT_OPACITY.selected) : Math.min(skinOpacity, FAT_OPACITY.shown)
    }
  }
}

export interface SceneContentsProps {
  readonly parts: readonly BodyPart[]
}

/** The body: skin over organs; selection, hover and visibility come from the store. */
export function SceneContents({ parts }: SceneContentsProps) {
  const store = useTwinStore()
  const invalidate = useThree((s) => s.invalidate)
  const selected = useTwin((s) => s.selectedOrganId)
  const hovered = useTwin((s) => s.hoveredOrganId)
  const layers = useTwin((s) => s.layers)
  const skinOpacity = useTwin((s) => s.skinOpacity)
  const hidden = useTwin((s) => s.hiddenOrganIds)
  const selectedRegion = useTwin((s) => s.selectedRegion)
  const sex = bodySexOf(useTwin((s) => s.record?.patient?.gender))
  // Legend statuses at the timeline cursor: the same selector the 3D body, the body map and the list use.
  const statuses = usePlaceStatuses()

  // One cloned material per organ and mount; disposed when the parts change or the scene unmounts.
  const materials = useMemo(() => new Map(parts.map((p) => [p.id, makeOrganMaterial(p)])), [parts])
  useEffect(
    () => () => {
      for (const m of materials.values()) m.dispose()
    },
    [materials],
  )
  // The geometries come from the loader's cache: free their GPU buffers when the body goes away (three uploads
  // them again if the cached model is shown later).
  useEffect(
    () => () => {
      for (const p of parts) p.geometry.dispose()
    },
    [parts],
  )

  // Highlights are applied to the clones in place, then one frame is requested (frameloop="demand").
  useLayoutEffect(() => {
    applyHighlights(materials, selected, hovered, skinOpacity, statuses)
    invalidate()
  }, [materials, selected, hovered, skinOpacity, statuses, invalidate])

  const lastTap = useRef<{ id: OrganId; at: number } | null>(null)

  return (
    <group name="body">
      <ambientLight intensity={0.55} />
      <directionalLight position={[1.5, 2.5, 3]} intensity={1.6} />
      <directionalLight position={[-2, 1.5, -2.5]} intensity={0.7} />
      <MindHalo parts={parts} status={statuses.get('mind')} state={mindHaloOf(statuses.get('mind'), selectedRegion)} />
      {parts.map((part) => {
        const material = materials.get(part.id)
        if (material === undefined) return null
        const layer = ORGANS[part.id].layer
        const visible = layers[layer] && isShownForSex(part.id, sex, statuses, selected) && !hidden.includes(part.id)
        if (layer === 'skin') {
          // Never clicked in 3D: the skin layer is reached through the body map (keyboard and pointer).
          return (
            <mesh
              key={part.id}
              name={part.id}
              geometry={part.geometry}
              material={material}
              visible={visible}
              renderOrder={SHELL_ORDER[part.id] ?? 1}
              raycast={noRaycast}
            />
          )
        }
        const { selectOrgan, hoverOrgan, requestView } = store.getState()
        const onClick = (e: ThreeEvent<MouseEvent>) => {
          e.stopPropagation()
          store.getState().selectOrgan(part.id)
          // test-renderer passes no native event; a real click is a PointerEvent in Chromium and Firefox.
          const native = e.nativeEvent as Partial<PointerEvent> | undefined
          const now = typeof performance === 'undefined' ? Date.now() : performance.now()
          const previous = lastTap.current
          lastTap.current = { id: part.id, at: now }
          if (native?.pointerType === 'touch' && previous?.id === part.id && now - previous.at < DOUBLE_TAP_MS) {
            requestView('focus-selected')
          }
        }
        return (
          <mesh
            key={part.id}
            name={part.id}
            geometry={part.geometry}
            material={material}
            visible={visible}
            // r3f raycasts hidden objects too: a hidden organ must not catch clicks meant for what is behind it.
            raycast={visible ? meshRaycast : noRaycast}
            onClick={onClick}
            onDoubleClick={(e) => {
              e.stopPropagation()
              selectOrgan(part.id)
              requestView('focus-selected')
            }}
            onPointerOver={(e) => {
              e.stopPropagation()
              hoverOrgan(part.id)
            }}
            onPointerOut={() => {
              if (store.getState().hoveredOrganId === part.id) hoverOrgan(null)
            }}
          />
        )
      })}
    </group>
  )
}
