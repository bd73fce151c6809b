/**
 * The browser sections of the bench table (bench/run.ts): the load path against its references, the same load under
 * mobile throttling, and the frames in software GL. Each returns its raw measurements for results.json and adds
 * its figures (with the issue 15 targets) to the table.
 */
import type { Browser } from '@playwright/test'
import { frameFigures, type FrameFigures } from './frames.ts'
import { appUrl, bareFrameMs, loadFigures, naiveMs, type LoadFigures } from './loadPath.ts'
import { MOBILE, tryLoad, type LoadTimes } from './pageLoad.ts'
import { median, type Figures } from './report.ts'
import type { BenchPatient, BenchSetup } from './setup.ts'

const THROTTLED_TIMEOUT = 150_000
/** Throttled loads of the largest fixture, whose figures carry the targets (one load is noisy on a shared machine). */
const MOBILE_RUNS = 3

type Kind = 'smallest' | 'median' | 'largest' | 'synthetic'
const KINDS: readonly Kind[] = ['smallest', 'median', 'largest', 'synthetic']

function short(patient: BenchPatient): string {
  return `${patient.label.replace(/^sof__|_[0-9a-f-]{36}$/g, '').slice(0, 30)}, ${String(patient.resources)} res.`
}

/** Load path: twin-ready, lower bound, naive baseline and their ratios, per patient. */
export async function loadSection(browser: Browser, setup: BenchSetup, figures: Figures): Promise<LoadFigures[]> {
  figures.section('Load path, headless Chromium, desktop (median of 3 cold loads)')
  const bare = await bareFrameMs(browser, setup.server.url, setup.bare)
  figures.add({
    id: 'load.bareFrame',
    label: 'bare model: navigation -> first frame with the body',
    value: bare,
    unit: 'ms',
  })
  const out: LoadFigures[] = []
  for (const kind of KINDS) {
    const patient = setup.patients[kind]
    const f = await loadFigures(browser, setup.server, patient, bare, kind === 'synthetic' ? 1 : 3)
    out.push(f)
    const name = short(patient)
    const largest = kind === 'largest'
    figures.add({
      id: `load.${kind}.twinReady`,
      label: `${kind} (${name}): navigation -> twin-ready`,
      value: f.twinReady,
      unit: 'ms',
    })
    figures.add({
      id: `load.${kind}.lowerBound`,
      label: `  lower bound (all ${String(f.appRequests)} FHIR requests at once / bare model)`,
      value: f.lowerBound,
      unit: 'ms',
      note: `fetch+parse ${f.fetchAll.toFixed(0)} ms`,
    })
    figures.add({
      id: `load.${kind}.naive`,
      label: `  naive baseline (${String(f.naiveRequests)} requests one at a time)`,
      value: f.naive,
      unit: 'ms',
    })
    figures.add({
      id: `load.${kind}.ratioLower`,
      label: '  twin-ready / lower bound',
      value: f.twinReady / f.lowerBound,
      unit: 'x',
      ...(largest ? { target: { op: '<=', value: 1.3 } } : {}),
    })
    figures.add({
      id: `load.${kind}.speedupNaive`,
      label: '  naive app (bare model frame + naive fetch) / twin-ready',
      value: (bare + f.naive) / f.twinReady,
      unit: 'x',
      ...(largest ? { target: { op: '>=', value: 3 } } : {}),
    })
  }
  const largest = out.find((f) => f.patient === setup.patients.largest)
  const synthetic = out.find((f) => f.patient === setup.patients.synthetic)
  if (largest !== undefined && synthetic !== undefined) {
    figures.add({
      id: 'load.synthetic.vsLargest',
      label: '10k patient twin-ready / largest fixture twin-ready',
      value: synthetic.twinReady / largest.twinReady,
      unit: 'x',
      target: { op: '<=', value: 2 },
    })
    figures.add({
      id: 'load.synthetic.heapMB',
      label: '10k patient: page JS heap with the twin shown (after GC)',
      value: synthetic.heapMB,
      unit: 'MB',
      target: { op: '<=', value: 150 },
    })
    figures.add({
      id: 'load.largest.requestsBeforeFrame',
      label: 'largest: requests before the first body frame',
      value: largest.last.requestsBeforeFrame,
      unit: '',
    })
  }
  return out
}

