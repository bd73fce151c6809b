/**
 * The twin once a record is loaded: tools (mode, language, filters, search, share, print, credits), the timeline,
 * the 3D body with its legend, region buttons and body map, the details panel and the record view.
 */
import { useEffect, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { usePlaceStatuses, useTwin } from '../twin/TwinContext.tsx'
import type { RegionPanel, TwinStore } from '../twin/twinStore.ts'
import { isOrganId } from '../anatomy/organIds.ts'
import { REGION_IDS } from '../anatomy/vocabulary.ts'
import { bodySexOf, mindHaloOf, organsForSex } from '../twin/visibility.ts'
import { BodyScene } from '../scene/BodyScene.tsx'
import { takeFrontSnapshot } from '../scene/snapshot.ts'
import { PatientBanner } from '../panels/PatientBanner.tsx'
import { HiddenDisclosure, MissingNotice } from '../panels/Notices.tsx'
import { RecordView } from '../panels/RecordView.tsx'
import { BodyMap } from '../panels/BodyMap.tsx'
import { SceneControls } from '../panels/SceneControls.tsx'
import { Legend } from '../panels/Legend.tsx'
import { TimelineScrubber } from '../panels/TimelineScrubber.tsx'
import { ViewControls } from '../panels/ViewControls.tsx'
import { Search } from '../panels/Search.tsx'
import { OrganPanel } from '../panels/organPanel/OrganPanel.tsx'
import { PrintSummary } from '../panels/PrintSummary.tsx'
import { AboutDialog } from '../panels/AboutDialog.tsx'
import { useT } from '../twin/useT.ts'
import { STATUS_STYLES } from '../twin/palette.ts'
import { decodeViewState, encodeViewState } from './viewState.ts'
import { viewLink } from './viewLink.ts'

/**
 * Applies the view state from the URL (fragment, or query for `?mode=`) once, then keeps the fragment in step
 * with the store. Only view state goes into the URL: never patient data.
 * @param store - the app's store
 */
function useViewStateInUrl(store: TwinStore): void {
  useEffect(() => {
    const fromUrl = decodeViewState(window.location.hash || window.location.search)
    const s = store.getState()
    s.setMode(fromUrl.mode)
    s.setLocale(fromUrl.locale)
    s.setFilters(fromUrl.filters)
    s.setTimeCursor(fromUrl.date)
    if (fromUrl.organ) s.selectOrgan(fromUrl.organ)
    const write = (): void => {
      const st = store.getState()
      const hash = encodeViewState({
        organ: st.selectedOrganId,
        date: st.timeCursor,
        mode: st.mode,
        locale: st.locale,
        filters: st.filters,
      })
      const url = `${window.location.pathname}${window.location.search}${hash ? `#${hash}` : ''}`
      if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
        window.history.replaceState(window.history.state, '', url)
      }
    }
    write()
    return store.subscribe(write)
  }, [store])
}

const REGIONS: readonly RegionPanel[] = ['mind', 'whole_body', 'blood', 'nerves', 'life', 'family', 'unplaced']
/** Listed only when the record places something there, so other records look as before. */
const ONLY_WHEN_PLACED: ReadonlySet<RegionPanel> = new Set(['blood', 'nerves'])

