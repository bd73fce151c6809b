/**
 * The twin once a record is loaded: the body fills the stage under a slim header (TwinHeader: mode, language, menu),
 * with camera controls and the legend over it and the timeline docked under it; the details, body map, region
 * lists, search, filters and record view sit in a side panel on wide screens and a bottom sheet on phones (Sheet).
 */
import { useEffect, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { usePlaceStatuses, useTwin } from '../twin/TwinContext.tsx'
import type { RegionPanel, TwinStore } from '../twin/twinStore.ts'
import { isOrganId } from '../anatomy/organIds.ts'
import { REGION_IDS } from '../anatomy/vocabulary.ts'
import { bodySexOf, mindHaloOf, organsForSex } from '../twin/visibility.ts'
import { takeFrontSnapshot } from '../scene/snapshot.ts'
import { PatientBanner } from '../panels/PatientBanner.tsx'
import { Disclaimer, HiddenDisclosure, MissingNotice } from '../panels/Notices.tsx'
import { RecordView } from '../panels/RecordView.tsx'
import { BodyMap } from '../panels/BodyMap.tsx'
import { SceneControls } from '../panels/SceneControls.tsx'
import { Legend } from '../panels/Legend.tsx'
import { TimelineScrubber } from '../panels/TimelineScrubber.tsx'
import { RecordFilters } from '../panels/viewControls/RecordFilters.tsx'
import { Sheet } from '../panels/layout/Sheet.tsx'
import { FirstRunGuide, useGuide } from '../panels/layout/FirstRunGuide.tsx'
import { WIDE } from '../panels/layout/useMediaQuery.ts'
import { TwinHeader } from './TwinHeader.tsx'
import { Search } from '../panels/Search.tsx'
import { OrganPanel } from '../panels/organPanel/OrganPanel.tsx'
import { PrintSummary } from '../panels/PrintSummary.tsx'
import { useT } from '../twin/useT.ts'
import { STATUS_STYLES } from '../twin/palette.ts'
import { decodeViewState, encodeViewState } from './viewState.ts'
import { LazyBodyScene } from './lazyScene.tsx'
import { LayNamesGate } from './LayNamesGate.tsx'
import { useRecordReadySignal } from './recordReadySignal.ts'

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
    // "Back" over the bottom sheet's history entry lands on an entry written before the last selection: rewrite it.
    window.addEventListener('popstate', write)
    const unsubscribe = store.subscribe(write)
    return () => {
      window.removeEventListener('popstate', write)
      unsubscribe()
    }
  }, [store])
}

/** The camera controls start open on wide screens and folded on phones (where they would cover the body). */
const wideAtStart = (): boolean => window.matchMedia(WIDE).matches
/** The legend starts open unless the screen is phone-narrow (there it folds to one line over the body). */
const legendOpenAtStart = (): boolean => window.matchMedia('(min-width: 700px)').matches

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

/** The stage: the 3D body with its controls, legend and (first run) guide over it, and the timeline docked below. */
function Stage({ guide, dismissGuide }: { guide: boolean; dismissGuide: () => void }) {
  const t = useT()
  return (
    <section className="stage" aria-label={t('twin.body')}>
      <div className="stage-view">
        <LazyBodyScene />
        <details className="stage-controls" open={wideAtStart()}>
          <summary>{t('controls.heading')}</summary>
          <SceneControls />
        </details>
        <details className="stage-legend" open={legendOpenAtStart()}>
          <summary>{t('legend.heading')}</summary>
          <UsedStatuses />
        </details>
        {guide && <FirstRunGuide onDismiss={dismissGuide} />}
      </div>
      <TimelineScrubber />
    </section>
  )
}

/** The side panel's (or bottom sheet's) sections: details, body map and region lists, then search and the record. */
function SheetSections({ store, showBanner }: { store: TwinStore; showBanner: boolean }) {
  const t = useT()
  const sex = bodySexOf(useTwin((s) => s.twin?.record.patient?.gender))
  const placed = useTwin((s) => s.twin?.map.byOrgan)
  const visiblePlaces = useMemo(
    () => new Set<string>([...organsForSex(sex, new Set(Object.keys(placed ?? {}))), ...REGION_IDS]),
    [sex, placed],
  )
  return (
    <>
      <section id="sheet-details" className="sheet-section" aria-label={t('twin.details')} tabIndex={-1}>
        <MissingNotice />
        <HiddenDisclosure />
        <Details />
        {showBanner && <PatientBanner asOf={false} />}
      </section>
      <div id="sheet-bodymap" className="sheet-section" tabIndex={-1} role="group" aria-label={t('bodymap.heading')}>
        <BodyMap />
        <RegionButtons />
      </div>
      <div id="sheet-record" className="sheet-section" tabIndex={-1} role="group" aria-label={t('record.region')}>
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
        <RecordFilters />
        <RecordView />
      </div>
    </>
  )
}

interface TwinViewProps {
  store: TwinStore
  showBanner: boolean
  onClose: () => void
}

/** The twin view, once the lay-name tables are there (LayNamesGate). */
export function TwinView(props: TwinViewProps) {
  return (
    <LayNamesGate>
      <TwinScreen {...props} />
    </LayNamesGate>
  )
}

/** The header, the body on its stage, and the details beside it (or in a bottom sheet). */
function TwinScreen({ store, showBanner, onClose }: TwinViewProps) {
  useRecordReadySignal()
  const t = useT()
  const [printing, setPrinting] = useState(false)
  const [guide, dismissGuide, showGuide] = useGuide()
  // Each selection (the same part again included) opens the bottom sheet: the key changes with the count.
  const target = useTwin((s) => {
    const place = s.selectedOrganId ?? s.selectedRegion
    return place === null ? null : `${place}#${String(s.selectionCount)}`
  })
  useViewStateInUrl(store)
  if (printing) {
    return (
      <div className="print-page">
        <h1 className="print-title">{t('app.title')}</h1>
        <PrintSummary
          onBack={() => {
            setPrinting(false)
          }}
          takeSnapshot={takeFrontSnapshot}
        />
      </div>
    )
  }
  return (
    <div className="twin-page">
      <TwinHeader
        onPrint={() => {
          setPrinting(true)
        }}
        onShowGuide={showGuide}
        onClose={showBanner ? onClose : null}
        showPatient={showBanner}
      />
      <div className="twin-screen">
        <Stage guide={guide} dismissGuide={dismissGuide} />
        <Sheet
          peek={
            <div className="sheet-disclaimer">
              <Disclaimer />
            </div>
          }
          jumps={[
            { id: 'sheet-details', label: t('twin.details') },
            { id: 'sheet-record', label: t('record.region') },
            { id: 'sheet-bodymap', label: t('bodymap.heading') },
          ]}
          openKey={target}
        >
          <SheetSections store={store} showBanner={showBanner} />
        </Sheet>
      </div>
    </div>
  )
}
