import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('npm run build:model', () => {
  // The whole build (about 15 s alone on two cores; more when other suites run beside it).
  it('rebuilds the committed body.glb byte for byte from the in-repo sources', { timeout: 180_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'body-model-'))
    try {
      const env: NodeJS.ProcessEnv = { ...process.env }
      // The in-repo tools/model/sources only: never a folder outside the repository.
      delete env.ANATOMY_DIR
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'tools/build-model.ts', '--out', out],
        { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 },
      )
      expect(stdout).toContain(`sources: ${join(ROOT, 'tools/model/sources')},`)
      // The repository holds only the sources the build reads.
      expect(stdout).toContain(', 0 files listed but unread')
      expect(sha256(join(out, 'body.glb'))).toBe(sha256(join(ROOT, 'public/models/body.glb')))
      expect(sha256(join(out, 'body-lite.glb'))).toBe(sha256(join(ROOT, 'public/models/body-lite.glb')))
      expect(sha256(join(out, 'body.provenance.json'))).toBe(sha256(join(ROOT, 'public/models/body.provenance.json')))
      for (const png of ['body-front.png', 'body-left.png'])
        expect(sha256(join(out, 'preview', png))).toBe(sha256(join(ROOT, 'tools/model/preview', png)))
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})
