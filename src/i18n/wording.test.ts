import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FORBIDDEN_PHRASES, forbiddenPhrasesIn } from '../anatomy/wording.ts'
import { en, type MessageKey } from './en.ts'
import { es } from './es.ts'
import { FORBIDDEN_PHRASES_ES as FORBIDDEN_ES } from './forbiddenPhrasesEs.ts'

/**
 * The UI's own disclaimer names what the app does NOT do; it is the one place those words may stand.
 * Everything else must be free of them.
 */
const DISCLAIMER_KEYS = new Set<MessageKey>(['app.disclaimer'])

describe('UI wording (information only)', () => {
  it('the shared forbidden list holds the issue phrases', () => {
    for (const phrase of [
      'diagnos',
      'you have',
      'risk of',
      'at risk',
      'likely',
      'probably',
      'suggests',
      'indicates',
      'predict',
    ]) {
      expect(FORBIDDEN_PHRASES).toContain(phrase)
    }
  })

  it('no English UI string diagnoses, predicts or advises', () => {
    const offending = (Object.entries(en) as [MessageKey, string][])
      .filter(([key]) => !DISCLAIMER_KEYS.has(key))
      .flatMap(([key, text]) => forbiddenPhrasesIn(text).map((phrase) => `${key}: ${phrase}`))
    expect(offending).toEqual([])
  })

  it('no Spanish UI string diagnoses, predicts or advises', () => {
    const offending = (Object.entries(es) as [MessageKey, string][])
      .filter(([key]) => !DISCLAIMER_KEYS.has(key))
      .flatMap(([key, text]) =>
        FORBIDDEN_ES.filter((phrase) => text.toLowerCase().includes(phrase)).map((phrase) => `${key}: ${phrase}`),
      )
    expect(offending).toEqual([])
  })

  it('the disclaimer says the app does not diagnose or predict, in both languages', () => {
    expect(en['app.disclaimer']).toBe(
      'This shows what is recorded in your health record. It does not diagnose or predict anything. Talk to your clinician about what it means.',
    )
    expect(es['app.disclaimer']).toContain('No diagnostica ni pronostica nada')
  })

  it('no text literal in a UI source file uses a forbidden phrase', () => {
    const dirs = ['src/panels', 'src/app', 'src/scene']
    const offending: string[] = []
    for (const dir of dirs) {
      for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file) || file.startsWith('i18n')) continue
        const source = readFileSync(`${dir}/${file}`, 'utf8')
        // String literals and JSX text; comments are not UI.
        const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
        const texts = [...withoutComments.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`|>([^<>{}\n]+)</g)]
          .map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '')
          // Words a person reads contain spaces; single tokens are identifiers ('alert' role, 'diagnostic-report').
          .filter((text) => /\S\s+\S/.test(text))
        for (const text of texts) {
          for (const phrase of forbiddenPhrasesIn(text))
            offending.push(`${dir}/${file}: "${phrase}" in "${text.slice(0, 60)}"`)
        }
      }
    }
    expect(offending).toEqual([])
  })
})