function RegionButtons() {
  const t = useT()
  const selected = useTwin((s) => s.selectedRegion)
  const selectRegion = useTwin((s) => s.selectRegion)
  const counts = useTwin(
    useShallow((s) => ({
      mind: s.twin?.map.mind.length ?? 0,
      whole_body: s.twin?.map.wholeBody.length ?? 0,
      blood: s.twin?.map.blood.length ?? 0,
      nerves: s.twin?.map.nerves.length ?? 0,
      life: s.twin?.map.lifeAndContext.length ?? 0,
      family: s.twin?.map.familyHistory.length ?? 0,
      unplaced: (s.twin?.map.unplaced.length ?? 0) + (s.twin?.map.ruledOut.length ?? 0),
    })),
  )
  const labels: Record<RegionPanel, string> = {
    mind: t('panel.mind'),
    whole_body: t('panel.wholeBody'),
    blood: t('panel.blood'),
    nerves: t('panel.nerves'),
    life: t('panel.life'),
    family: t('panel.familyHistory'),
    unplaced: t('panel.unplaced'),
  }
  return (
    <section aria-labelledby="regions-heading" className="regions">
      <h3 id="regions-heading">{t('regions.heading')}</h3>
      <ul>
        {REGIONS.filter((r) => counts[r] > 0 || !ONLY_WHEN_PLACED.has(r)).map((r) => (
          <li key={r}>
            <button
              type="button"
              aria-pressed={selected === r}
              onClick={() => {
                selectRegion(selected === r ? null : r)
              }}
            >
              {t('regions.count', { label: labels[r], count: counts[r] })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}

function Details() {
  const t = useT()
  const organ = useTwin((s) => s.selectedOrganId)
  const region = useTwin((s) => s.selectedRegion)
  const selectOrgan = useTwin((s) => s.selectOrgan)
  const selectRegion = useTwin((s) => s.selectRegion)
  const target = organ ?? region
  if (target === null) return <p className="muted select-hint">{t('twin.selectHint')}</p>
  return (
    <OrganPanel
      target={target}
      onClose={() => {
        selectOrgan(null)
        selectRegion(null)
      }}
    />
  )
}

function UsedStatuses() {
  const statuses = usePlaceStatuses()
  const used = useMemo(() => new Set(statuses.values()), [statuses])
  const selectedRegion = useTwin((s) => s.selectedRegion)
  const sceneReady = useTwin((s) => s.sceneStatus === 'ready')
  // The halo line only while the 3D body is there and draws the halo (no line without WebGL or the model).
  const mindHalo = sceneReady && mindHaloOf(statuses.get('mind'), selectedRegion) !== 'hidden'
  return (
    <Legend
      statuses={(Object.keys(STATUS_STYLES) as (keyof typeof STATUS_STYLES)[]).filter((s) => used.has(s))}
      mindHalo={mindHalo}
    />
  )
}

function ShareLink() {
  const t = useT()
  const [message, setMessage] = useState<string | null>(null)
  return (
    <span className="share">
      <button
        type="button"
        onClick={() => {
          const url = viewLink(window.location.href)
          navigator.clipboard.writeText(url).then(
            () => {
              setMessage(t('share.copied'))
            },
            () => {
              setMessage(t('share.manual', { url }))
            },
          )
        }}
      >
        {t('share.copy')}
      </button>
      <span role="status" className="muted">
        {message}
      </span>
    </span>
  )
}

/** The twin view: everything shown once a record is ready. */
export function TwinView({
  store,
  showBanner,
  onClose,
}: {
  store: TwinStore
  showBanner: boolean
  onClose: () => void
}) {
  const t = useT()
  const [printing, setPrinting] = useState(false)
  const sex = bodySexOf(useTwin((s) => s.twin?.record.patient?.gender))
  const placed = useTwin((s) => s.twin?.map.byOrgan)
  const visiblePlaces = useMemo(
    () => new Set<string>([...organsForSex(sex, new Set(Object.keys(placed ?? {}))), ...REGION_IDS]),
    [sex, placed],
  )
  useViewStateInUrl(store)
  if (printing) {
    return (
      <PrintSummary
        onBack={() => {
          setPrinting(false)
        }}
        takeSnapshot={takeFrontSnapshot}
      />
    )
  }
  return (
    <>
      {showBanner && <PatientBanner onClose={onClose} />}
      <MissingNotice />
      <HiddenDisclosure />
      <section aria-label={t('twin.toolbar')} className="toolbar">
        <ViewControls />
        <Search
          visiblePlaces={visiblePlaces}
          onSelect={(place) => {
            const s = store.getState()
            if (isOrganId(place)) {
              s.selectOrgan(place)
              s.requestView('focus-selected')
            } else s.selectRegion(place)
          }}
        />
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setPrinting(true)
            }}
          >
            {t('print.button')}
          </button>
          <ShareLink />
          <AboutDialog />
        </div>
      </section>
      <TimelineScrubber />
      <div className="twin-layout">
        <section className="body-column" aria-label={t('twin.body')}>
          <BodyScene />
          <SceneControls />
          <UsedStatuses />
          <BodyMap />
          <RegionButtons />
        </section>
        <section className="record-column" aria-label={t('twin.details')}>
          <Details />
          <RecordView />
        </section>
      </div>
    </>
  )
}
