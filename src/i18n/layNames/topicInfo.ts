/**
 * General health information from MedlinePlus for the topics the lay-name tables name (Source: MedlinePlus, National
 * Library of Medicine; public domain). The titles ship with the lay-name tables (layTables.ts, a chunk loaded at app
 * start; they name the collapsed "General information about ..." lines); the summaries load on demand from
 * same-origin chunks (one per first letter of the slug), when a person first opens one. Both files are written by
 * `npm run medlineplus:topics` (tools/medlineplus-topics.ts); see README.md here.
 */
import { installedLayTables } from './layTablesRegistry.ts'

/** One block of a topic's summary, as plain text: a paragraph, a list item or a sub-heading. */
export interface TopicBlock {
  readonly kind: 'p' | 'li' | 'h'
  readonly text: string
}

/** One MedlinePlus health topic: its title, page and summary (English). */
export interface TopicInfo {
  readonly slug: string
  readonly title: string
  readonly url: string
  readonly blocks: readonly TopicBlock[]
}

/** One shipped topics file (src/i18n/layNames/medlineplus/<first letter of the slug>.json). */
export interface TopicFile {
  /** Where the text comes from (the reference copy's note). */
  readonly note: string
  /** The date of the MedlinePlus Health Topics XML the summaries come from. */
  readonly date: string
  /** The attribution NLM asks for. */
  readonly attribution: string
  readonly topics: Readonly<Record<string, TopicInfo>>
}

/** The attribution shown with every summary (NLM's wording, kept in English in every language). */
export const MEDLINEPLUS_ATTRIBUTION = 'Source: MedlinePlus, National Library of Medicine'

/**
 * The MedlinePlus title of a shipped topic, or null when the topic is not shipped (or the tables are not loaded yet).
 * @param slug - the topic slug (`asthma` for https://medlineplus.gov/asthma.html)
 */
export function topicTitle(slug: string): string | null {
  const titles = installedLayTables()?.topicTitles
  return titles !== undefined && Object.hasOwn(titles, slug) ? (titles[slug] ?? null) : null
}

/**
 * Loads a topic's summary from its own chunk (a dynamic import: same origin, nothing leaves the app), or null when
 * the topic is not shipped.
 * @param slug - the topic slug
 */
export async function loadTopic(slug: string): Promise<TopicInfo | null> {
  const load = CHUNKS[`./medlineplus/${slug.slice(0, 1)}.json`]
  if (load === undefined) return null
  const file = (await load()).default
  return Object.hasOwn(file.topics, slug) ? (file.topics[slug] ?? null) : null
}

/** One lazy chunk per first letter (Vite splits each file into its own same-origin chunk). */
const CHUNKS = import.meta.glob<{ default: TopicFile }>('./medlineplus/*.json')
