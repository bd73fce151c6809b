/**
 * The twin's state: data only (ids, values, and the Twin's Map/Set lookups; never three.js objects, clients or
 * promises).
 * One store per mounted app (createTwinStore), so each test and each patient starts clean.
 */
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { RecordType } from '../timeline/recordTypes.ts'
import type { EventKind, PatientSummary } from '../timeline/types.ts'
import type { OrganId, OrganLayer } from '../anatomy/organIds.ts'
import type { Locale } from '../i18n/locale.ts'
import type { Twin } from './twin.ts'
import { DEFAULT_SKIN_OPACITY } from './visibility.ts'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

/** Where the record comes from. */
export type RecordSource =
  | { readonly kind: 'server'; readonly baseUrl: string }
  | { readonly kind: 'file'; readonly fileName: string }
  /** A SMART Health Link: its label, or null when it has none; never the link or its key. */
  | { readonly kind: 'health-link'; readonly label: string | null }

/** The record types a notice can name. */
export type MissingCategoryName = 'Patient' | RecordType

/** A category that did not arrive complete; shown as a persistent notice (I5). */
export interface MissingCategory {
  /** The record-view section it belongs to. */
  readonly section: EventKind
  /** What is missing: a FHIR record type, or 'Patient' (panels translate it). */
  readonly category: MissingCategoryName
  /** `not-permitted`: the server refused the search (403, docs/reliability.md B4); `not-shared`: outside the sign-in's grant (A15). */
  readonly status: 'failed' | 'incomplete' | 'not-offered' | 'not-permitted' | 'not-shared'
  readonly message: string | null
}

export interface LoadProgressState {
  readonly pages: number
  readonly resources: number
  readonly typesDone: number
  readonly typesTotal: number
}

export interface ErrorState {
  /** A FhirError kind, or 'session-ended': the SMART sign-in ended (token refused, refresh refused); relaunch. */
  readonly kind: 'network' | 'http' | 'malformed' | 'not-fhir' | 'aborted' | 'refused' | 'session-ended'
  readonly message: string
  readonly detail: string | null
}

export interface PatientListState {
  readonly status: LoadStatus
  readonly items: readonly PatientSummary[]
  readonly error: ErrorState | null
}

/** The 3D view's state: 'unavailable' when the device has no WebGL (the text twin still works). */
export type SceneStatus = 'loading' | 'ready' | 'unavailable' | 'error'

/** A one-shot camera request from the DOM (buttons, list selection); `seq` makes repeated requests distinct. */
export interface ViewRequest {
  readonly seq: number
  readonly kind:
    | 'reset'
    | 'rotate-left'
    | 'rotate-right'
    | 'rotate-up'
    | 'rotate-down'
    | 'zoom-in'
    | 'zoom-out'
    | 'front'
    | 'back'
    | 'left'
    | 'right'
    | 'focus-selected'
}

/** Patient mode: lay names and plain sentences; clinician mode: codes, systems and provenance visible. */
export type ViewMode = 'patient' | 'clinician'

/** Record filters (issue: active only or all history; life and context; problem list vs encounter diagnosis). */
export interface RecordFilters {
  readonly activeOnly: boolean
  readonly showLifeAndContext: boolean
  readonly category: 'all' | 'problem-list-item' | 'encounter-diagnosis'
}

/** Details panels that are not one organ: the whole-person and whole-body regions and the off-body lists. */
export type RegionPanel = 'mind' | 'whole_body' | 'blood' | 'nerves' | 'life' | 'family' | 'unplaced'

