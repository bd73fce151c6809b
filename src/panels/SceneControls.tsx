/**
 * Buttons and controls for the 3D body that need no dragging (WCAG 2.2 2.5.7): turn, tilt, zoom, reset, the four
 * side views, the layer checkboxes and the x-ray (skin opacity) slider. Hidden when the 3D body is not available.
 */
import type { OrganLayer } from '../anatomy/organIds.ts'
import type { ViewRequest } from '../twin/twinStore.ts'
import { useTwin } from '../twin/TwinContext.tsx'
import type { MessageKey } from '../i18n/en.ts'
import { useT } from '../twin/useT.ts'

const MOVES: readonly { readonly kind: ViewRequest['kind']; readonly label: MessageKey }[] = [
  { kind: 'rotate-left', label: 'controls.turnLeft' },
  { kind: 'rotate-right', label: 'controls.turnRight' },
  { kind: 'rotate-up', label: 'controls.tiltUp' },
  { kind: 'rotate-down', label: 'controls.tiltDown' },
  { kind: 'zoom-in', label: 'controls.zoomIn' },
  { kind: 'zoom-out', label: 'controls.zoomOut' },
  { kind: 'reset', label: 'controls.reset' },
]

const VIEWS: readonly { readonly kind: ViewRequest['kind']; readonly label: MessageKey }[] = [
  { kind: 'front', label: 'controls.front' },
  { kind: 'back', label: 'controls.back' },
  { kind: 'left', label: 'controls.left' },
  { kind: 'right', label: 'controls.right' },
]

const LAYER_LABELS: readonly { readonly layer: OrganLayer; readonly label: MessageKey }[] = [
  { layer: 'skin', label: 'controls.layer.skin' },
  { layer: 'skeleton', label: 'controls.layer.skeleton' },
  { layer: 'organs', label: 'controls.layer.organs' },
  { layer: 'vessels', label: 'controls.layer.vessels' },
]

/** The view controls beside the 3D body. */
export function SceneControls() {
  const t = useT()
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
        {t('controls.heading')}
      </h2>
      <div role="group" aria-label={t('controls.move')} className="control-row">
        {MOVES.map((m) => (
          <button
            key={m.kind}
            type="button"
            onClick={() => {
              requestView(m.kind)
            }}
          >
            {t(m.label)}
          </button>
        ))}
      </div>
      <div role="group" aria-label={t('controls.lookFrom')} className="control-row">
        <span aria-hidden="true" className="control-caption">
          {t('controls.lookFromCaption')}
        </span>
        {VIEWS.map((v) => (
          <button
            key={v.kind}
            type="button"
            onClick={() => {
              requestView(v.kind)
            }}
          >
            {t(v.label)}
          </button>
        ))}
      </div>
      <fieldset className="control-row layers">
        <legend>{t('controls.layers')}</legend>
        {LAYER_LABELS.map(({ layer, label }) => (
          <label key={layer}>
            <input
              type="checkbox"
              checked={layers[layer]}
              onChange={(e) => {
                setLayerVisible(layer, e.currentTarget.checked)
              }}
            />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <label className="control-row xray">
        {t('controls.xray')}
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={percent}
          aria-valuetext={t('controls.percent', { percent })}
          onChange={(e) => {
            setSkinOpacity(Number(e.currentTarget.value) / 100)
          }}
        />
        <span aria-hidden="true">{t('controls.percent', { percent })}</span>
      </label>
    </section>
  )
}
