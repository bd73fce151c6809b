/**
 * The bench's server (bench/run.ts): the embedded server (server/main.ts) on a free port serving dist-e2e, seeded
 * with the default fixtures plus the generated 10,000-resource patient (tools/syntheticRecord.ts, written to a
 * temporary folder), and the patients the browser figures open: the smallest, median and largest default fixture
 * (by resources written), the 10k patient, and the bare one (edge-patient-only: a Patient and nothing else).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { DEFAULT_FIXTURE_PATTERNS, startServer, type RunningServer } from '../server/main.ts'
import { generateSyntheticRecord } from '../tools/syntheticRecord.ts'

/** The generated patient's size and seed. */
export const SYNTHETIC = { seed: 1, resources: 10_000 } as const

/** A patient the browser figures open. */
export interface BenchPatient {
  readonly label: string
  readonly file: string
  readonly id: string
  readonly resources: number
}

/** The started server, the patients, and the text of the 10k bundle (for the data path). */
export interface BenchSetup {
  readonly server: RunningServer
  readonly syntheticText: string
  readonly patients: { smallest: BenchPatient; median: BenchPatient; largest: BenchPatient; synthetic: BenchPatient }
  readonly bare: BenchPatient
  close(): Promise<void>
}

function onePatientFiles(server: RunningServer): BenchPatient[] {
  return server.seed.files.flatMap((file) => {
    const patients = file.keys.filter((key) => key.startsWith('Patient/'))
    const only = patients[0]
    if (patients.length !== 1 || only === undefined) return []
    const name = basename(file.source)
    return [
      {
        label: name.replace(/\.json$/, ''),
        file: name,
        id: only.slice('Patient/'.length),
        resources: file.keys.length,
      },
    ]
  })
}

/** Starts the seeded server (dist-e2e must exist). */
export async function setUp(): Promise<BenchSetup> {
  const dir = mkdtempSync(join(tmpdir(), 'twin-bench-'))
  const syntheticText = JSON.stringify(generateSyntheticRecord(SYNTHETIC))
  const syntheticFile = join(dir, 'synthetic-10k.json')
  writeFileSync(syntheticFile, syntheticText)
  const server = await startServer({
    port: 0,
    staticDir: 'dist-e2e',
    fixtureGlobs: [...DEFAULT_FIXTURE_PATTERNS, syntheticFile],
  })
  const all = onePatientFiles(server)
  const synthetic = all.find((p) => p.file === 'synthetic-10k.json')
  const fixtures = all.filter((p) => p !== synthetic).sort((a, b) => a.resources - b.resources)
  const pick = (i: number): BenchPatient => {
    const patient = fixtures[i]
    if (patient === undefined) throw new Error('no fixture patients seeded')
    return patient
  }
  if (synthetic === undefined) throw new Error('the 10k patient was not seeded')
  const bare = fixtures.find((p) => p.file === 'edge-patient-only.json') ?? pick(0)
  return {
    server,
    syntheticText,
    patients: {
      smallest: pick(0),
      median: pick(Math.floor(fixtures.length / 2)),
      largest: pick(fixtures.length - 1),
      synthetic: { ...synthetic, label: 'generated-10k' },
    },
    bare,
    close: async () => {
      await server.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
