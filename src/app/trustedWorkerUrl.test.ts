import { afterEach, describe, expect, it, vi } from 'vitest'
import { sameOriginScriptUrl, trustedWorkerUrl, WORKER_URL_POLICY } from './trustedWorkerUrl.ts'

const PAGE = 'http://127.0.0.1:4173/twin/organ/heart'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the twin-worker-url Trusted Types policy (F3, issue 14 point 6)', () => {
  it("F3 accepts the page's own http(s) files and refuses blob:, data:, javascript: and other origins", () => {
    expect(sameOriginScriptUrl('/assets/twinWorker-abc.js', PAGE)).toBe(
      'http://127.0.0.1:4173/assets/twinWorker-abc.js',
    )
    expect(sameOriginScriptUrl('http://127.0.0.1:4173/w.js', PAGE)).toBe('http://127.0.0.1:4173/w.js')
    for (const url of [
      'blob:http://127.0.0.1:4173/0b1c',
      'data:text/javascript,postMessage(1)',
      'javascript:alert(1)',
      'http://127.0.0.1:4174/w.js',
      'https://cdn.example/w.js',
      '//evil.example/w.js',
    ]) {
      expect(() => sameOriginScriptUrl(url, PAGE), url).toThrow(TypeError)
    }
  })

  it('F3 creates the named policy once and passes every URL through its check', () => {
    const created: string[] = []
    const createPolicy = vi.fn((name: string, rules: { createScriptURL(input: string): string }) => {
      created.push(name)
      return { createScriptURL: (input: string) => ({ trusted: rules.createScriptURL(input) }) }
    })
    vi.stubGlobal('location', new URL(PAGE))
    vi.stubGlobal('trustedTypes', { createPolicy })
    expect(trustedWorkerUrl(new URL('/assets/w.js', PAGE))).toEqual({ trusted: 'http://127.0.0.1:4173/assets/w.js' })
    expect(() => trustedWorkerUrl('https://cdn.example/w.js')).toThrow('Refused script URL of another origin')
    expect(created).toEqual([WORKER_URL_POLICY])
  })
})
