/**
 * Build-time extractor of the MedlinePlus health topics the lay-name tables use (src/i18n/layNames/*Names.ts).
 *
 * `npm run medlineplus:topics` reads ../shared/reference/medlineplus/topics-en.json (a reference copy outside the
 * repository; the app and its tests never read it) and writes, for the topic slugs the tables name and no others:
 * - src/i18n/layNames/medlineplus/<first letter>.json: slug, title, url and the summary as plain-text blocks
 *   (paragraphs, list items, sub-headings; links dropped, their text kept; no HTML survives), with the source note,
 *   the XML date and the attribution. The app loads one letter's file on demand (src/i18n/layNames/topicInfo.ts).
 * - src/i18n/layNames/medlineplusTitles.json: slug -> title, for the collapsed "General information about ..." lines.
 * A slug the tables use that is not in the reference is printed as an error, and the tool exits 1 (nothing written).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { format } from 'prettier'
import type { LayRow } from '../src/i18n/layNames/types.ts'
import { CONDITION_LAY_NAMES } from '../src/i18n/layNames/conditionNames.ts'
import { PROCEDURE_LAY_NAMES } from '../src/i18n/layNames/procedureNames.ts'
import {
  ICD10_BLOCK_LAY_NAMES,
  ICD10_CHAPTER_LAY_NAMES,
  ICD10_PREFIX_LAY_NAMES,
} from '../src/i18n/layNames/icd10Names.ts'
import { TEXT_LAY_NAMES } from '../src/i18n/layNames/textNames.ts'
import type { TopicBlock, TopicFile, TopicInfo } from '../src/i18n/layNames/topicInfo.ts'

const SOURCE = '../shared/reference/medlineplus/topics-en.json'
/** One file per first letter of the slug, so opening a topic loads about 1/20 of the text, not all of it. */
const OUT_TOPICS = 'src/i18n/layNames/medlineplus'
const OUT_TITLES = 'src/i18n/layNames/medlineplusTitles.json'
/** The date of the MedlinePlus Health Topics XML behind the reference copy (its README: knextract, 2024-06-06). */
const XML_DATE = '2024-06-06'
const NOTE =
  'English MedlinePlus health topic summaries (title, url, summary as plain text) for the topics the lay-name ' +
  'tables use, from the MedlinePlus Health Topics XML dated 2024-06-06 (U.S. National Library of Medicine; public ' +
  'domain) via minorg/knextract (repository licence Apache-2.0). Written by tools/medlineplus-topics.ts; see README.md.'

interface SourceTopic {
  readonly url: string
  readonly title: string
  readonly full_summary_html: string
}

/** Every lay-name table, by name (the tool and its test count over all of them). */
const LAY_TABLES: Readonly<Record<string, readonly LayRow[]>> = {
  conditions: CONDITION_LAY_NAMES,
  procedures: PROCEDURE_LAY_NAMES,
  icd10Prefixes: ICD10_PREFIX_LAY_NAMES,
  icd10Blocks: ICD10_BLOCK_LAY_NAMES,
  icd10Chapters: ICD10_CHAPTER_LAY_NAMES,
  text: TEXT_LAY_NAMES,
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' }

/** Decodes the HTML entities of a text run (named ones above, and numeric ones). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

/** Tags that end the block before them and start a new one, with the kind of block they start. */
const BLOCK_TAGS: Readonly<Record<string, TopicBlock['kind']>> = {
  p: 'p',
  li: 'li',
  h2: 'h',
  h3: 'h',
  h4: 'h',
  tr: 'p',
}
/** Tags whose end (or, for br, whose presence) ends the current block. */
const BREAK_TAGS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'tr', 'ul', 'ol', 'table', 'br', 'div'])

/**
 * A summary's HTML as plain-text blocks: every tag and comment is dropped (a link keeps its text), a table row is
 * a paragraph with its cells joined by " | ", a nested list is flattened into its parent, whitespace is collapsed
 * and empty blocks are left out. The result holds no markup.
 * @param html - MedlinePlus full_summary_html
 */