export interface TwinState {
  readonly source: RecordSource
  readonly patients: PatientListState
  readonly patientId: string | null
  /** Bumped on every new load: late responses for an older generation are discarded (B11). */
  readonly generation: number
  readonly status: LoadStatus
  readonly progress: LoadProgressState | null
  /** The loaded record with its mapping and lookups (buildTwin), or null while none is shown. */
  readonly twin: Twin | null
  readonly missing: readonly MissingCategory[]
  readonly warnings: readonly string[]
  readonly error: ErrorState | null
  readonly selectedOrganId: OrganId | null
  /** A details panel that is not one organ; selecting an organ clears it and the other way round. */
  readonly selectedRegion: RegionPanel | null
  /** Counts selections of a place (the same place again included): the bottom sheet opens on each. */
  readonly selectionCount: number
  readonly hoveredOrganId: OrganId | null
  readonly layers: Readonly<Record<OrganLayer, boolean>>
  /** Skin opacity for the x-ray control, 0..1. */
  readonly skinOpacity: number
  readonly sceneStatus: SceneStatus
  readonly viewRequest: ViewRequest | null
  /** Organs hidden one by one (on top of the layer toggles), e.g. to reach an organ behind another. */
  readonly hiddenOrganIds: readonly OrganId[]
  readonly mode: ViewMode
  readonly locale: Locale
  /** The timeline cursor: the body as of this date (YYYY-MM-DD); null = as of the record's "as of" time. */
  readonly timeCursor: string | null
  readonly filters: RecordFilters
}

/** Loading and closing a record: the generation guard discards late answers. */
export interface RecordActions {
  /** Starts listing patients on the connected server. */
  listingPatients: () => void
  /** Stores the patient list. */
  patientsListed: (items: readonly PatientSummary[]) => void
  /** Records a failure to list patients. */
  patientListFailed: (error: ErrorState) => void
  /** Starts loading a record; returns the generation the caller must pass back. */
  startLoading: (patientId: string | null, source: RecordSource) => number
  /** Progress of the load for `generation`. */
  setProgress: (generation: number, progress: LoadProgressState) => void
  /** The load for `generation` finished with a record (possibly partial), built into a twin by buildTwin. */
  recordLoaded: (
    generation: number,
    twin: Twin,
    missing: readonly MissingCategory[],
    warnings: readonly string[],
  ) => void
  /** The load for `generation` failed. */
  loadFailed: (generation: number, error: ErrorState) => void
  /** Back to the patient picker, clearing the previous patient completely (A17). */
  closeRecord: () => void
}

/** What the person does with the shown twin: selection, mode, language, time, filters, the 3D view. */
export interface ViewActions {
  /** Selects an organ (or none). */
  selectOrgan: (organId: OrganId | null) => void
  /** Opens a region or list panel (or none); clears the organ selection. */
  selectRegion: (region: RegionPanel | null) => void
  /** Switches between patient and clinician mode. */
  setMode: (mode: ViewMode) => void
  /** Switches the interface language. */
  setLocale: (locale: Locale) => void
  /** Moves the timeline cursor (YYYY-MM-DD) or back to "now" (null). */
  setTimeCursor: (date: string | null) => void
  /** Changes record filters. */
  setFilters: (filters: Partial<RecordFilters>) => void
  /** Sets the organ under the pointer (or none). */
  hoverOrgan: (organId: OrganId | null) => void
  /** Shows or hides a layer. */
  setLayerVisible: (layer: OrganLayer, visible: boolean) => void
  /** Sets the skin opacity (x-ray), clamped to 0..1. */
  setSkinOpacity: (opacity: number) => void
  /** Records the 3D view's state. */
  setSceneStatus: (status: SceneStatus) => void
  /** Asks the 3D view to move the camera. */
  requestView: (kind: ViewRequest['kind']) => void
  /** Hides exactly these organs (an empty list shows all again). */
  setHiddenOrgans: (organIds: readonly OrganId[]) => void
}

export type TwinActions = RecordActions & ViewActions

type SetTwin = StoreApi<TwinState & TwinActions>['setState']
type GetTwin = StoreApi<TwinState & TwinActions>['getState']

export type TwinStore = ReturnType<typeof createTwinStore>

/**
 * The state of a store before anything is loaded.
 * @param source - where records come from initially
 */
