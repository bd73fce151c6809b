/**
 * Builds public/models/body.glb (one node per OrganId) and body.provenance.json from the anatomy sources in
 * tools/model/sources (override with ANATOMY_DIR), and the preview images in tools/model/preview.
 * Run with `npm run build:model`; `npm run build:model -- --out DIR` writes the GLB and provenance file to DIR and
 * the previews to DIR/preview instead. Only this build reads the anatomy sources; the app and tests read the
 * committed GLB and its provenance file. Method notes live in public/models/CREDITS.md and the provenance JSON;
 * the steps live in tools/model/, one file each.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { MeshoptEncoder } from 'meshoptimizer'
import { addSinuses } from './model/addSinuses.ts'
import { buildSpinalCord } from './model/buildSpinalCord.ts'
import { builtOrgan } from './model/builtOrgan.ts'
import { createBodyDocument } from './model/createBodyDocument.ts'
import { encodeGlb } from './model/encodeGlb.ts'
import { liftToSoles } from './model/liftToSoles.ts'
import { liteModel } from './model/liteModel.ts'
import { loadOrgans } from './model/loadOrgans.ts'
import { logBuildSummary } from './model/logBuildSummary.ts'
import { openAnatomySource } from './model/openAnatomySource.ts'
import { pickOrgans } from './model/pickOrgans.ts'
import { pickScene } from './model/pickScene.ts'
import { placeBreasts } from './model/placeBreasts.ts'
import { placeFatLayer } from './model/placeFatLayer.ts'
import { placeJointMarkers } from './model/placeJointMarkers.ts'
import { rasteriseViews } from './model/rasteriseViews.ts'
import { registerPelvis } from './model/registerPelvis.ts'
import { simplifyOrgans } from './model/simplifyOrgans.ts'
import { writePreviews } from './model/writePreviews.ts'
import { writeProvenance } from './model/writeProvenance.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const { values: args } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } } })
const SOURCES = resolve(ROOT, process.env.ANATOMY_DIR ?? 'tools/model/sources')
const OUT_DIR = args.out ? resolve(args.out) : join(ROOT, 'public/models')
const PREVIEW_DIR = args.out ? join(OUT_DIR, 'preview') : join(ROOT, 'tools/model/preview')

const started = performance.now()
const lap = (stage: string): void => {
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${stage}`)
}
await MeshoptEncoder.ready
const src = openAnatomySource(SOURCES)

// 1. Register the HRA female pelvis onto the BP3D one, so the HRA female organs can be carried along.
const pelvis = await registerPelvis(src)
lap('registered')

// 2. Load every organ's sources and stand it on y = 0.
const organs = await loadOrgans(src, pelvis.fit)
const lift = liftToSoles(organs)
// The skin as loaded (not simplified) frames the pick rasters and the previews.
const skin = builtOrgan(organs, 'skin').mesh

// 3. Stand-ins are placed from neighbouring real anatomy so they follow this body's proportions.
addSinuses(organs)
placeBreasts(organs)
buildSpinalCord(organs, src, lift)
placeJointMarkers(organs, src, lift)
placeFatLayer(organs, src)
lap('loaded')

// 4. Simplify to budgets.
const triangles = await simplifyOrgans(organs)
lap('simplified')

// 5. Picks: the point where a click from the app's camera lands on each organ.
const scene = pickScene(organs, skin)
const buffers = rasteriseViews(scene)
lap('rasterised')
const picks = pickOrgans(scene, buffers)

// 6. Export: the GLB, its provenance file and the previews.
const body = createBodyDocument(organs, scene.order, picks, pelvis.fitKind, lift)
mkdirSync(OUT_DIR, { recursive: true })
const glb = await encodeGlb(body.doc)
writeFileSync(join(OUT_DIR, 'body.glb'), glb)
// The light first model the app draws before body.glb arrives (tools/model/liteModel.ts).
writeFileSync(join(OUT_DIR, 'body-lite.glb'), (await liteModel(glb)).bytes)
const bytes = statSync(join(OUT_DIR, 'body.glb')).size
const seconds = (performance.now() - started) / 1000
await writeProvenance(join(OUT_DIR, 'body.provenance.json'), {
  frame: body.frame,
  bytes,
  triangles,
  pelvis,
  organs: body.provenance,
})
writePreviews(PREVIEW_DIR, scene)

logBuildSummary(organs, scene, picks, { triangles, bytes })
console.log(`sources: ${SOURCES}, ${src.files.length} manifest entries, ${src.unread().length} files listed but unread`)
console.log(`built in ${seconds.toFixed(1)} s`)
