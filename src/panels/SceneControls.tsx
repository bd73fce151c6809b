/**
 * Buttons and controls for the 3D body that need no dragging (WCAG 2.2 2.5.7): turn, tilt, zoom, reset, the four
 * side views, the layer checkboxes and the x-ray (skin opacity) slider. Hidden when the 3D body is not available.
 */
import type { OrganLayer } from '../anatomy/organIds.ts'
import type { ViewRequest } from '../twin/twinStore.ts'
import { useTwin } from '../twin/TwinContext.tsx'

const MOVES: readonly { readonly kind: ViewRequest['kind']; readonly label: string }[] = [
  { kind: 'rotate-left', label: 'Turn left' },
  { kind: 'rotate-right', label: 'Turn right' },
  { kind: 'rotate-up', label: 'Tilt up' },
  { kind: 'rotate-down', label: 'Tilt down' },
  { kind: 'zoom-in', label: 'Zoom in' },
  { kind: 'zoom-out', label: 'Zoom out' },
  { kind: 'reset', label: 'Reset view' },
]

const VIEWS: readonly { readonly kind: ViewRequest['kind']; readonly label: string }[] = [
  { kind: 'front', label: 'Front' },
  { kind: 'back', label: 'Back' },
  { kind: 'left', label: 'Left side' },
  { kind: 'right', label: 'Right side' },
]

const LAYER_LABELS: readonly { readonly layer: OrganLayer; readonly label: string }[] = [
  { layer: 'skin', label: 'Skin' },
  { layer: 'skeleton', label: 'Bones' },
  { layer: 'organs', label: 'Organs' },
  { layer: 'vessels', label: 'Blood vessels' },
]

/** The view controls beside the 3D body. */
export function SceneControls() {
  const status = useTwin((s) => s.sceneStatus)
  const requestView = useTwin((s) => s.requestView)
  const layers = useTwin((s) => s.layers)
  const setLayerVisible = useTwin((s) => s.setLayerVisible)
  const skinOpacity = useTwin((s) => s.skinOpacity)
  const setSkinOpacity = useTwin((s) => s.setSkinOpacity)
  if (status === 'unavailable' || status === 'error') return null
  const percent = Math.round(skinOpacity * 100)
  return (
    <section className="scene-controls" aria-labelledby="scene-controls-heading">
      <h2 id="scene-controls-heading" className="visually-hidden">
        3D view controls
      </h2>
      <div role="group" aria-label="Turn and zoom" className="control-row">
        {MOVES.map((m) => (
          <button
            key={m.kind}
            type="button"
            onClick={() => {
              requestView(m.kind)
            }}
          >
            {m.label}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Look from" className="control-row">
        <span aria-hidden="true" className="control-caption">
          Look from:
        </span>
        {VIEWS.map((v) => (
          <button
            key={v.kind}
            type="button"
            onClick={() => {
              requestView(v.kind)
            }}
          >
            {v.label}
          </button>
        ))}
      </div>
      <fieldset className="control-row layers">
        <legend>Layers</legend>
        {LAYER_LABELS.map(({ layer, label }) => (
          <label key={layer}>
            <input
              type="checkbox"
              checked={layers[layer]}
              onChange={(e) => {
                setLayerVisible(layer, e.currentTarget.checked)
              }}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label className="control-row xray">
        X-ray (skin opacity)
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={percent}
          aria-valuetext={`${String(percent)}%`}
          onChange={(e) => {
            setSkinOpacity(Number(e.currentTarget.value) / 100)
          }}
        />
        <span aria-hidden="true">{percent}%</span>
      </label>
    </section>
  )
}
