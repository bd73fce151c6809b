import { describe, expect, it } from 'vitest'
import { readBundle, resourcesOf } from '../../tests/fixtures/testBundles.ts'
import { buildTwin } from '../twin/buildTwin.ts'
import { createTwinStore } from '../twin/twinStore.ts'
import { createTwinBuilder } from './twinBuilder.ts'
import { answerTwinRequest, type TwinReply, type TwinRequest } from './twinWorker.ts'

const RESOURCES = resourcesOf(readBundle('edge/edge-statuses.json'))
const OTHER = resourcesOf(readBundle('edge/edge-family-history.json'))
const OPTIONS = { asOf: '2026-01-01T00:00:00Z' }

/**
 * A stand-in for the twin worker: what crosses the boundary is structured-cloned both ways, as a real Worker does,
 * and the replies are sent when the test says (in any order), or the worker fails.
 */
class FakeWorker extends EventTarget {
  readonly received: TwinRequest[] = []
  readonly sent: TwinReply[] = []
  terminated = false
  constructor(private readonly perSlice?: number) {
    super()
  }
  postMessage(request: TwinRequest): void {
    this.received.push(structuredClone(request))
  }
  answer(index: number): void {
    const request = this.received[index]
    if (request === undefined) throw new Error(`no request ${String(index)}`)
    answerTwinRequest(
      request,
      (reply) => {
        this.sent.push(reply)
        this.dispatchEvent(new MessageEvent('message', { data: structuredClone(reply) }))
      },
      this.perSlice,
    )
  }
  fail(): void {
    this.dispatchEvent(new Event('error'))
  }
  terminate(): void {
    this.terminated = true
  }
}

function withFake(perSlice?: number): { fake: FakeWorker; builder: ReturnType<typeof createTwinBuilder> } {
  const fake = new FakeWorker(perSlice)
  return { fake, builder: createTwinBuilder(() => fake as unknown as Worker) }
}

describe('buildTwin off the main thread (twinBuilder.ts, issue 14 point 2)', () => {
  it('builds on this thread where no Worker can start, with the same twin as buildTwin', async () => {
    const builder = createTwinBuilder(() => null)
    expect(await builder.build(RESOURCES, OPTIONS)).toEqual(buildTwin(RESOURCES, OPTIONS))
  })

  it("the worker's twin survives structured clone: Maps, Sets and every event equal buildTwin's", async () => {
    const { fake, builder } = withFake()
    const twin = builder.build(RESOURCES, OPTIONS)
    fake.answer(0)
    const built = await twin
    const expected = buildTwin(RESOURCES, OPTIONS)
    expect(built).toEqual(expected)
    expect(built.eventsById).toBeInstanceOf(Map)
    expect(built.contextIds).toBeInstanceOf(Set)
    expect([...built.eventsById.keys()]).toEqual([...expected.eventsById.keys()])
    expect(built.record.conditions.length).toBe(expected.record.conditions.length)
  })

  it('sends the event lists in slices, each read in its own task, and puts them back in order', async () => {
    const { fake, builder } = withFake(2)
    const twin = builder.build(RESOURCES, OPTIONS)
    fake.answer(0)
    const expected = buildTwin(RESOURCES, OPTIONS)
    expect(await twin).toEqual(expected)
    const slices = fake.sent.filter((reply) => 'events' in reply)
    expect(slices.every((reply) => reply.events.length <= 2)).toBe(true)
    const lists = [...new Set(slices.map((reply) => reply.list))]
    expect(slices).toHaveLength(lists.reduce((sum, list) => sum + Math.ceil(expected.record[list].length / 2), 0))
    expect(slices.length).toBeGreaterThan(lists.length)
    expect(fake.sent.at(-1)).toMatchObject({ id: 1, record: { conditions: [], observations: [] } })
  })

  it('matches replies to requests by id when they come back out of order', async () => {
    const { fake, builder } = withFake()
    const first = builder.build(RESOURCES, OPTIONS)
    const second = builder.build(OTHER, OPTIONS)
    fake.answer(1)
    fake.answer(0)
    expect(await second).toEqual(buildTwin(OTHER, OPTIONS))
    expect(await first).toEqual(buildTwin(RESOURCES, OPTIONS))
    expect(fake.received.map((request) => request.id)).toEqual([1, 2])
  })

  it('a worker that fails builds what it held on this thread, and the next builds too', async () => {
    const { fake, builder } = withFake()
    const held = builder.build(RESOURCES, OPTIONS)
    fake.fail()
    expect(fake.terminated).toBe(true)
    expect(await held).toEqual(buildTwin(RESOURCES, OPTIONS))
    expect(await builder.build(OTHER, OPTIONS)).toEqual(buildTwin(OTHER, OPTIONS))
    expect(fake.received).toHaveLength(1)
  })

  it('an error buildTwin throws in the worker rejects the build with its message', async () => {
    const { fake, builder } = withFake()
    const built = builder.build(RESOURCES, OPTIONS)
    fake.dispatchEvent(new MessageEvent('message', { data: { id: 1, error: 'broken record' } }))
    await expect(built).rejects.toThrow('broken record')
  })

  it('B11 a twin that arrives after the patient changed is dropped by the generation guard', async () => {
    const { fake, builder } = withFake()
    const store = createTwinStore({ kind: 'server', baseUrl: 'http://x/fhir' })
    const old = store.getState().startLoading('old', { kind: 'server', baseUrl: 'http://x/fhir' })
    const oldTwin = builder.build(RESOURCES, OPTIONS)
    const current = store.getState().startLoading('current', { kind: 'server', baseUrl: 'http://x/fhir' })
    const currentTwin = builder.build(OTHER, OPTIONS)
    fake.answer(1)
    store.getState().recordLoaded(current, await currentTwin, [], [])
    fake.answer(0)
    store.getState().recordLoaded(old, await oldTwin, [], [])
    expect(store.getState().patientId).toBe('current')
    expect(store.getState().twin).toEqual(buildTwin(OTHER, OPTIONS))
  })
})
