/**
 * Builds public/models/body.glb (one node per OrganId) from ../shared/anatomy (override with ANATOMY_DIR).
 * Run with `npm run build:model`. Only this build reads the shared anatomy folder; the app and tests read the
 * committed GLB and its provenance file. Method notes live in public/models/CREDITS.md and the provenance JSON.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Document, NodeIO, type Material } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { quantize, reorder } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import { format } from 'prettier'
import { ORGANS, ORGAN_IDS, type OrganId } from '../src/anatomy/organIds.ts'
import {
  boundsOf,
  bp3dToGltf,
  centroidOf,
  ellipsoid,
  mergeMeshes,
  readObj,
  simplifyMesh,
  splitByX,
  transformMesh,
  triangleCount,
  vertexNormals,
  weldMesh,
  type Box,
  type Mesh,
} from './model/mesh.ts'
import { encodePng, paint, pickIn, rasterise, type PickCandidate, type ViewFrom } from './model/raster.ts'
import { RECIPES, STAND_IN_PARTS, type OrganSource } from './model/recipe.ts'
import { registerPoints, type Registration } from './model/register.ts'
import {
  catmullRom,
  centreInCanal,
  contact,
  distanceToMesh,
  fitSphere,
  offsetInward,
  rayHits,
  resample,
  spheres,
  tube,
  vertebralCanal,
} from './model/standins.ts'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const ANATOMY = resolve(ROOT, process.env.ANATOMY_DIR ?? '../shared/anatomy')
const OUT_DIR = join(ROOT, 'public/models')
const PREVIEW_DIR = join(ROOT, 'tools/model/preview')
/** Positions are snapped to a 2^-13 m (0.12 mm) grid: invisible, and the zeroed low mantissa bits compress well. */
const POSITION_GRID = 2 ** -13
const PICK_RES = 0.002
/** A pick needs this much room (metres) to its region's edge so a perspective click still lands on the organ. */
const MIN_CLEARANCE = 0.005

interface ManifestFile {
  readonly file: string
  readonly organ: string
  readonly structure?: string
  readonly fma?: string
  readonly organFma?: string | null
  readonly uberon?: string | null
  readonly sha256?: string
  readonly sourceRepo?: string
  readonly sourceCommit?: string
  readonly sourcePath?: string
  readonly meshNames?: readonly string[]
}

interface Manifest {
  readonly files: readonly ManifestFile[]
}

/** One built organ before export. */
interface BuiltOrgan {
  readonly id: OrganId
  mesh: Mesh
  readonly files: ManifestFile[]
  readonly standIn: boolean
  readonly standInParts: string[]
  readonly sourceTriangles: number
  /** Source files a stand-in is placed from (not part of its geometry). */
  readonly anchors: ManifestFile[]
}

const manifest = JSON.parse(readFileSync(join(ANATOMY, 'manifest.json'), 'utf8')) as Manifest

function manifestEntry(file: string): ManifestFile {
  const entry = manifest.files.find((f) => f.file === file)
  if (!entry) throw new Error(`manifest has no entry for ${file}`)
  return entry
}

/** Checks a source file against the manifest's sha256 so a changed input cannot slip in silently. */
function readVerified(file: string): Buffer {
  const data = readFileSync(join(ANATOMY, file))
  const want = manifestEntry(file).sha256
  const got = createHash('sha256').update(data).digest('hex')
  if (want && want !== got) throw new Error(`sha256 mismatch for ${file}`)
  return data
}

function loadBp3dObj(file: string): Mesh {
  readVerified(file)
  return bp3dToGltf(readObj(join(ANATOMY, file)))
}

const io = new NodeIO()

/** Loads every mesh of an HRA GLB in scene space (node transforms applied), optionally filtered by node name. */
async function loadHra(file: string, keep: (name: string) => boolean = () => true): Promise<Mesh> {
  const doc = await io.readBinary(new Uint8Array(readVerified(file)))
  const parts: Mesh[] = []
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh()
    if (!mesh || !keep(node.getName())) continue
    const w = node.getWorldMatrix()
    for (const prim of mesh.listPrimitives()) {
      const pos = prim.getAttribute('POSITION')
      if (!pos) continue
      const idx = prim.getIndices()
      const count = pos.getCount()
      const positions = new Float32Array(count * 3)
      const v: number[] = [0, 0, 0]
      for (let i = 0; i < count; i++) {
        pos.getElement(i, v)
        const [x = 0, y = 0, z = 0] = v
        // glTF matrices are column-major.
        positions[3 * i] = w[0] * x + w[4] * y + w[8] * z + w[12]
        positions[3 * i + 1] = w[1] * x + w[5] * y + w[9] * z + w[13]
        positions[3 * i + 2] = w[2] * x + w[6] * y + w[10] * z + w[14]
      }
      const indices = Uint32Array.from({ length: idx ? idx.getCount() : count }, (_, i) => (idx ? idx.getScalar(i) : i))
      parts.push({ positions, indices })
    }
  }
  return mergeMeshes(parts)
}

