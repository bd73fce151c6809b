/**
 * The information-only contract on the rendered page (docs/reliability.md group G, and E7): every string a person
 * reads, in both languages and both modes, over every place with findings; each finding names its source, date and
 * status; the clinician view shows codes, systems, ids and dates for every item; the disclaimer shows on first view
 * and beside the details; resolved conditions read as past with dates; nothing flashes.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect, conditionCounts, SYNTHEA, type TwinPage } from './fixtures.ts'
import { openRecordLists } from './recordLists.ts'
import { ownWordingPhrasesIn } from '../src/anatomy/wording.ts'
import { en, type MessageKey } from '../src/i18n/en.ts'
import { es } from '../src/i18n/es.ts'
import { ownWordingPhrasesEsIn } from '../src/i18n/forbiddenPhrasesEs.ts'

type Locale = 'en' | 'es'
const CATALOGUE = { en, es } as const
/** The disclaimer and the intended purpose name what the app does not do: the one place those words stand. */
const EXEMPT_KEYS: readonly MessageKey[] = [
  'app.disclaimer',
  'about.purposeIntro',
  'about.purpose.2',
  'about.purpose.6',
]
const EXEMPT = new Set(EXEMPT_KEYS.flatMap((key) => [en[key], es[key]]))
/**
 * Quoted text: the record's own words, the lay names of its codes, codes, MedlinePlus general information, and the
 * band names of a cited guideline table ("Normal", "Borderline high": the guideline's words, never applied to a value).
 */
const QUOTED = '[data-general-info], [data-cited], .lay-name, .record-text, code, script, style, noscript'

/** Every string value of a bundle file: the record's own words, exempt from the wording lint (quoted text). */
function recordStrings(file: string): Set<string> {
  const out = new Set<string>()
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.add(value.trim())
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(JSON.parse(readFileSync(file, 'utf8')))
  return out
}

/** The text nodes and the readable attributes of the page, outside quoted text. */
function pageTexts(page: Page, root = 'body'): Promise<string[]> {
  return page.evaluate(
    ([selector, quoted]) => {
      const out: string[] = []
      const top = document.querySelector(selector)
      if (top === null) return out
      const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? ''
        if (text !== '' && node.parentElement?.closest(quoted) == null) out.push(text)
      }
      for (const el of top.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-valuetext]')) {
        if (el.closest(quoted) !== null) continue
        for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext']) {
          const value = el.getAttribute(name)?.trim()
          if (value) out.push(value)
        }
      }
      return out
    },
    [root, QUOTED] as const,
  )
}

/** The forbidden or judgement words in the app's own words among `texts` (record strings taken out first). */
function offending(texts: readonly string[], record: ReadonlySet<string>, locale: Locale): string[] {
  const find = locale === 'en' ? ownWordingPhrasesIn : ownWordingPhrasesEsIn
  return texts.flatMap((text) => {
    if (record.has(text) || EXEMPT.has(text) || find(text).length === 0) return []
    let rest = text
    for (const quoted of record) if (quoted.length >= 3 && rest.includes(quoted)) rest = rest.split(quoted).join(' ')
    for (const quoted of EXEMPT) rest = rest.split(quoted).join(' ')
    return find(rest).map((phrase) => `${locale}: "${phrase}" in "${text.slice(0, 100)}"`)
  })
}

async function setMode(page: Page, mode: 'patient' | 'clinician'): Promise<void> {
  await page.locator(`input[name="mode"][value="${mode}"]`).check()
}

async function setLocale(page: Page, locale: Locale): Promise<void> {
  await page.locator('.view-controls select').selectOption(locale)
  await expect(page.locator('html')).toHaveAttribute('lang', locale)
}

const details = (page: Page) => page.locator('.organ-panel')

/** The body-map buttons of the places that show a finding (those with a status). */
async function placesWithFindings(page: Page): Promise<string[]> {
  return page
    .locator('.bodymap button[data-organ][aria-describedby]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-organ') ?? ''))
}

async function openPlace(page: Page, place: string): Promise<void> {
  await page.locator(`.bodymap button[data-organ="${place}"]`).click()
  await expect(details(page)).toHaveCount(1)
  await expect(page.locator(`.bodymap button[data-organ="${place}"]`)).toHaveAttribute('aria-pressed', 'true')
}