function initialState(source: RecordSource): TwinState {
  return {
    source,
    patients: { status: 'idle', items: [], error: null },
    patientId: null,
    generation: 0,
    status: 'idle',
    progress: null,
    twin: null,
    missing: [],
    warnings: [],
    error: null,
    selectedOrganId: null,
    selectedRegion: null,
    selectionCount: 0,
    hoveredOrganId: null,
    layers: { skin: true, skeleton: true, organs: true, vessels: true },
    skinOpacity: DEFAULT_SKIN_OPACITY,
    sceneStatus: 'loading',
    viewRequest: null,
    mode: 'patient',
    locale: 'en',
    timeCursor: null,
    filters: { activeOnly: false, showLifeAndContext: true, category: 'all' },
    hiddenOrganIds: [],
  }
}

function recordActions(set: SetTwin, get: GetTwin): RecordActions {
  return {
    listingPatients: () => {
      set({ patients: { status: 'loading', items: [], error: null } })
    },
    patientsListed: (items) => {
      set({ patients: { status: 'ready', items, error: null } })
    },
    patientListFailed: (error) => {
      set({ patients: { status: 'error', items: [], error } })
    },
    startLoading: (patientId, nextSource) => {
      const generation = get().generation + 1
      set({
        generation,
        patientId,
        source: nextSource,
        status: 'loading',
        progress: null,
        twin: null,
        missing: [],
        warnings: [],
        error: null,
        selectedOrganId: null,
        selectedRegion: null,
        hoveredOrganId: null,
        hiddenOrganIds: [],
      })
      return generation
    },
    setProgress: (generation, progress) => {
      if (generation === get().generation) set({ progress })
    },
    recordLoaded: (generation, twin, missing, warnings) => {
      if (generation !== get().generation) return
      set({ status: 'ready', twin, missing, warnings, error: null, timeCursor: null })
    },
    loadFailed: (generation, error) => {
      if (generation !== get().generation) return
      set({ status: 'error', error, twin: null })
    },
    closeRecord: () => {
      set({
        generation: get().generation + 1,
        patientId: null,
        status: 'idle',
        progress: null,
        twin: null,
        missing: [],
        warnings: [],
        error: null,
        selectedOrganId: null,
        selectedRegion: null,
      })
    },
  }
}

function viewActions(set: SetTwin, get: GetTwin): ViewActions {
  return {
    selectOrgan: (organId) => {
      set((s) =>
        organId === null
          ? { selectedOrganId: null }
          : { selectedOrganId: organId, selectedRegion: null, selectionCount: s.selectionCount + 1 },
      )
    },
    selectRegion: (region) => {
      set((s) =>
        region === null
          ? { selectedRegion: null }
          : { selectedRegion: region, selectedOrganId: null, selectionCount: s.selectionCount + 1 },
      )
    },
    setMode: (mode) => {
      set({ mode })
    },
    setLocale: (locale) => {
      set({ locale })
    },
    setTimeCursor: (date) => {
      set({ timeCursor: date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null })
    },
    setFilters: (filters) => {
      set({ filters: { ...get().filters, ...filters } })
    },
    hoverOrgan: (organId) => {
      if (get().hoveredOrganId !== organId) set({ hoveredOrganId: organId })
    },
    setLayerVisible: (layer, visible) => {
      set({ layers: { ...get().layers, [layer]: visible } })
    },
    setSkinOpacity: (opacity) => {
      set({ skinOpacity: Math.min(1, Math.max(0, Number.isFinite(opacity) ? opacity : DEFAULT_SKIN_OPACITY)) })
    },
    setSceneStatus: (status) => {
      set({ sceneStatus: status })
    },
    requestView: (kind) => {
      set({ viewRequest: { seq: (get().viewRequest?.seq ?? 0) + 1, kind } })
    },
    setHiddenOrgans: (organIds) => {
      set({ hiddenOrganIds: [...organIds] })
    },
  }
}

/**
 * Creates a fresh store.
 * @param source - where records come from initially
 */
export function createTwinStore(source: RecordSource) {
  return createStore<TwinState & TwinActions>()((set, get) => ({
    ...initialState(source),
    ...recordActions(set, get),
    ...viewActions(set, get),
  }))
}
