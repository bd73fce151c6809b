/**
 * The details beside the body: a side panel on wide screens, a bottom sheet over the body on phones.
 * The sheet has three heights (peek, half, full), changed by dragging its handle or by its buttons; Escape and the
 * browser's back button return it to peek. At peek only its header shows and the rest is inert (not focusable).
 * Opening it from peek adds one history entry holding no data but a marker, so "back" closes it.
 */
import { flushSync } from 'react-dom'
import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react'
import { useT } from '../../twin/useT.ts'
import { useMediaQuery, WIDE } from './useMediaQuery.ts'

/** The bottom sheet's heights. */
export type SheetState = 'peek' | 'half' | 'full'

const ORDER: readonly SheetState[] = ['peek', 'half', 'full']
/** The history marker of an opened sheet (no patient data). */
const MARKER = 'twinSheet'

const isMarked = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && (state as Record<string, unknown>)[MARKER] === true

/** Adds the history entry an open sheet closes on "back" (same URL, the existing state plus the marker). */
function pushMarker(): void {
  // Framed in a portal, the history is the host page's: its back button is not the sheet's to take.
  if (window.top !== window) return
  window.history.pushState({ ...(window.history.state as object | null), [MARKER]: true }, '', window.location.href)
}

/** The sheet state after a drag of `dy` pixels (up is negative) from `from`. */
function afterDrag(from: SheetState, dy: number): SheetState {
  const steps = Math.abs(dy) < 40 ? 0 : Math.abs(dy) > window.innerHeight * 0.35 ? 2 : 1
  const index = ORDER.indexOf(from) + (dy < 0 ? steps : -steps)
  return ORDER[Math.max(0, Math.min(ORDER.length - 1, index))] ?? from
}

/**
 * Sheet state with the history entry that lets "back" close it. Closing by a button or Escape goes back over that
 * entry itself; a popstate that this back causes is recognised (`closing`) and changes nothing, and a reopening
 * before it arrived pushes the entry again once it has.
 */
function useSheetState(wide: boolean): readonly [SheetState, (next: SheetState) => void] {
  const [state, setState] = useState<SheetState>('peek')
  const closing = useRef(false)
  const reopened = useRef(false)
  useEffect(() => {
    const onPop = (): void => {
      if (closing.current) {
        closing.current = false
        if (reopened.current) {
          reopened.current = false
          pushMarker()
        }
        return
      }
      if (!isMarked(window.history.state)) setState('peek')
    }
    window.addEventListener('popstate', onPop)
    return () => {
      window.removeEventListener('popstate', onPop)
    }
  }, [])
  const change = (next: SheetState): void => {
    if (wide) return
    if (next !== 'peek') {
      if (closing.current) reopened.current = true
      else if (!isMarked(window.history.state)) pushMarker()
    } else if (isMarked(window.history.state) && !closing.current) {
      closing.current = true
      reopened.current = false
      window.history.back()
    }
    setState(next)
  }
  return [state, change] as const
}

/** The handle (drag it up or down) and the buttons that do the same. */
function SheetGrip({ state, change }: { state: SheetState; change: (next: SheetState) => void }) {
  const t = useT()
  const drag = useRef<{ y: number; from: SheetState } | null>(null)
  const index = ORDER.indexOf(state)
  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>): void => {
    // A press on a button is a click, not a drag (capturing the pointer would take the click from the button).
    if (e.target instanceof Element && e.target.closest('button') !== null) return
    drag.current = { y: e.clientY, from: state }
    e.currentTarget.setPointerCapture(e.pointerId)
  }
  const onPointerUp = (e: ReactPointerEvent<HTMLDivElement>): void => {
    const start = drag.current
    drag.current = null
    if (start === null) return
    const next = afterDrag(start.from, e.clientY - start.y)
    if (next !== start.from) change(next)
  }
  return (
    <div className="sheet-grip" onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
      <span className="sheet-handle" aria-hidden="true" />
      <div className="sheet-buttons">
        <button
          type="button"
          disabled={index === ORDER.length - 1}
          onClick={() => {
            change(ORDER[index + 1] ?? 'full')
          }}
        >
          {t('sheet.more')}
        </button>
        <button
          type="button"
          disabled={index === 0}
          onClick={() => {
            change(ORDER[index - 1] ?? 'peek')
          }}
        >
          {t('sheet.less')}
        </button>
      </div>
    </div>
  )
}

/** A section of the sheet that the jump buttons lead to. */
export interface SheetJump {
  /** The section element's id. */
  readonly id: string
  readonly label: string
}

/**
 * @param props.peek - shown at every height (the information-only notice)
 * @param props.jumps - buttons that open the sheet at a section (details, record, body map)
 * @param props.openKey - when it changes to a non-null value, the sheet opens to half (a place was selected)
 * @param props.children - the panel's sections
 */
export function Sheet({
  peek,
  jumps,
  openKey,
  children,
}: {
  peek: ReactNode
  jumps: readonly SheetJump[]
  openKey: string | null
  children: ReactNode
}) {
  const t = useT()
  const wide = useMediaQuery(WIDE)
  const [state, change] = useSheetState(wide)
  const body = useRef<HTMLDivElement>(null)
  const open = wide || state !== 'peek'
  useEffect(() => {
    if (openKey === null) return
    body.current?.scrollTo({ top: 0 })
    if (state === 'peek') change('half')
    // Only a new selection opens the sheet; the state itself is not a trigger.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [openKey])
  useEffect(() => {
    if (wide || state === 'peek') return
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape' && !e.defaultPrevented) change('peek')
    }
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onKey)
    }
  })
  return (
    <section className="sheet" data-sheet={wide ? 'side' : state} aria-label={t('sheet.label')}>
      {!wide && <SheetGrip state={state} change={change} />}
      <div className="sheet-peek">{peek}</div>
      <nav className="sheet-jumps" aria-label={t('sheet.jumps')}>
        {jumps.map((jump) => (
          <button
            key={jump.id}
            type="button"
            onClick={() => {
              // Leave peek first (flushSync), so the body is no longer inert when the section takes the focus.
              if (state === 'peek') {
                flushSync(() => {
                  change('half')
                })
              }
              // Like a skip link: the section takes the focus, so Tab continues inside it.
              const section = document.getElementById(jump.id)
              section?.focus({ preventScroll: true })
              section?.scrollIntoView({ block: 'start' })
            }}
          >
            {jump.label}
          </button>
        ))}
      </nav>
      <div className="sheet-body" ref={body} inert={!open}>
        {children}
      </div>
    </section>
  )
}