interface FindingFacts {
  readonly id: string
  readonly reference: string
  readonly code: string
  readonly recorded: string
  readonly meta: string
  readonly sourceVisible: boolean
}

/** Each finding of the open details panel: its source reference, code, recorded date and status line. */
function findingFacts(page: Page): Promise<FindingFacts[]> {
  return details(page)
    .locator('[data-finding]')
    .evaluateAll((items) =>
      items.map((li) => {
        const dds = [...li.querySelectorAll('dl.source > dd')]
        const dl = li.querySelector('dl.source')
        return {
          id: li.getAttribute('data-finding') ?? '',
          reference: dds[0]?.textContent.trim() ?? '',
          code: dds[1]?.textContent.trim() ?? '',
          recorded: dds[2]?.textContent.trim() ?? '',
          meta: li.querySelector('.event-meta')?.textContent.trim() ?? '',
          sourceVisible: dl instanceof HTMLElement && dl.checkVisibility(),
        }
      }),
    )
}

/** The words that name a status in a language (the condition sentences and "Status: x"). */
function statusWords(locale: Locale): RegExp {
  const t = CATALOGUE[locale]
  const parts = [
    t['record.status'].split('{')[0] ?? '',
    t['record.statusNotRecorded'],
    t['condition.activeSince'].split('{')[0] ?? '',
  ]
  parts.push(t['condition.activeNoStart'].split(';')[0] ?? '')
  return new RegExp(parts.map((p) => p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'))
}

const REFERENCE =
  /^(Condition|Procedure|MedicationRequest|MedicationStatement|Observation|AllergyIntolerance|Immunization|FamilyMemberHistory|DiagnosticReport|CarePlan|Encounter)\/[A-Za-z0-9\-.]{1,64}$/
const A_DATE = /\b\d{4}\b/

/** G2 and G12 for one open place: every finding names its source, a date and its status; clinicians see all. */
function checkFindings(facts: readonly FindingFacts[], place: string, locale: Locale, mode: 'patient' | 'clinician') {
  const t = CATALOGUE[locale]
  const status = statusWords(locale)
  expect(facts.length, `${place}: no findings`).toBeGreaterThan(0)
  for (const f of facts) {
    const where = `${place} ${mode} ${locale} ${f.id}`
    expect(f.reference, where).toMatch(REFERENCE)
    expect(A_DATE.test(f.recorded) || f.recorded === t['date.unknown'], `${where} date: ${f.recorded}`).toBe(true)
    expect(f.meta, `${where} status`).toMatch(status)
    if (mode === 'clinician') {
      expect(f.sourceVisible, `${where} source shown`).toBe(true)
      expect(/^[^|,]+\|\S+/.test(f.code) || f.code === t['panel.noCode'], `${where} code: ${f.code}`).toBe(true)
    }
  }
}

/** Opens every place with findings, checks its findings, and returns the page's own words that break G1. */
async function sweepPlaces(page: Page, locale: Locale, mode: 'patient' | 'clinician', record: ReadonlySet<string>) {
  // every row of the record's lists and groups is read, not only their summary lines
  await openRecordLists(page)
  const found = offending(await pageTexts(page), record, locale)
  const places = await placesWithFindings(page)
  expect(places.length).toBeGreaterThan(8)
  let findings = 0
  for (const place of places) {
    await openPlace(page, place)
    const facts = await findingFacts(page)
    findings += facts.length
    if (facts.length > 0) checkFindings(facts, place, locale, mode)
    found.push(...offending(await pageTexts(page, '.organ-panel'), record, locale))
  }
  return { found, findings }
}

async function openJacob(twin: TwinPage): Promise<void> {
  await twin.page.emulateMedia({ reducedMotion: 'no-preference' })
  await twin.goto()
  await twin.openPatient('Jacob King')
}

test('G1 G2 G12 every place of a patient, in both languages and modes: no banned word, each finding with source, date and status, clinicians see codes and ids', async ({
  twin,
}) => {
  test.setTimeout(300_000)
  const { page } = twin
  const record = recordStrings(SYNTHEA['Jacob King'])
  await twin.goto()
  // the picker's own words
  await expect(page.getByRole('button', { name: 'Open the record of Jacob King' })).toBeVisible()
  const found = offending(await pageTexts(page), record, 'en')
  await twin.openPatient('Jacob King')
  let findings = 0
  for (const locale of ['en', 'es'] as const) {
    await setLocale(page, locale)
    for (const mode of ['patient', 'clinician'] as const) {
      await setMode(page, mode)
      const sweep = await sweepPlaces(page, locale, mode, record)
      found.push(...sweep.found)
      findings += sweep.findings
    }
  }
  expect(found).toEqual([])
  expect(findings).toBeGreaterThan(40)
})

test('G12 the clinician record list shows the resource id, and codes with their systems, of every item', async ({
  twin,
}) => {
  const { page } = twin
  await openJacob(twin)
  await setMode(page, 'clinician')
  await openRecordLists(page)
  const items = await page
    .getByRole('region', { name: 'Record' })
    .locator('li.event[data-reference]')
    .evaluateAll((els) =>
      els.map((li) => ({
        reference: li.getAttribute('data-reference') ?? '',
        shown: [...li.querySelectorAll(':scope > code.event-source')].map((c) => c.textContent),
        // an item inside a group of repeats carries the group's codes, shown once on the group's line
        codes:
          (
            li.querySelector(':scope > .event-text code.event-codes') ??
            li.closest('li.event-group')?.querySelector('summary code.event-codes')
          )?.textContent ?? '',
        kind: li.closest('section.record-section')?.getAttribute('aria-labelledby') ?? '',
        meta: li.querySelector('.event-meta')?.textContent ?? '',
      })),
    )
  expect(items.length).toBeGreaterThan(50)
  for (const item of items) {
    expect(item.shown, item.reference).toEqual([item.reference])
    expect(item.meta.trim(), item.reference).not.toBe('')
    // coded items (all but family history, whose conditions are listed by text) show system|code
    if (item.kind !== 'section-family-history') expect(item.codes, item.reference).toMatch(/^[^|,]+\|\S+/)
  }
})

test('G3 the disclaimer is visible on first view and in the details in both modes, as text', async ({ twin }) => {
  const { page } = twin
  // the one disclaimer shown at a time: in the header from 900 px, in the sheet's always-visible top below
  const shown = page.locator('.disclaimer').filter({ visible: true })
  await twin.goto()
  // first view (the picker): the patient wording, as text in the page
  await expect(shown).toHaveText(en['app.disclaimer'])
  await expect(shown).toBeInViewport()
  await twin.openPatient('Jacob King')
  await expect(shown).toHaveText(en['app.disclaimer'])
  // with the details open, on screen beside them
  await openPlace(page, 'heart')
  await expect(details(page)).toBeVisible()
  await expect(shown).toHaveText(en['app.disclaimer'])
  await expect(shown).toBeInViewport()
  // clinician mode: "Display of recorded information; verify in source record"
  await setMode(page, 'clinician')
  await expect(shown).toHaveText('Display of recorded information; verify in source record.')
  await expect(shown).toBeInViewport()
  // on a phone the details are a bottom sheet, and the disclaimer sits in its top, above them
  await page.setViewportSize({ width: 390, height: 844 })
  await page
    .getByRole('navigation', { name: en['sheet.jumps'] })
    .getByRole('button', { name: en['twin.details'] })
    .click()
  await expect(details(page)).toBeInViewport()
  await expect(shown).toHaveText(en['app.disclaimerClinician'])
  await expect(shown).toBeInViewport()
  await expect(page.locator('.sheet .sheet-disclaimer .disclaimer')).toBeVisible()
  // the disclaimer is text, not an image
  expect(await page.locator('.disclaimer img, .disclaimer svg, .disclaimer canvas').count()).toBe(0)
})

test('G7 resolved, inactive and remission conditions read as past or remission, with their dates', async ({ twin }) => {
  const { page } = twin
  const file = 'fhir-fixtures/ehr/ehr-uk-gp.json'
  await twin.goto()
  await page.getByRole('button', { name: /^Open the record of Gillian/ }).click()
  await twin.waitForRecord()
  const metas = await page.locator('[aria-labelledby="conditions-resolved"] li.event .event-meta').allTextContents()
  // every ended condition of the file (resolved, inactive, remission; counted from the JSON) in the past group
  expect(metas).toHaveLength(conditionCounts(file).resolved)
  expect(metas.length).toBeGreaterThanOrEqual(3)
  for (const meta of metas) {
    // the status in words, after the recorded dates (or the sentence that says the record gives none)
    expect(meta).toMatch(/ Status: (resolved|inactive|in remission)\./)
    expect(A_DATE.test(meta) || meta.startsWith(en['condition.noDates']), meta).toBe(true)
    expect(meta).not.toMatch(/Recorded as active/)
  }
  expect(metas.filter((m) => m.includes('Status: in remission.'))).toHaveLength(1)
  expect(metas.filter((m) => m.includes('Status: inactive.'))).toHaveLength(1)
  expect(metas.some((m) => /^Recorded from \S.* to \S.*\. Status: resolved\./.test(m))).toBe(true)
})

test('G11 no flashing: no running or repeating animation on the twin, with motion allowed', async ({ twin }) => {
  const { page } = twin
  await openJacob(twin)
  await page.waitForFunction(() => window.__twin?.ready === true)
  await openPlace(page, 'heart')
  const animations = await page.evaluate(() =>
    document.getAnimations().map((a) => ({
      name: a instanceof CSSAnimation ? a.animationName : a instanceof CSSTransition ? a.transitionProperty : 'web',
      iterations: a.effect?.getComputedTiming().iterations ?? 0,
    })),
  )
  // transitions a person starts may run once (the sheet's height); nothing repeats, nothing is a keyframe animation
  expect(animations.filter((a) => a.iterations !== 1 || !['height'].includes(a.name))).toEqual([])
  // status words are calm: no "urgent", "alert" or "act now" anywhere in the page
  const body = (await page.locator('body').textContent()) ?? ''
  expect(body).not.toMatch(/urgent|act now|alert/i)
})

test('E7 a text equivalent grouped by region and status, the canvas named, selection and loading announced in live regions', async ({
  twin,
}) => {
  const { page } = twin
  // every text a live region or status region takes, from the first paint (what a screen reader is handed)
  await page.addInitScript(() => {
    const said: string[] = []
    ;(window as unknown as { __said: string[] }).__said = said
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[aria-live], [role="status"]')) {
        const text = el.textContent.trim()
        if (text !== '' && said[said.length - 1] !== text && !said.includes(text)) said.push(text)
      }
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  await openJacob(twin)
  await page.waitForFunction(() => window.__twin?.ready === true)
  // the canvas is named and described by the polite live region that tells what the body shows
  const canvas = page.getByRole('img', { name: en['scene.canvasLabel'] })
  await expect(canvas).toHaveAttribute('aria-describedby', 'scene-description')
  const description = page.locator('#scene-description')
  await expect(description).toHaveAttribute('aria-live', 'polite')
  // the body map is the text equivalent: grouped by region (layer), each place with its status in words
  const map = page.getByRole('region', { name: 'Body map' })
  const groups = await map.getByRole('group').evaluateAll((els) => els.map((el) => el.querySelector('h3')?.textContent))
  expect(groups).toEqual(expect.arrayContaining([en['bodymap.group.organs'], en['bodymap.group.skeleton']]))
  const statusWordsEn = ['active', 'suspected', 'resolved', 'procedure', 'risk-factor', 'family-history', 'removed']
  const words = statusWordsEn.map((s) => en[`status.${s}` as MessageKey])
  const statuses = await map.locator('.organ-status').allTextContents()
  expect(statuses.length).toBeGreaterThan(8)
  for (const status of statuses)
    expect(
      words.some((w) => status.includes(w)),
      status,
    ).toBe(true)
  // each status is tied to its button (read with it)
  const described = await map.locator('button[data-organ][aria-describedby]').count()
  expect(described).toBe(statuses.length)
  // selection is announced in the body map's status region and in the scene's description
  const live = map.getByRole('status')
  await expect(live).toHaveText(en['bodymap.none'])
  await openPlace(page, 'heart')
  await expect(live).toHaveText(en['bodymap.selected'].replace('{organ}', 'Heart'))
  await expect(description).toContainText('Heart')
  // loading was announced: the record's progress and the 3D body's loading, before the body was described
  const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said)
  expect(said).toContain(en['scene.loading'])
  expect(said.some((text) => text === en['progress.connecting'] || /kinds of records received/.test(text))).toBe(true)
  expect(said).toContain(en['bodymap.selected'].replace('{organ}', 'Heart'))
})
