/**
 * Static checks of the information-only contract over the app's sources (docs/reliability.md G10, G11, E12): what
 * explains a finding is reviewed, cited, static content shipped with the app; nothing flashes, pulses or urges; the
 * 3D scene draws no text, so no record string is drawn there (every part's label is DOM text).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/** The app's source files (tests left out) under a folder, with their text. */
function sources(dir: string, ext = /\.tsx?$/): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => ext.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => ({ file: `${dir}/${file}`, text: readFileSync(`${dir}/${file}`, 'utf8') }))
}

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

describe('explanatory text is static and cited (G10)', () => {
  it('G10 no text-generating or model client ships, and the app fetches nothing but the record, its config and its own credits', () => {
    const generators =
      /openai|anthropic|langchain|generative-ai|ollama|huggingface|transformers|web-llm|cohere|mistral|^ai$/
    expect(Object.keys(PACKAGE.dependencies).filter((name) => generators.test(name))).toEqual([])
    expect(Object.keys(PACKAGE.devDependencies).filter((name) => generators.test(name))).toEqual([])
    // every network call in app code, by file: FHIR (fhir-kit-client, inside src/fhir), SMART discovery, Health Links,
    // the deployment's config, the model's credits file and the light model for the loading preview; none asks a
    // service for text
    const calls = [
      'src/app',
      'src/panels',
      'src/scene',
      'src/twin',
      'src/i18n',
      'src/anatomy',
      'src/timeline',
      'src/fhir',
    ]
      .flatMap((dir) => sources(dir))
      .filter(({ text }) => /\bfetch\(|XMLHttpRequest|new WebSocket|EventSource|sendBeacon/.test(text))
      .map(({ file }) => file)
      .sort()
    expect(calls).toEqual([
      'src/app/previewWorker.ts',
      'src/app/smart/config.ts',
      'src/fhir/shl/fetchHealthFile.ts',
      'src/fhir/shl/fetchHealthManifest.ts',
      'src/fhir/smart/discover.ts',
      'src/panels/AboutDialog.tsx',
    ])
  })

  it('G10 the general information is the cited MedlinePlus extract bundled with the app, and the reasons are static tables', () => {
    const chunks = readdirSync('src/i18n/layNames/medlineplus').filter((f) => f.endsWith('.json'))
    expect(chunks.length).toBeGreaterThan(10)
    for (const chunk of chunks) {
      const file = JSON.parse(readFileSync(`src/i18n/layNames/medlineplus/${chunk}`, 'utf8')) as {
        attribution: string
        date: string
        topics: Record<string, { url: string }>
      }
      expect(file.attribution, chunk).toMatch(/^(Source|Fuente): MedlinePlus/)
      expect(file.date, chunk).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      for (const [slug, topic] of Object.entries(file.topics))
        expect(topic.url, slug).toMatch(/^https:\/\/medlineplus\.gov\//)
    }
    // the "why here?" words are string tables keyed by note id, not built from the record's text
    for (const table of ['src/i18n/notes.en.ts', 'src/i18n/notes.es.ts']) {
      expect(readFileSync(table, 'utf8')).toMatch(/Readonly<Record<NoteId, string>>/)
    }
  })
})

describe('no urgency cues (G11)', () => {
  it('G11 no stylesheet flashes, blinks or repeats an animation, and no scene code pulses with the clock', () => {
    const css = sources('src', /\.css$/)
    expect(css.length).toBeGreaterThan(0)
    const all = css.map(({ text }) => text).join('\n')
    expect(all).not.toMatch(/@keyframes|animation\s*:|animation-name|text-decoration\s*:\s*blink|infinite/)
    // the one transition is the sheet's height (a move the person starts)
    expect([...all.matchAll(/transition\s*:\s*([^;]+);/g)].map((m) => m[1])).toEqual(['height 0.2s ease'])
    // per-frame code: only the camera move, which ends; no sine of the clock, no intervals in the scene
    const perFrame = sources('src/scene').filter(({ text }) =>
      /useFrame\(|setInterval|elapsedTime|Math\.sin/.test(text),
    )
    expect(perFrame.map(({ file }) => file)).toEqual(['src/scene/useMoveAnimation.ts'])
  })

  it('G11 no colour in a stylesheet is a saturated red', () => {
    const colours = sources('src', /\.css$/).flatMap(({ text }) => [...text.matchAll(/#([0-9a-f]{6}|[0-9a-f]{3})\b/gi)])
    const reds = colours
      .map((m) => (m[1] ?? '').replace(/^(.)(.)(.)$/, '$1$1$2$2$3$3'))
      .filter((hex) => {
        const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [
          number,
          number,
          number,
        ]
        const max = Math.max(r, g, b)
        const min = Math.min(r, g, b)
        const saturation = max === 0 ? 0 : (max - min) / max
        return max === r && r - Math.max(g, b) > 0.25 && saturation > 0.5
      })
    expect(colours.length).toBeGreaterThan(10)
    expect(reds).toEqual([])
  })
})

describe('no record text in the 3D scene (E12)', () => {
  it('E12 the scene draws no text: no troika, drei Text or Html, canvas text or texture from a string', () => {
    const scene = sources('src/scene')
    const drawsText =
      /troika|\bText\b.*@react-three\/drei|<Text\b|<Html\b|<Text3D\b|fillText|strokeText|CanvasTexture|measureText/
    expect(scene.filter(({ text }) => drawsText.test(text)).map(({ file }) => file)).toEqual([])
    expect(Object.keys(PACKAGE.dependencies).filter((name) => /troika|three-text|three-mesh-ui/.test(name))).toEqual([])
    // what drei the scene uses: the camera controls only
    const drei = scene.flatMap(({ text }) => [
      ...text.matchAll(/import (?:type )?\{([^}]*)\} from '@react-three\/drei'/g),
    ])
    expect(new Set(drei.flatMap((m) => (m[1] ?? '').split(',').map((s) => s.trim())))).toEqual(
      new Set(['OrbitControls']),
    )
  })

  it('E12 the scene reads no record text: it imports no record types, and its description uses only catalogue words and place labels', () => {
    const scene = sources('src/scene')
    expect(
      scene.filter(({ text }) => /from '\.\.\/(timeline|fhir|panels)\//.test(text)).map(({ file }) => file),
    ).toEqual([])
    const description = readFileSync('src/scene/description.ts', 'utf8')
    const imports = [...description.matchAll(/from '([^']+)'/g)].map((m) => m[1])
    expect(imports.sort()).toEqual([
      '../anatomy/organIds.ts',
      '../anatomy/types.ts',
      '../i18n/en.ts',
      '../i18n/locale.ts',
      '../i18n/placeLabel.ts',
      '../i18n/translate.ts',
      '../twin/visibility.ts',
    ])
  })
})
