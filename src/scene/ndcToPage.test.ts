import { describe, expect, it } from 'vitest'
import { ndcToPage } from './ndcToPage.ts'

const rect = { left: 100, top: 50, width: 800, height: 600 }

describe('ndcToPage', () => {
  it('maps the NDC centre to the centre of the canvas', () => {
    expect(ndcToPage({ x: 0, y: 0 }, rect)).toEqual({ x: 500, y: 350 })
  })
  it('maps NDC (-1, 1) to the top-left corner and (1, -1) to the bottom-right corner', () => {
    expect(ndcToPage({ x: -1, y: 1 }, rect)).toEqual({ x: 100, y: 50 })
    expect(ndcToPage({ x: 1, y: -1 }, rect)).toEqual({ x: 900, y: 650 })
  })
  it('flips y: a point above the centre in NDC is nearer the top of the page', () => {
    expect(ndcToPage({ x: 0.5, y: 0.5 }, rect)).toEqual({ x: 700, y: 200 })
  })
})
