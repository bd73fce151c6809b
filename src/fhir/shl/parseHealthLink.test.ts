import { base64url } from 'jose'
import { describe, expect, it } from 'vitest'
import { isHealthLinkExpired } from './isHealthLinkExpired.ts'
import { parseHealthLink } from './parseHealthLink.ts'
import { ShlError } from './ShlError.ts'

const KEY = 'rxTgYlOaKJPFtcEd0qcceN8wEU4p94SqAwIWQe6uX7Q'
const encode = (payload: unknown): string => base64url.encode(JSON.stringify(payload))
const PAYLOAD = {
  url: 'https://shl.example.org/m/abc',
  key: KEY,
  exp: 1700000000,
  flag: 'LP',
  label: 'Back-to-school',
  v: 1,
}

function kindOf(text: string): string {
  try {
    parseHealthLink(text)
    return 'parsed'
  } catch (error) {
    return error instanceof ShlError ? error.kind : 'other'
  }
}

describe('parseHealthLink', () => {
  it('reads the bare shlink:/ form with every payload field', () => {
    const link = parseHealthLink(`shlink:/${encode(PAYLOAD)}`)
    expect(link).toEqual({
      url: 'https://shl.example.org/m/abc',
      key: KEY,
      exp: 1700000000,
      flags: new Set(['L', 'P']),
      label: 'Back-to-school',
    })
  })

  it('reads the viewer URL form (#shlink:/ after any viewer address) and surrounding whitespace', () => {
    const link = parseHealthLink(`  https://viewer.example/#shlink:/${encode({ url: PAYLOAD.url, key: KEY })}\n`)
    expect(link).toEqual({ url: PAYLOAD.url, key: KEY, exp: null, flags: new Set(), label: null })
  })

  it('cuts a label longer than 80 characters to 80', () => {
    const link = parseHealthLink(`shlink:/${encode({ url: PAYLOAD.url, key: KEY, label: 'x'.repeat(90) })}`)
    expect(link.label).toBe('x'.repeat(80))
  })

  it('requires an https manifest address, allowing plain http only for this machine (test servers)', () => {
    const withUrl = (url: string): string => `shlink:/${encode({ url, key: KEY })}`
    expect(kindOf(withUrl('http://shl.example.org/m/abc'))).toBe('invalid-link')
    expect(kindOf(withUrl('http://10.0.0.1/m/abc'))).toBe('invalid-link')
    expect(kindOf(withUrl('/m/abc'))).toBe('invalid-link')
    expect(
      ['http://127.0.0.1:8080/m', 'http://localhost/m', 'http://[::1]:9/m'].map((u) => parseHealthLink(withUrl(u)).url),
    ).toEqual(['http://127.0.0.1:8080/m', 'http://localhost/m', 'http://[::1]:9/m'])
  })

  it('refuses text that is not a link, a payload that is not JSON, and each unusable field', () => {
    expect(kindOf('https://viewer.example/#other')).toBe('invalid-link')
    expect(kindOf('shlink:/not*base64')).toBe('invalid-link')
    expect(kindOf(`shlink:/${encode([1])}`)).toBe('invalid-link')
    expect(kindOf(`shlink:/${encode({ ...PAYLOAD, key: 'short' })}`)).toBe('invalid-link')
    expect(kindOf(`shlink:/${encode({ ...PAYLOAD, url: 'javascript:alert(1)' })}`)).toBe('invalid-link')
    expect(kindOf(`shlink:/${encode({ ...PAYLOAD, flag: 'LX' })}`)).toBe('invalid-link')
    expect(kindOf(`shlink:/${encode({ ...PAYLOAD, flag: 'PU' })}`)).toBe('invalid-link')
    expect(kindOf(`shlink:/${encode({ ...PAYLOAD, exp: '2030' })}`)).toBe('invalid-link')
    expect(kindOf(`shlink:/${encode({ ...PAYLOAD, v: 2 })}`)).toBe('invalid-link')
  })
})

describe('isHealthLinkExpired', () => {
  const link = parseHealthLink(`shlink:/${encode(PAYLOAD)}`)
  it('is true from the exp second on and false before it; a link without exp never expires', () => {
    expect(isHealthLinkExpired(link, 1700000000 * 1000 - 1)).toBe(false)
    expect(isHealthLinkExpired(link, 1700000000 * 1000)).toBe(true)
    expect(isHealthLinkExpired({ ...link, exp: null }, Number.MAX_SAFE_INTEGER)).toBe(false)
  })
})
