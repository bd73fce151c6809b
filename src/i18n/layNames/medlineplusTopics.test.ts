/**
 * The shipped MedlinePlus topics (medlineplus/<letter>.json, medlineplusTitles.json, written by
 * `npm run medlineplus:topics`) match the lay-name tables: every topic a row names is shipped, nothing else is, and
 * general information opens for at least 150 table keys (issue 12 acceptance). When the tables change, rerun the
 * tool and update CODES_WITH_TOPIC to the count it prints.
 */
import { describe, expect, it } from 'vitest'
import { FORBIDDEN_PHRASES } from '../../anatomy/wording.ts'
import type { LayRow } from './types.ts'
import { CONDITION_LAY_NAMES } from './conditionNames.ts'
import { PROCEDURE_LAY_NAMES } from './procedureNames.ts'
import { ICD10_BLOCK_LAY_NAMES, ICD10_CHAPTER_LAY_NAMES, ICD10_PREFIX_LAY_NAMES } from './icd10Names.ts'
import { TEXT_LAY_NAMES } from './textNames.ts'
import { loadTopic, MEDLINEPLUS_ATTRIBUTION, topicTitle, type TopicFile } from './topicInfo.ts'
import titles from './medlineplusTitles.json'

/** The number of table keys (codes, ICD-10-CM prefixes, blocks, chapters, text rules) whose topic is shipped. */
const CODES_WITH_TOPIC = 1521

const PARTS = import.meta.glob<TopicFile>('./medlineplus/*.json', { eager: true, import: 'default' })
const FIRST = Object.values(PARTS)[0]
/** Every shipped topic, from the per-letter files. */
const FILE: TopicFile = {
  note: FIRST?.note ?? '',
  date: FIRST?.date ?? '',
  attribution: FIRST?.attribution ?? '',
  topics: Object.assign({}, ...Object.values(PARTS).map((part) => part.topics)) as TopicFile['topics'],
}
const ALL_ROWS: readonly LayRow[] = [
  ...CONDITION_LAY_NAMES,
  ...PROCEDURE_LAY_NAMES,
  ...ICD10_PREFIX_LAY_NAMES,
  ...ICD10_BLOCK_LAY_NAMES,
  ...ICD10_CHAPTER_LAY_NAMES,
  ...TEXT_LAY_NAMES,
]
const USED = new Set(ALL_ROWS.map((row) => row[3]).filter((topic) => topic !== ''))

describe('MedlinePlus topics shipped for general information', () => {
  it('ships every topic the lay-name tables use, and no other, each in the file of its first letter', () => {
    for (const [path, part] of Object.entries(PARTS)) {
      expect(part.attribution).toBe(MEDLINEPLUS_ATTRIBUTION)
      for (const slug of Object.keys(part.topics)) expect(path).toBe(`./medlineplus/${slug.slice(0, 1)}.json`)
    }
    expect([...USED].filter((slug) => !(slug in FILE.topics))).toEqual([])
    expect(Object.keys(FILE.topics).filter((slug) => !USED.has(slug))).toEqual([])
    expect(Object.keys(titles).sort()).toEqual(Object.keys(FILE.topics).sort())
  })

  it(`opens for ${CODES_WITH_TOPIC} table keys (the acceptance asks for at least 150)`, () => {
    const withTopic = ALL_ROWS.filter((row) => row[3] !== '' && row[3] in FILE.topics)
    expect(withTopic.length).toBe(CODES_WITH_TOPIC)
    expect(withTopic.length).toBeGreaterThanOrEqual(150)
  })

  it('holds plain text only, with its source, date and attribution', () => {
    expect(FILE.attribution).toBe(MEDLINEPLUS_ATTRIBUTION)
    expect(FILE.date).toBe('2024-06-06')
    expect(FILE.note).toContain('minorg/knextract')
    for (const [slug, topic] of Object.entries(FILE.topics)) {
      expect(topic.slug).toBe(slug)
      expect(topic.url).toBe(`https://medlineplus.gov/${slug}.html`)
      expect(topicTitle(slug)).toBe(topic.title)
      expect(topic.blocks.length, slug).toBeGreaterThan(0)
      for (const block of topic.blocks) {
        expect(['p', 'li', 'h'], slug).toContain(block.kind)
        expect(block.text, slug).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;|^\s|\s$/i)
      }
    }
  })

  it('loads a topic on demand, and nothing for a topic that is not shipped', async () => {
    const first = Object.keys(FILE.topics)[0]
    if (first !== undefined) expect((await loadTopic(first))?.title).toBe(FILE.topics[first]?.title)
    expect(await loadTopic('not-a-topic')).toBeNull()
    expect(await loadTopic('constructor')).toBeNull()
    expect(topicTitle('constructor')).toBeNull()
  })

  it('is general text that uses words the product never uses about a record (why the UI sets it apart)', () => {
    const text = Object.values(FILE.topics)
      .flatMap((t) => t.blocks.map((b) => b.text.toLowerCase()))
      .join(' ')
    expect(FORBIDDEN_PHRASES.some((phrase) => text.includes(phrase))).toBe(USED.size > 0)
  })
})