/**
 * Points spread over a surface: every vertex plus evenly spaced points inside large triangles, thinned to one
 * point per `spacing`-sized voxel so dense and coarse meshes weigh alike in the fit.
 */
function sampleSurface(mesh: Mesh, spacing: number): Float32Array {
  const out: number[] = []
  const seen = new Set<string>()
  const add = (x: number, y: number, z: number): void => {
    const key = `${Math.floor(x / spacing)},${Math.floor(y / spacing)},${Math.floor(z / spacing)}`
    if (seen.has(key)) return
    seen.add(key)
    out.push(x, y, z)
  }
  const p = mesh.positions
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = 3 * (mesh.indices[t] ?? 0)
    const b = 3 * (mesh.indices[t + 1] ?? 0)
    const c = 3 * (mesh.indices[t + 2] ?? 0)
    const edge = Math.max(
      Math.hypot((p[a] ?? 0) - (p[b] ?? 0), (p[a + 1] ?? 0) - (p[b + 1] ?? 0), (p[a + 2] ?? 0) - (p[b + 2] ?? 0)),
      Math.hypot((p[c] ?? 0) - (p[b] ?? 0), (p[c + 1] ?? 0) - (p[b + 1] ?? 0), (p[c + 2] ?? 0) - (p[b + 2] ?? 0)),
      Math.hypot((p[a] ?? 0) - (p[c] ?? 0), (p[a + 1] ?? 0) - (p[c + 1] ?? 0), (p[a + 2] ?? 0) - (p[c + 2] ?? 0)),
    )
    const n = Math.max(1, Math.ceil(edge / spacing))
    for (let i = 0; i <= n; i++)
      for (let j = 0; i + j <= n; j++) {
        const u = i / n
        const v = j / n
        const w = 1 - u - v
        add(
          w * (p[a] ?? 0) + u * (p[b] ?? 0) + v * (p[c] ?? 0),
          w * (p[a + 1] ?? 0) + u * (p[b + 1] ?? 0) + v * (p[c + 1] ?? 0),
          w * (p[a + 2] ?? 0) + u * (p[b + 2] ?? 0) + v * (p[c + 2] ?? 0),
        )
      }
  }
  return new Float32Array(out)
}

/** Fits the HRA VH_Female pelvis (compact bone + sacrum) onto the BP3D hips + sacrum. */
async function registerPelvis(): Promise<{ similarity: Registration; affine: Registration }> {
  const hra = await loadHra(
    'hra/VH_Female/v1.2/VH_F_Pelvis.glb',
    // Spongy bone lies inside the compact shell and the coccyx has no BP3D counterpart.
    (name) => !/spongy|coccyx/.test(name),
  )
  const target = mergeMeshes(
    manifest.files
      .filter(
        (f) => f.organ === 'hip_left' || f.organ === 'hip_right' || (f.organ === 'spine' && f.structure === 'sacrum'),
      )
      .map((f) => loadBp3dObj(f.file)),
  )
  const targetPts = sampleSurface(target, 0.002)
  const sourcePts = sampleSurface(hra, 0.004)
  return {
    similarity: registerPoints(sourcePts, targetPts, false),
    affine: registerPoints(sourcePts, targetPts, true),
  }
}

