// @vitest-environment jsdom
/**
 * E8 (docs/reliability.md): in the DOM every status swatch and marking swatch is drawn inside a dark outline that
 * stands out at least 3:1 against every background it sits on (WCAG 1.4.11), whatever its fill; each has its own
 * pattern, so greyscale keeps them apart (e2e/rendering-access.spec.ts checks that under emulation).
 */
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import { MarkingSwatch, Swatch } from '../src/panels/Legend.tsx'
import { STATUS_STYLES } from '../src/twin/palette.ts'
import { ORGAN_STATUSES } from '../src/twin/selectors.ts'

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16)
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** The page's background colours (src/app/app.css custom properties) and the scene's. */
function backgrounds(): string[] {
  const css = readFileSync('src/app/app.css', 'utf8')
  const names = ['--paper', '--card', '--notice']
  const found = names.map((name) => new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css)?.[1] ?? '')
  return [...found, '#eef1f4']
}

afterEach(cleanup)

describe('swatch contrast', () => {
  it('E8 every status and marking swatch has a dark outline at least 3:1 against each background, and its own pattern', () => {
    const bgs = backgrounds()
    expect(bgs.every((bg) => /^#[0-9a-fA-F]{6}$/.test(bg))).toBe(true)
    const drawn: string[] = []
    for (const status of ORGAN_STATUSES) {
      const { container } = render(<Swatch style={STATUS_STYLES[status]} />)
      const outline = container.querySelector('rect, circle')
      const stroke = outline?.getAttribute('stroke') ?? ''
      expect(stroke, status).toMatch(/^#[0-9a-fA-F]{6}$/)
      for (const bg of bgs) expect(contrast(stroke, bg), `${status} on ${bg}`).toBeGreaterThanOrEqual(3)
      drawn.push(
        [...container.querySelectorAll('svg *')]
          .map((el) => `${el.tagName}:${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(',')}`)
          .join(';')
          .replaceAll(STATUS_STYLES[status].colour, 'FILL'),
      )
      cleanup()
    }
    // same shapes with the colour taken out still differ: the pattern, not the colour, tells them apart
    expect(new Set(drawn).size).toBe(ORGAN_STATUSES.length)
    for (const marking of ['side-not-recorded', 'removed'] as const) {
      const { container } = render(<MarkingSwatch marking={marking} />)
      const stroke =
        [...container.querySelectorAll('svg *')]
          .map((el) => el.getAttribute('stroke') ?? '')
          .find((v) => v.startsWith('#')) ?? ''
      expect(stroke, marking).toMatch(/^#[0-9a-fA-F]{6}$/)
      for (const bg of bgs) expect(contrast(stroke, bg), `${marking} on ${bg}`).toBeGreaterThanOrEqual(3)
      cleanup()
    }
  })
})
