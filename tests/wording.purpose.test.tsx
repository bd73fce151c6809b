// @vitest-environment jsdom
/**
 * G13 (docs/reliability.md): the intended-purpose statement in docs/intended-purpose.md and the one the About dialog
 * shows are the same words, in English and Spanish; it covers the invariants I1 to I8; the README links it.
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { TwinContext } from '../src/twin/TwinContext.tsx'
import { createTwinStore } from '../src/twin/twinStore.ts'
import { AboutDialog, PURPOSE_KEYS } from '../src/panels/AboutDialog.tsx'
import { en } from '../src/i18n/en.ts'
import { es } from '../src/i18n/es.ts'

const DOC = readFileSync('docs/intended-purpose.md', 'utf8')

/** The intro paragraph and the I1..I8 items of one language's section of the document. */
function docStatement(heading: string): { intro: string; items: string[] } {
  const section = DOC.split(/^## /m).find((part) => part.startsWith(heading)) ?? ''
  const lines = section.split('\n').slice(1)
  const items = lines.flatMap((line) => /^- \*\*I(\d)\*\* (.+)$/.exec(line)?.slice(1) ?? [])
  const numbers = items.filter((_, i) => i % 2 === 0)
  expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
  const intro = lines.find((line) => line.trim() !== '' && !line.startsWith('- ')) ?? ''
  return { intro, items: items.filter((_, i) => i % 2 === 1) }
}

/** What the About dialog renders as its intended purpose, in a language. */
function aboutStatement(locale: 'en' | 'es'): { intro: string; items: string[] } {
  const store = createTwinStore({ kind: 'file', fileName: 'about.json' })
  store.getState().setLocale(locale)
  render(
    <TwinContext value={store}>
      <AboutDialog />
    </TwinContext>,
  )
  const heading = screen.getByText(locale === 'en' ? 'Intended purpose' : 'Finalidad prevista')
  const section = heading.closest('section')
  const intro = section?.querySelector('p')?.textContent ?? ''
  const items = [...(section?.querySelectorAll('ol > li') ?? [])].map((li) => li.textContent)
  cleanup()
  return { intro, items }
}

afterEach(cleanup)

describe('intended purpose', () => {
  it('G13 the About dialog and docs/intended-purpose.md state the same intended purpose, I1 to I8, in English and Spanish', () => {
    const docEn = docStatement('Statement (English)')
    const docEs = docStatement('Declaración (español)')
    expect(aboutStatement('en')).toEqual(docEn)
    expect(aboutStatement('es')).toEqual(docEs)
    expect(docEn.intro).toBe(en['about.purposeIntro'])
    expect(docEs.items).toEqual(PURPOSE_KEYS.map((key) => es[key]))
    // each item keeps its invariant's subject (docs/reliability.md I1-I8)
    const subjects = [/source.*dates.*status/, /no scores/, /code.*tables/, /entered in error.*ruled out.*suspected/]
    subjects.push(/did not arrive.*never shown as none/, /no alarms, no flashing/, /notice.*statement of purpose/)
    subjects.push(/codes, code systems, record ids and dates/)
    subjects.forEach((subject, i) => {
      expect(docEn.items[i]).toMatch(subject)
    })
  })

  it('G13 the README links the intended-purpose statement', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('[docs/intended-purpose.md](docs/intended-purpose.md)')
  })
})