async function main(): Promise<void> {
  const started = performance.now()
  await MeshoptEncoder.ready
  const lap = (stage: string): void => {
    console.log(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${stage}`)
  }
  const reg = await registerPelvis()
  const fit = reg.affine.meanResidual < reg.similarity.meanResidual ? reg.affine : reg.similarity
  const fitKind = fit === reg.affine ? 'affine' : 'similarity'
  const mm = (v: number): string => (v * 1000).toFixed(1)
  console.log(
    `pelvis registration: similarity mean ${mm(reg.similarity.meanResidual)} mm, p95 ${mm(reg.similarity.p95Residual)}, max ${mm(reg.similarity.maxResidual)}; affine mean ${mm(reg.affine.meanResidual)} mm, p95 ${mm(reg.affine.p95Residual)}, max ${mm(reg.affine.maxResidual)} -> using ${fitKind}`,
  )

  lap('registered')
  const built = new Map<OrganId, BuiltOrgan>()
  const sourceMesh = async (src: OrganSource, files: ManifestFile[]): Promise<Mesh | null> => {
    switch (src.kind) {
      case 'bp3d': {
        const entries = manifest.files.filter(
          (f) => f.file.startsWith('bp3d/') && src.groups.includes(f.organ) && !src.exclude?.test(f.structure ?? ''),
        )
        if (entries.length === 0) throw new Error(`no bp3d files for ${src.groups.join(',')}`)
        files.push(...entries)
        const merged = mergeMeshes(entries.map((f) => loadBp3dObj(f.file)))
        return src.splitX ? splitByX(merged, src.splitX > 0) : merged
      }
      case 'derived':
        files.push(manifestEntry(src.file))
        return loadBp3dObj(src.file)
      case 'hra': {
        const parts: Mesh[] = []
        for (const f of src.files) {
          const entry = manifest.files.find((m) => m.file.endsWith(`/${f}`))
          if (!entry) throw new Error(`manifest has no HRA file ${f}`)
          files.push(entry)
          parts.push(transformMesh(await loadHra(entry.file), fit.transform))
        }
        return mergeMeshes(parts)
      }
      case 'standin':
        return null
    }
  }

  for (const id of ORGAN_IDS) {
    const recipe = RECIPES[id]
    const files: ManifestFile[] = []
    const parts: Mesh[] = []
    for (const src of recipe.sources) {
      const m = await sourceMesh(src, files)
      if (m) parts.push(m)
    }
    const merged = weldMesh(mergeMeshes(parts), 1e-5)
    const standInParts = recipe.sources.flatMap((s) => (s.kind === 'standin' ? [STAND_IN_PARTS[s.shape]] : []))
    const standIn = parts.length === 0 || recipe.sources.some((s) => s.kind === 'derived' && /standin/.test(s.file))
    built.set(id, {
      id,
      mesh: merged,
      files,
      standIn,
      standInParts,
      sourceTriangles: triangleCount(merged),
      anchors: [],
    })
  }

  const get = (id: OrganId): BuiltOrgan => {
    const b = built.get(id)
    if (!b) throw new Error(`missing ${id}`)
    return b
  }

  // BP3D's origin leaves the soles about 3 cm below y = 0: lift everything so the lowest skin point is at y = 0.
  const lift = -boundsOf(get('skin').mesh).min[1]
  for (const b of built.values()) b.mesh = transformMesh(b.mesh, [1, 0, 0, 0, 0, 1, 0, lift, 0, 0, 1, 0])

  // Stand-ins are placed from neighbouring real anatomy so they follow this body's proportions.
  const eyeL = centroidOf(get('eye_left').mesh)
  const eyeR = centroidOf(get('eye_right').mesh)
  const sinuses: Mesh[] = []
  for (const [eye, side] of [
    [eyeL, 1],
    [eyeR, -1],
  ] as const) {
    // Maxillary sinus: below and slightly medial to the eye; frontal sinus: above the nasal root.
    sinuses.push(ellipsoid([eye[0] - side * 0.006, eye[1] - 0.035, eye[2] - 0.012], [0.011, 0.016, 0.016]))
    sinuses.push(
      ellipsoid([(eye[0] + eyeR[0]) / 2 + side * 0.012, eye[1] + 0.028, eye[2] + 0.002], [0.011, 0.01, 0.007]),
    )
  }
  const nose = get('nose_sinuses')
  nose.mesh = mergeMeshes([nose.mesh, ...sinuses])

  const ribs = get('ribs_sternum').mesh
  const skin = get('skin').mesh
  const frontZ = (m: Mesh, x: number, y: number, r: number): number => {
    let z = -Infinity
    for (let i = 0; i < m.positions.length; i += 3) {
      if (Math.abs((m.positions[i] ?? 0) - x) < r && Math.abs((m.positions[i + 1] ?? 0) - y) < r)
        z = Math.max(z, m.positions[i + 2] ?? 0)
    }
    return z
  }
  const sternum = boundsOf(ribs)
  // Nipple level is roughly the 4th intercostal space: about 40 % down the rib cage from its top.
  const breastY = sternum.max[1] - 0.4 * (sternum.max[1] - sternum.min[1])
  for (const [id, side] of [
    ['breast_left', 1],
    ['breast_right', -1],
  ] as const) {
    const x = side * 0.1
    const wall = frontZ(ribs, x, breastY, 0.02)
    const outer = frontZ(skin, x, breastY, 0.015)
    const depth = Math.max(0.012, Math.min(0.035, outer - wall - 0.004))
    get(id).mesh = ellipsoid([x, breastY, wall], [0.06, 0.055, depth], true)
  }

  const liftMatrix = [1, 0, 0, 0, 0, 1, 0, lift, 0, 0, 1, 0] as const
  const anchorFiles = (organ: string, structure?: RegExp): ManifestFile[] => {
    const entries = manifest.files.filter(
      (f) => f.file.startsWith('bp3d/') && f.organ === organ && (!structure || structure.test(f.structure ?? '')),
    )
    if (entries.length === 0) throw new Error(`no bp3d files for ${organ} ${String(structure ?? '')}`)
    return entries
  }
  const anchorMesh = (entries: readonly ManifestFile[]): Mesh =>
    transformMesh(mergeMeshes(entries.map((f) => loadBp3dObj(f.file))), liftMatrix)

  // Spinal cord: a tube through the vertebral foramina, from the bottom of the brainstem to the L1/L2 disc (where
  // the adult cord ends), 5 mm in radius, narrowing over its last stretch (the conus medullaris).
  const ordinals = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' ')
  const level = (n: number, kind: string, short: string): readonly [structure: string, short: string] => [
    `${ordinals[n - 1] ?? ''} ${kind} vertebra`,
    `${short}${n}`,
  ]
  // BP3D structure names, atlas (C1) to the second lumbar vertebra.
  const levels: (readonly [structure: string, short: string])[] = [
    ['atlas', 'C1'],
    ['axis', 'C2'],
    ...[3, 4, 5, 6, 7].map((n) => level(n, 'cervical', 'C')),
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => level(n, 'thoracic', 'T')),
    ...[1, 2].map((n) => level(n, 'lumbar', 'L')),
  ]
  const vertebrae = levels.map(([structure, short]) => {
    const entries = anchorFiles('spine', new RegExp(`^${structure}$`))
    return { short, entries, mesh: anchorMesh(entries) }
  })
  const vCentres = vertebrae.map((v) => centroidOf(v.mesh))
  const canals = vertebrae.map((v, i) => {
    const above = vCentres[Math.max(0, i - 1)] ?? [0, 0, 0]
    const below = vCentres[Math.min(vCentres.length - 1, i + 1)] ?? [0, 0, 0]
    const canal = vertebralCanal(v.mesh, [above[0] - below[0], above[1] - below[1], above[2] - below[2]])
    if (!canal) throw new Error(`no vertebral foramen found in ${v.short}`)
    // In the canal: the vertebra's own bone lies in front of the centre (the body, +z) and behind it (the arch),
    // at some height within 2 cm of it (the centre sits at the vertebra's mean height, the arch may be lower).
    const firstHit = (dz: number): number =>
      Math.min(
        ...[-0.02, -0.015, -0.01, -0.005, 0, 0.005, 0.01, 0.015, 0.02].map(
          (dy) => rayHits(v.mesh, [canal.centre[0], canal.centre[1] + dy, canal.centre[2]], [0, 0, dz])[0] ?? Infinity,
        ),
      )
    const front = firstHit(1)
    const back = firstHit(-1)
    if (!Number.isFinite(front) || !Number.isFinite(back))
      throw new Error(`${v.short}: the canal centre is not in the canal`)
    return { ...canal, wall: distanceToMesh(canal.centre, v.mesh) }
  })
  const hindbrainFiles = anchorFiles('brain', /^segment of hindbrain$/)
  const hindbrain = anchorMesh(hindbrainFiles)
  const hindbrainBottom = boundsOf(hindbrain).min[1]
  // Start 6 mm above the lowest point of the medulla (inside it), at the depth of its lowest 12 mm.
  let startZ = 0
  let startN = 0
  for (let i = 0; i < hindbrain.positions.length; i += 3)
    if ((hindbrain.positions[i + 1] ?? 0) < hindbrainBottom + 0.012) {
      startZ += hindbrain.positions[i + 2] ?? 0
      startN++
    }
  const cordX = canals.reduce((sum, c) => sum + c.centre[0], 0) / canals.length
  const cordTop: [number, number, number] = [cordX, hindbrainBottom + 0.006, startZ / Math.max(1, startN)]
  const l1 = canals[canals.length - 2]?.centre ?? [0, 0, 0]
  const l2 = canals[canals.length - 1]?.centre ?? [0, 0, 0]
  const cordEnd: [number, number, number] = [cordX, (l1[1] + l2[1]) / 2, (l1[2] + l2[2]) / 2]
  // Canal centres above the start lie around the medulla itself (the atlas ring reaches up beside it).
  const cordPath = [
    cordTop,
    ...canals
      .slice(0, -1)
      .map((c) => c.centre)
      .filter((c) => c[1] < cordTop[1] - 0.004)
      .map((c): [number, number, number] => [cordX, c[1], c[2]]),
    cordEnd,
  ]
  const CORD_RADIUS = 0.005
  const BONE_GAP = 0.0015
  const spineMesh = get('spine').mesh
  // The canal centres are taken once per vertebra; between them the laminae overlap, so the line is nudged to
  // keep the cord clear of the bone, and the cord narrows a little where the canal is tight.
  const centred = centreInCanal(resample(catmullRom(cordPath), 0.004), spineMesh, CORD_RADIUS + BONE_GAP)
  const along = [0]
  for (let i = 1; i < centred.points.length; i++) {
    const a = centred.points[i - 1] ?? [0, 0, 0]
    const b = centred.points[i] ?? [0, 0, 0]
    along.push((along[i - 1] ?? 0) + Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]))
  }
  const cordLength = along[along.length - 1] ?? 1
  // Room per point: the least clearance within 8 mm, then averaged over 12 mm, so the cord narrows smoothly.
  const window = (values: readonly number[], half: number, f: (w: number[]) => number): number[] =>
    values.map((_, i) => f(values.slice(Math.max(0, i - half), i + half + 1)))
  const room = window(
    window(centred.clearance, 2, (w) => Math.min(...w)),
    3,
    (w) => w.reduce((a, b) => a + b, 0) / w.length,
  )
  const cordRadius = (f: number): number => {
    const s = f * cordLength
    let i = 1
    while (i < along.length - 1 && (along[i] ?? 0) < s) i++
    const t = Math.min(
      1,
      Math.max(0, (s - (along[i - 1] ?? 0)) / Math.max(1e-9, (along[i] ?? 0) - (along[i - 1] ?? 0))),
    )
    const space = (room[i - 1] ?? 0) * (1 - t) + (room[i] ?? 0) * t
    // The conus: over the last 12 % the radius falls to half.
    const taper = Math.min(1, Math.max(0, (f - 0.88) / 0.12))
    const r = CORD_RADIUS * (1 - 0.5 * (0.5 - 0.5 * Math.cos(Math.PI * taper)))
    return Math.max(0.0025, Math.min(r, space - BONE_GAP))
  }
  const cord = tube(centred.points, cordRadius, 0.008)
  get('spinal_cord').mesh = cord
  get('spinal_cord').anchors.push(...hindbrainFiles, ...vertebrae.flatMap((v) => v.entries))
  // Sanity print: the tube stays within the spine's bounds and clear of the bone.
  const radii = centred.points.map((_, i) => cordRadius((along[i] ?? 0) / cordLength))
  const gaps = centred.clearance.map((c, i) => c - (radii[i] ?? 0)).slice(1, -1)
  const spineBox = boundsOf(spineMesh)
  const cordBox = boundsOf(cord)
  const range = (b: Box, k: number): string => `${b.min[k]?.toFixed(3) ?? ''}..${b.max[k]?.toFixed(3) ?? ''}`
  console.log(
    `spinal cord: ${cordPath.length} control points, length ${cordLength.toFixed(3)} m, radius ${mm(Math.min(...radii))}..${mm(Math.max(...radii))} mm, least gap to bone ${mm(Math.min(...gaps))} mm; box x ${range(cordBox, 0)} y ${range(cordBox, 1)} z ${range(cordBox, 2)}; spine x ${range(spineBox, 0)} y ${range(spineBox, 1)} z ${range(spineBox, 2)}`,
  )
  console.log(
    `  canal centres (${canals.length} vertebrae, each with its body in front and its arch behind): foramen radius / nearest bone, mm: ${vertebrae
      .map((v, i) => {
        const c = canals[i]
        return c ? `${v.short} ${mm(c.radius)}/${mm(c.wall)}` : ''
      })
      .join(', ')}`,
  )
  if (
    [0, 2].some((k) => (cordBox.min[k] ?? 0) < (spineBox.min[k] ?? 0) || (cordBox.max[k] ?? 0) > (spineBox.max[k] ?? 0))
  )
    throw new Error('the spinal cord leaves the spine bounds')
  if (Math.min(...gaps) < 0.0005) throw new Error('the spinal cord touches the vertebrae')

  // Joint markers: one sphere per main limb joint, at the joint space between the bones' closest surfaces (for the
  // ball-and-socket hip and shoulder, at the centre of the sphere fitted to the ball's contact patch).
  const joints: { centre: [number, number, number]; radius: number }[] = []
  const jointAnchors: ManifestFile[] = []
  const jointLog: string[] = []
  for (const side of ['left', 'right'] as const) {
    const bone = (organ: string, structure?: RegExp): Mesh => {
      const entries = anchorFiles(`${organ}_${side}`, structure)
      jointAnchors.push(...entries)
      return anchorMesh(entries)
    }
    const humerus = bone('humerus')
    const forearm = mergeMeshes([bone('radius'), bone('ulna')])
    const femur = bone('femur')
    const tibia = bone('tibia')
    const pairs = [
      ['shoulder', humerus, bone('scapula'), true, 0.023],
      ['elbow', humerus, forearm, false, 0.02],
      ['wrist', forearm, bone('hand', /scaphoid|lunate|triquetr/), false, 0.016],
      ['hip', femur, bone('hip'), true, 0.025],
      ['knee', femur, tibia, false, 0.025],
      ['ankle', mergeMeshes([tibia, bone('fibula')]), bone('foot', /talus/), false, 0.019],
    ] as const
    for (const [name, a, b, ball, radius] of pairs) {
      const c = contact(a, b)
      const head = ball ? fitSphere(c.points) : null
      const centre = head && head.radius > 0.012 && head.radius < 0.04 ? head.centre : c.centre
      joints.push({ centre, radius })
      jointLog.push(`${side} ${name} ${centre.map((v) => v.toFixed(3)).join(',')}`)
    }
  }
  get('joints').mesh = spheres(joints)
  get('joints').anchors.push(...new Map(jointAnchors.map((f) => [f.file, f])).values())
  console.log(`joint markers: ${jointLog.join('; ')}`)

  // Body fat: the skin wrap moved 7 mm inward along its normals (a shell just under the skin).
  get('adipose_tissue').mesh = offsetInward(get('skin').mesh, 0.007)
  get('adipose_tissue').anchors.push(manifestEntry('derived/skin_wrap.obj'))

  lap('loaded')
  // Simplify to budgets.
  let total = 0
  for (const b of built.values()) {
    b.mesh = await simplifyMesh(weldMesh(b.mesh, 1e-5), RECIPES[b.id].budget)
    // Snap to the export grid now, so picks and bounds are computed on exactly the exported positions.
    const p = b.mesh.positions
    for (let i = 0; i < p.length; i++) p[i] = Math.round((p[i] ?? 0) / POSITION_GRID) * POSITION_GRID
    total += triangleCount(b.mesh)
  }

  lap('simplified')
  // Picks: rasterise every organ outside the skin layer per view, once for all organs, once per sex (opposite-sex
  // organs are not shown to that patient, so they cannot occlude). The skin layer (skin, body fat) is never hit by
  // the app's rays. Organs drawn only where the record places something (joint markers) still count as occluders,
  // so every pick also works when they are drawn.
  const order = [...ORGAN_IDS]
  const skinLayer = (id: OrganId): boolean => ORGANS[id].layer === 'skin'
  const bodyBox = boundsOf(skin)
  const views: ViewFrom[] = ['front', 'back', 'left', 'right']
  const meshesFor = (sex: 'all' | 'male' | 'female'): (Mesh | null)[] =>
    order.map((id) => {
      const s = ORGANS[id].sex
      if (skinLayer(id) || (sex === 'male' && s === 'female') || (sex === 'female' && s === 'male')) return null
      return get(id).mesh
    })
  const buffers = new Map<string, ReturnType<typeof rasterise>>()
  for (const sex of ['all', 'male', 'female'] as const)
    for (const v of views) buffers.set(`${sex}:${v}`, rasterise(meshesFor(sex), v, PICK_RES, bodyBox))
  lap('rasterised')
  const picks = new Map<OrganId, PickCandidate>()
  const occluders = new Map<OrganId, OrganId[]>()
  for (const id of order) {
    if (skinLayer(id)) continue
    const s = ORGANS[id].sex
    const key = s === 'male' ? 'male' : s === 'female' ? 'female' : 'all'
    const cands = views
      .map((v) => {
        const buf = buffers.get(`${key}:${v}`)
        return buf ? pickIn(buf, order.indexOf(id)) : null
      })
      .filter((c): c is PickCandidate => c !== null)
    const front = cands.find((c) => c.from === 'front')
    const best = [...cands].sort((a, b) => b.clearance - a.clearance)[0]
    // Prefer the front (the default camera) whenever the organ shows there with enough clearance for a click.
    const chosen =
      front && front.clearance >= MIN_CLEARANCE ? front : best && best.clearance >= MIN_CLEARANCE ? best : null
    if (chosen) {
      picks.set(id, chosen)
      continue
    }
    // Fully covered from every side (e.g. an ovary behind bowel and hip bone): leave out the organs in front of it,
    // one at a time, and record them so the app/e2e know which layers or organs to hide before clicking.
    let fallback: { cand: PickCandidate; hidden: OrganId[] } | null = null
    for (const v of views) {
      const hidden: OrganId[] = []
      const alone = rasterise(
        order.map((o) => (o === id ? get(id).mesh : null)),
        v,
        PICK_RES,
        bodyBox,
      )
      // Small organs cannot reach the full clearance even when bare: ask for 70 % of what they have alone.
      const need = Math.min(MIN_CLEARANCE, 0.7 * (pickIn(alone, order.indexOf(id))?.clearance ?? 0))
      for (let round = 0; round < 6 && !(fallback && fallback.hidden.length <= hidden.length); round++) {
        const meshes = meshesFor(key).map((m, i) => (hidden.includes(order[i] ?? 'skin') ? null : m))
        const buf = rasterise(meshes, v, PICK_RES, bodyBox)
        const cand = pickIn(buf, order.indexOf(id))
        if (cand && cand.clearance >= need) {
          if (!fallback || hidden.length < fallback.hidden.length) fallback = { cand, hidden: [...hidden] }
          break
        }
        const counts = new Map<OrganId, number>()
        alone.ids.forEach((x, k) => {
          const o = order[buf.ids[k] ?? -1]
          if (x >= 0 && o && o !== id) counts.set(o, (counts.get(o) ?? 0) + 1)
        })
        const top = [...counts].sort((p, q) => q[1] - p[1])[0]
        if (!top) break
        hidden.push(top[0])
      }
    }
    if (!fallback) throw new Error(`${id} is not visible from any side`)
    picks.set(id, fallback.cand)
    occluders.set(id, fallback.hidden)
  }
  // The skin is clicked from the front at its own first hit: rasterise it alone.
  const skinOnly = order.map((id) => (id === 'skin' ? skin : null))
  const skinFront = rasterise(skinOnly, 'front', PICK_RES, bodyBox)
  const skinPick = pickIn(skinFront, order.indexOf('skin'))
  if (skinPick) picks.set('skin', skinPick)
  // Other skin-layer nodes (the fat under the skin): first hit from the front over the organs (breasts lie in it).
  for (const id of order) {
    if (!skinLayer(id) || id === 'skin') continue
    const withIt = meshesFor('all').map((m, i) => (order[i] === id ? get(id).mesh : m))
    const cand = pickIn(rasterise(withIt, 'front', PICK_RES, bodyBox), order.indexOf(id))
    if (!cand) throw new Error(`${id} is not visible from the front`)
    picks.set(id, cand)
  }

  // Document.
  const doc = new Document()
  const buffer = doc.createBuffer()
  const scene = doc.createScene('body')
  const materials = new Map<string, Material>()
  const layerColour: Record<string, [number, number, number, number]> = {
    skin: [0.85, 0.68, 0.58, 0.35],
    skeleton: [0.9, 0.88, 0.8, 1],
    organs: [0.75, 0.35, 0.32, 1],
    vessels: [0.6, 0.1, 0.12, 1],
  }
  const provenance: Record<string, unknown>[] = []
  for (const id of order) {
    const b = get(id)
    const shape = ORGANS[id]
    const recipe = RECIPES[id]
    let mat = materials.get(shape.layer)
    if (!mat) {
      mat = doc
        .createMaterial(shape.layer)
        .setBaseColorFactor(layerColour[shape.layer] ?? [1, 1, 1, 1])
        .setRoughnessFactor(0.7)
        .setMetallicFactor(0)
        .setDoubleSided(true)
      if (shape.layer === 'skin') mat.setAlphaMode('BLEND')
      materials.set(shape.layer, mat)
    }
    const big = b.mesh.positions.length / 3 > 65535
    const prim = doc
      .createPrimitive()
      .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(b.mesh.positions).setBuffer(buffer))
      .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(vertexNormals(b.mesh)).setBuffer(buffer))
      .setIndices(
        doc
          .createAccessor()
          .setType('SCALAR')
          .setArray(big ? b.mesh.indices : new Uint16Array(b.mesh.indices))
          .setBuffer(buffer),
      )
      .setMaterial(mat)
    const pick = picks.get(id)
    const fmaFromFiles = [...new Set(b.files.map((f) => f.organFma ?? f.fma).filter((v): v is string => !!v))]
    const uberonFromFiles = [...new Set(b.files.map((f) => f.uberon).filter((v): v is string => !!v))]
    const fma = recipe.fma ?? (b.files.every((f) => f.file.startsWith('hra/')) ? '' : fmaFromFiles.join(','))
    const uberon = recipe.uberon ?? uberonFromFiles.join(',')
    const sourceKinds = new Set(recipe.sources.map((s) => s.kind))
    const source = [
      sourceKinds.has('bp3d') ? 'BodyParts3D 4.0 (DBCLS), decimated copy' : '',
      sourceKinds.has('derived') && !b.standIn ? 'derived from BodyParts3D by voxel wrapping' : '',
      sourceKinds.has('derived') && b.standIn
        ? 'procedural stand-in anchored to BodyParts3D (not anatomical data)'
        : '',
      sourceKinds.has('hra')
        ? `HRA 3D reference organ, Visible Human Female, registered onto the BodyParts3D pelvis (${fitKind} fit)`
        : '',
      b.standInParts.length ? `stylised stand-in (${b.standInParts.join(', ')}), not anatomical data` : '',
    ]
      .filter(Boolean)
      .join('; ')
    const license = sourceKinds.has('hra')
      ? 'CC BY 4.0 (HRA)'
      : 'CC BY-SA 4.0 (adaptation of BodyParts3D, CC BY-SA 2.1 JP)'
    const extras = {
      organ: id,
      label: recipe.label,
      fma: fma || null,
      uberon: uberon || null,
      source,
      license,
      standIn: b.standIn,
      standInParts: b.standInParts,
      sex: shape.sex,
      layer: shape.layer,
      laterality: shape.laterality,
      pick: pick ? pick.point.map((v) => Number(v.toFixed(4))) : null,
      pickFrom: pick?.from ?? null,
      pickClearance: pick ? Number(pick.clearance.toFixed(4)) : null,
      pickHide: occluders.get(id) ?? [],
    }
    const mesh = doc.createMesh(id).addPrimitive(prim)
    scene.addChild(doc.createNode(id).setMesh(mesh).setExtras(extras))
    provenance.push({
      ...extras,
      triangles: triangleCount(b.mesh),
      sourceTriangles: b.sourceTriangles,
      budget: recipe.budget,
      files: b.files.map((f) => ({
        file: f.file,
        structure: f.structure ?? f.meshNames?.join(', ') ?? null,
        fma: f.fma ?? null,
        uberon: f.uberon ?? null,
        sha256: f.sha256 ?? null,
        origin: f.sourceRepo ? `${f.sourceRepo}@${f.sourceCommit ?? ''}/${f.sourcePath ?? ''}` : null,
      })),
      anchors: b.anchors.map((f) => ({ file: f.file, structure: f.structure ?? null, sha256: f.sha256 ?? null })),
    })
  }

  const licenceNote =
    'Anatomy model: CC BY-SA 4.0, adapted from BodyParts3D (c) The Database Center for Life Science (CC BY-SA 2.1 JP) and the Human Reference Atlas 3D reference organs (HuBMAP, CC BY 4.0). See CREDITS.md.'
  const frame = `metres, +Y up, +Z anterior, +X patient left, soles at y = 0 (BP3D frame lifted by ${lift.toFixed(4)} m); vertices baked, nodes at the origin`
  const asset = doc.getRoot().getAsset()
  asset.copyright =
    'BodyParts3D (c) The Database Center for Life Science; HRA 3D reference organs (c) HuBMAP / CCF creators'
  asset.extras = {
    license: 'CC-BY-SA-4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
    credits: licenceNote,
    creditsFile: 'CREDITS.md',
    frame,
  }

  doc.createExtension(KHRMeshQuantization).setRequired(true)
  // Normals only: quantizing positions would move a dequantization transform onto every node, and the app
  // relies on node space being body space. Float positions snapped to a grid compress well enough.
  await doc.transform(
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
    quantize({ pattern: /^NORMAL$/, quantizeNormal: 8 }),
  )
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.FILTER })
  for (const node of doc.getRoot().listNodes()) {
    const t = node.getTranslation()
    const s = node.getScale()
    if (t.some((v) => v !== 0) || s.some((v) => v !== 1)) throw new Error(`node ${node.getName()} is not at the origin`)
  }
  const outIo = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
  })
  mkdirSync(OUT_DIR, { recursive: true })
  const glb = await outIo.writeBinary(doc)
  writeFileSync(join(OUT_DIR, 'body.glb'), glb)
  const bytes = statSync(join(OUT_DIR, 'body.glb')).size

  const seconds = (performance.now() - started) / 1000
  const regOut = (r: Registration): Record<string, unknown> => ({
    transform: r.transform.map((v) => Number(v.toFixed(6))),
    meanResidualMm: Number(mm(r.meanResidual)),
    p95ResidualMm: Number(mm(r.p95Residual)),
    maxResidualMm: Number(mm(r.maxResidual)),
    iterations: r.iterations,
  })
  const provenanceJson = JSON.stringify({
    model: 'body.glb',
    generator: 'tools/build-model.ts (npm run build:model)',
    license: 'CC-BY-SA-4.0',
    credits: 'CREDITS.md',
    frame,
    compression: 'EXT_meshopt_compression (filter mode; normals octahedral 8-bit) + KHR_mesh_quantization',
    bytes,
    triangles: total,
    pick: {
      method:
        'orthographic ID/depth rasterisation (2 mm pixels) of all organs outside the skin layer (skin and body fat are never hit by the app rays; the joint markers, drawn only when the record places something there, do count) from front, back, left and right; opposite-sex organs are left out for sex-specific organs. pick = body-space surface point of the organ pixel farthest from the edge of the region where the organ is the first hit (chamfer distance transform); the front is used when its clearance is >= 5 mm, else the side with the largest clearance. pickClearance = that distance in metres. An organ covered from every side gets pickHide: the fewest organs (found by repeatedly removing the organ covering most of its footprint) that must be hidden for the pick to be the first hit. Skin: first hit from the front with the skin alone. Body fat: first hit from the front over the organs.',
    },
    registration: {
      method:
        'HRA VH_F pelvis (compact bone + sacrum; spongy bone and coccyx left out) thinned to one point per 4 mm voxel, fitted to BP3D hip bones + sacrum surface samples (one per 2 mm voxel): centroid/bbox-scale start, 40 rounds of trimmed (90 %) similarity ICP (Horn), then 20 rounds of trimmed affine ICP. Residual = distance from every sampled HRA pelvis point to the nearest sampled BP3D point. The transform (row-major 3x4) maps HRA scene metres into the BP3D glTF frame before the lift to y = 0.',
      used: fitKind,
      similarity: regOut(reg.similarity),
      affine: regOut(reg.affine),
    },
    organs: provenance,
  })
  // Formatted like the rest of the repository so `prettier --check .` passes on the committed file.
  writeFileSync(
    join(OUT_DIR, 'body.provenance.json'),
    await format(provenanceJson, { parser: 'json', printWidth: 120 }),
  )

  // Preview: front and left views of organs over the skin silhouette (4 mm pixels).
  const colours = order.map((_, i) => {
    const h = (i * 137.508) % 360
    const f = (n: number): number => {
      const k = (n + h / 30) % 12
      return Math.round(255 * (0.55 - 0.35 * Math.max(-1, Math.min(k - 3, 9 - k, 1))))
    }
    return [f(0), f(8), f(4)] as const
  })
  mkdirSync(PREVIEW_DIR, { recursive: true })
  for (const v of ['front', 'left'] as const) {
    const organs = rasterise(meshesFor('all'), v, 0.004, bodyBox)
    const sil = rasterise(skinOnly, v, 0.004, bodyBox)
    writeFileSync(
      join(PREVIEW_DIR, `body-${v}.png`),
      encodePng(organs.width, organs.height, paint(organs, colours, sil)),
    )
  }

  const top = [...built.values()].sort((a, b) => triangleCount(b.mesh) - triangleCount(a.mesh)).slice(0, 10)
  const height = bodyBox.max[1] - bodyBox.min[1]
  console.log(`organs: ${built.size}, triangles: ${total}, bytes: ${bytes}, height: ${height.toFixed(3)} m`)
  console.log(`largest: ${top.map((b) => `${b.id} ${triangleCount(b.mesh)}`).join(', ')}`)
  console.log(
    `picks needing hidden organs: ${[...occluders]
      .filter(([, h]) => h.length > 0)
      .map(([id, h]) => `${id}:${h.join('+')}`)
      .join(', ')}`,
  )
  console.log(
    `picks not from front: ${[...picks]
      .filter(([, p]) => p.from !== 'front')
      .map(([id, p]) => `${id}:${p.from}`)
      .join(', ')}`,
  )
  console.log(`built in ${seconds.toFixed(1)} s`)
}

await main()
