/**
 * The app's own words are information only (docs/reliability.md G1, G3, G14): no catalogue string, generated sentence
 * or text literal in app code diagnoses, predicts, advises, judges a value normal or healthy, or urges. The names of
 * recorded concepts (lay names, code tables) are checked by their own tables' tests; the rendered page is scanned by
 * e2e/wording-ui.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FORBIDDEN_PHRASES, JUDGEMENT_PHRASES, forbiddenPhrasesIn, ownWordingPhrasesIn } from '../anatomy/wording.ts'
import { en, type MessageKey } from './en.ts'
import { es } from './es.ts'
import { FORBIDDEN_PHRASES_ES as FORBIDDEN_ES, ownWordingPhrasesEsIn } from './forbiddenPhrasesEs.ts'
import { NOTES_EN } from './notes.en.ts'
import { NOTES_ES } from './notes.es.ts'

/**
 * The disclaimer and the intended-purpose statement name what the app does NOT do; they are the one place those
 * words may stand. Everything else must be free of them.
 */
const DISCLAIMER_KEYS: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'app.disclaimer',
  'about.purposeIntro',
  'about.purpose.2',
  'about.purpose.6',
])

function offendingIn(catalogue: Record<string, string>, find: (text: string) => readonly string[]): string[] {
  return Object.entries(catalogue)
    .filter(([key]) => !DISCLAIMER_KEYS.has(key as MessageKey))
    .flatMap(([key, text]) => find(text).map((phrase) => `${key}: ${phrase}`))
}

/** Every text literal with a space in it (words a person reads) in the app's source files under `dirs`. */
function sourceTexts(dirs: readonly string[]): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = []
  for (const dir of dirs) {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file)) continue
      const source = readFileSync(`${dir}/${file}`, 'utf8')
      // String literals and JSX text; comments are not UI.
      const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
      for (const m of withoutComments.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`|>([^<>{}\n]+)</g)) {
        const text = m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''
        // Single tokens are identifiers ('alert' role, 'diagnostic-report'), not words a person reads.
        if (/\S\s+\S/.test(text)) out.push({ file: `${dir}/${file}`, text })
      }
    }
  }
  return out
}

describe('UI wording (information only)', () => {
  it('G1 the shared lists hold every word of the catalogue, in both languages', () => {
    const catalogue = ['diagnos', 'predict', 'risk of', 'likely', 'recommend', 'you should', 'detect', 'analy']
    catalogue.push('interpret', 'score', 'alert', 'urgent', 'you have', 'at risk', 'probably', 'suggests', 'indicates')
    for (const phrase of catalogue) expect(FORBIDDEN_PHRASES).toContain(phrase)
    for (const phrase of ['normal', 'healthy', 'act now']) expect(JUDGEMENT_PHRASES).toContain(phrase)
    // "abnormal" is caught by "normal"; the Spanish lists are checked the same way
    expect(ownWordingPhrasesIn('An abnormal value')).toEqual(['normal'])
    expect(ownWordingPhrasesEsIn('Un valor anormal; está sano')).toEqual(['normal', 'sano'])
    for (const phrase of ['diagnóstic', 'pronóstico', 'riesgo', 'recomend', 'alerta', 'urgente']) {
      expect(FORBIDDEN_ES).toContain(phrase)
    }
  })

  it('no English UI string diagnoses, predicts or advises', () => {
    expect(offendingIn(en, forbiddenPhrasesIn)).toEqual([])
  })

  it('no Spanish UI string diagnoses, predicts or advises', () => {
    expect(offendingIn(es, (text) => FORBIDDEN_ES.filter((phrase) => text.toLowerCase().includes(phrase)))).toEqual([])
  })

  it('G1 no UI string in English or Spanish diagnoses, predicts, advises, judges a value or urges', () => {
    expect(offendingIn(en, ownWordingPhrasesIn)).toEqual([])
    expect(offendingIn(es, ownWordingPhrasesEsIn)).toEqual([])
  })

  it('G1 no note sentence of the mapping, in either language, judges a value or urges', () => {
    expect(Object.values(NOTES_EN).filter((text) => ownWordingPhrasesIn(text).length > 0)).toEqual([])
    expect(Object.values(NOTES_ES).filter((text) => ownWordingPhrasesEsIn(text).length > 0)).toEqual([])
  })

  it('G3 the disclaimer says the app does not diagnose or give medical advice, and in clinician mode asks to verify', () => {
    expect(en['app.disclaimer']).toBe(
      'This shows information from your health record. It does not diagnose, predict or give medical advice. Talk to your clinician about what it means.',
    )
    expect(es['app.disclaimer']).toBe(
      'Esto muestra información de su historial de salud. No diagnostica, no pronostica ni da consejo médico. Hable con su profesional sanitario sobre lo que significa.',
    )
    expect(en['app.disclaimerClinician']).toBe('Display of recorded information; verify in source record.')
    expect(es['app.disclaimerClinician']).toBe(
      'Presentación de la información registrada; verifíquela en el historial de origen.',
    )
  })

  it('G8 the empty conditions list names its source and its scope, never "no health problems"', () => {
    expect(en['record.noConditions']).toBe('No conditions were shared by {source}.')
    expect(en['record.noConditionsScope']).toContain('{source}')
    for (const key of ['record.noConditions', 'record.noConditionsScope', 'record.noConditionsFiltered'] as const) {
      expect(en[key].toLowerCase()).not.toMatch(/health problem|no problems|healthy/)
      expect(es[key].toLowerCase()).not.toMatch(/problemas? de salud|sin problemas|sano/)
    }
  })

  it('no text literal in a UI source file uses a forbidden phrase', () => {
    const found = sourceTexts(['src/panels', 'src/app', 'src/scene'])
      .filter(({ file }) => !file.includes('/i18n'))
      .flatMap(({ file, text }) => forbiddenPhrasesIn(text).map((p) => `${file}: "${p}" in "${text.slice(0, 60)}"`))
    expect(found).toEqual([])
  })

  it('G14 no error, empty or loading text built in app code (FHIR and sign-in errors included) advises, judges or speculates', () => {
    // src/fhir builds the FhirError, SmartError and Health Link messages a person reads; src/timeline its notes
    const dirs = ['src/fhir', 'src/timeline', 'src/twin', 'src/app', 'src/panels', 'src/scene']
    const texts = sourceTexts(dirs)
    expect(texts.some(({ file }) => file.startsWith('src/fhir/errors.ts'))).toBe(true)
    expect(texts.some(({ text }) => text === 'The record system did not answer in time.')).toBe(true)
    const found = texts.flatMap(({ file, text }) =>
      ownWordingPhrasesIn(text).map((p) => `${file}: "${p}" in "${text.slice(0, 60)}"`),
    )
    expect(found).toEqual([])
    // and the catalogues' own error, empty and loading messages, in both languages
    const messages = (Object.keys(en) as MessageKey[]).filter((key) =>
      /failed|error|none|empty|loading|no[A-Z]|problem|refused|notPermitted|timeout/i.test(key),
    )
    expect(messages.length).toBeGreaterThan(30)
    const advice = /you should|see a doctor|consult|seek|call |debería|consulte|acuda|llame/i
    expect(messages.filter((key) => advice.test(en[key]) || advice.test(es[key]))).toEqual([])
  })
})