/** The same loads under mobile throttling: record view, first body frame, full model. */
export async function throttledSection(
  browser: Browser,
  setup: BenchSetup,
  figures: Figures,
): Promise<Record<string, LoadTimes | null>> {
  figures.section(
    `Mobile throttling via CDP (${String(MOBILE.cpu)}x CPU, ${String(MOBILE.latency)} ms, 1.6 Mbps down, 750 kbps up; 1 cold load, the largest fixture median of ${String(MOBILE_RUNS)})`,
  )
  const out: Record<string, LoadTimes | null> = {}
  for (const kind of KINDS) {
    const patient = setup.patients[kind]
    // The targeted patient (the largest fixture): the median of MOBILE_RUNS loads, each figure on its own.
    const runs = kind === 'largest' ? MOBILE_RUNS : 1
    const loads: LoadTimes[] = []
    for (let i = 0; i < runs; i++) {
      const one = await tryLoad(browser, appUrl(setup.server.url, patient), true, THROTTLED_TIMEOUT)
      if (one !== null) loads.push(one)
    }
    const load: LoadTimes | null =
      loads.length === 0
        ? null
        : {
            ...(loads[loads.length - 1] as LoadTimes),
            recordReady: median(loads.map((l) => l.recordReady)),
            bodyFrame: median(loads.map((l) => l.bodyFrame)),
            modelFull: median(loads.map((l) => l.modelFull)),
          }
    out[kind] = load
    if (kind === 'largest') {
      const [naive, requests] = await naiveMs(browser, setup.server.fhirBaseUrl, patient.id, true)
      figures.add({
        id: 'mobile.largest.naiveFetch',
        label: `  naive fetch, throttled (${String(requests)} requests one at a time)`,
        value: naive,
        unit: 'ms',
      })
    }
    const largest = kind === 'largest'
    const name = short(patient)
    figures.add({
      id: `mobile.${kind}.recordView`,
      label: `${kind} (${name}): navigation -> record view`,
      value: load?.recordReady ?? Number.NaN,
      unit: 'ms',
    })
    figures.add({
      id: `mobile.${kind}.firstBody`,
      label: '  -> first frame with a body',
      value: load?.bodyFrame ?? Number.NaN,
      unit: 'ms',
      ...(largest ? { target: { op: '<=', value: 4000 } } : {}),
    })
    figures.add({
      id: `mobile.${kind}.fullModel`,
      label: '  -> full model',
      value: load?.modelFull ?? Number.NaN,
      unit: 'ms',
      ...(largest ? { target: { op: '<=', value: 8000 } } : {}),
    })
  }
  return out
}

/** Orbit frame time painted versus bare, and idle frames. */
export async function frameSection(
  browser: Browser,
  setup: BenchSetup,
  figures: Figures,
): Promise<Record<string, FrameFigures>> {
  figures.section('Frames, software GL (SwiftShader)')
  const painted = await frameFigures(browser, appUrl(setup.server.url, setup.patients.largest), true)
  const bare = await frameFigures(browser, appUrl(setup.server.url, setup.bare), false)
  figures.add({
    id: 'frames.painted',
    label: `orbit, largest fixture, every finding painted (${painted.webgl.slice(0, 20)})`,
    value: painted.msPerFrame,
    unit: 'ms/frame',
  })
  figures.add({ id: 'frames.bare', label: 'orbit, bare model', value: bare.msPerFrame, unit: 'ms/frame' })
  figures.add({
    id: 'frames.ratio',
    label: 'painted / bare frame time',
    value: painted.msPerFrame / bare.msPerFrame,
    unit: 'x',
    target: { op: '<=', value: 1.1 },
  })
  figures.add({
    id: 'frames.idle',
    label: 'frames rendered during 5 idle seconds',
    value: painted.idleFrames,
    unit: '',
    target: { op: '<=', value: 0 },
  })
  return { painted, bare }
}