function htmlToBlocks(html: string): TopicBlock[] {
  const blocks: TopicBlock[] = []
  let kind: TopicBlock['kind'] = 'p'
  let text = ''
  const flush = (): void => {
    const clean = decodeEntities(text).replace(/\s+/g, ' ').trim()
    if (clean !== '' && /[\p{L}\p{N}]/u.test(clean)) blocks.push({ kind, text: clean })
    text = ''
  }
  for (const part of html.replace(/<!--[\s\S]*?-->/g, '').split(/(<[^>]*>)/)) {
    if (!part.startsWith('<')) {
      text += part
      continue
    }
    const tag = /^<(\/?)([a-z0-9]+)/i.exec(part)
    if (tag === null) continue
    const [, closing, rawName] = tag
    const name = (rawName ?? '').toLowerCase()
    if (closing === '' && name in BLOCK_TAGS) {
      flush()
      kind = BLOCK_TAGS[name] ?? 'p'
    } else if (BREAK_TAGS.has(name)) {
      flush()
      // Loose text after a closed block is a paragraph (between two list items, a list item).
      if (closing === '/') kind = name === 'li' ? 'li' : 'p'
    } else if (closing === '/' && (name === 'td' || name === 'th')) text += ' | '
  }
  flush()
  // Empty table cells leave no separator behind.
  const cells = (t: string): string => t.replace(/\|(\s*\|)+/g, '|').replace(/^\s*\|\s*|\s*\|\s*$/g, '')
  return blocks.map((b) => ({ kind: b.kind, text: cells(b.text) }))
}

/** The slug of a MedlinePlus topic URL (`asthma` for https://medlineplus.gov/asthma.html), or null. */
function slugOf(url: string): string | null {
  return /^https:\/\/medlineplus\.gov\/([a-z0-9]+)\.html$/.exec(url)?.[1] ?? null
}

/** Every topic slug the tables use, sorted. */
function usedSlugs(tables: Readonly<Record<string, readonly LayRow[]>> = LAY_TABLES): string[] {
  return [...new Set(Object.values(tables).flatMap((rows) => rows.map((row) => row[3]).filter((t) => t !== '')))].sort()
}

/** The topics file for the used slugs, and the slugs not found in the reference. */
function extract(
  source: { attribution: string; topics: readonly SourceTopic[] },
  slugs: readonly string[],
): { file: TopicFile; missing: string[] } {
  const bySlug = new Map(source.topics.map((t) => [slugOf(t.url), t]))
  const topics: Record<string, TopicInfo> = {}
  const missing: string[] = []
  for (const slug of slugs) {
    const topic = bySlug.get(slug)
    if (topic === undefined) {
      missing.push(slug)
      continue
    }
    topics[slug] = { slug, title: topic.title, url: topic.url, blocks: htmlToBlocks(topic.full_summary_html) }
  }
  return { file: { note: NOTE, date: XML_DATE, attribution: source.attribution, topics }, missing }
}

async function main(): Promise<void> {
  const source = JSON.parse(readFileSync(SOURCE, 'utf8')) as {
    attribution: string
    topics: SourceTopic[]
  }
  const slugs = usedSlugs()
  const { file, missing } = extract(source, slugs)
  for (const slug of missing) console.error(`error: topic "${slug}" is not a MedlinePlus topic in ${SOURCE}`)
  if (missing.length > 0) {
    process.exitCode = 1
    return
  }
  const titles = Object.fromEntries(Object.values(file.topics).map((t) => [t.slug, t.title]))
  rmSync(OUT_TOPICS, { recursive: true, force: true })
  mkdirSync(OUT_TOPICS)
  let bytes = 0
  for (const letter of [...new Set(Object.keys(file.topics).map((slug) => slug.slice(0, 1)))].sort()) {
    const part: TopicFile = {
      ...file,
      topics: Object.fromEntries(Object.entries(file.topics).filter(([slug]) => slug.startsWith(letter))),
    }
    const json = await format(JSON.stringify(part), { parser: 'json', printWidth: 120 })
    bytes += Buffer.byteLength(json)
    writeFileSync(`${OUT_TOPICS}/${letter}.json`, json)
  }
  writeFileSync(OUT_TITLES, await format(JSON.stringify(titles), { parser: 'json', printWidth: 120 }))
  const perTable = Object.entries(LAY_TABLES).map(([name, rows]) => {
    const n = rows.filter((r) => r[3] in file.topics).length
    return { name, n, of: rows.length }
  })
  const keys = perTable.reduce((sum, t) => sum + t.n, 0)
  console.log(`${Object.keys(file.topics).length} topics, ${bytes} bytes -> ${OUT_TOPICS}/<letter>.json`)
  console.log(`${keys} table keys with a topic: ${perTable.map((t) => `${t.name} ${t.n}/${t.of}`).join(', ')}`)
}

await main()
