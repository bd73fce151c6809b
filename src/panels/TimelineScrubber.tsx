import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'
import { earliestDay } from '../timeline/timeState.ts'
import type { NormalisedRecord } from '../timeline/types.ts'
import { formatRecordedDate } from '../i18n/format.ts'
import { useT } from '../twin/useT.ts'

const DAY_MS = 86_400_000

/**
 * Day number (days since 1970-01-01, UTC) of a YYYY-MM-DD string.
 * @param day - YYYY-MM-DD
 */
export function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS)
}

/**
 * YYYY-MM-DD of a day number.
 * @param n - days since 1970-01-01
 */
export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

/**
 * The timeline's span: from birth (or the first dated event) to death or the record's "as of" date.
 * @param record - the normalised record
 */
export function timelineSpan(record: NormalisedRecord): { start: string; end: string } {
  const end =
    record.patient?.deceased && record.patient.deceased !== true
      ? (earliestDay(record.patient.deceased) ?? record.asOf.slice(0, 10))
      : record.asOf.slice(0, 10)
  const birth = record.patient?.birthDate ? earliestDay(record.patient.birthDate) : null
  let start = birth
  if (start === null) {
    for (const e of [...record.conditions, ...record.encounters]) {
      const d = e.time.start ? earliestDay(e.time.start) : null
      if (d !== null && (start === null || d < start)) start = d
    }
  }
  return { start: start ?? end, end }
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
}

/** A scrubber from birth to now (or death) with visit ticks; moving it shows the body and the list as of that date. */
export function TimelineScrubber() {
  const t = useT()
  const record = useTwin((s) => s.record)
  const cursor = useTwin((s) => s.timeCursor)
  const locale = useTwin((s) => s.locale)
  const setTimeCursor = useTwin((s) => s.setTimeCursor)
  const [playing, setPlaying] = useState(false)
  const id = useId()
  const span = record ? timelineSpan(record) : null
  const min = span ? dayNumber(span.start) : 0
  const max = span ? dayNumber(span.end) : 0
  const value = cursor === null ? max : Math.min(max, Math.max(min, dayNumber(cursor)))

  useEffect(() => {
    if (!playing) return undefined
    // Reduced motion: jump a year at a time, slowly, instead of gliding.
    const reduced = prefersReducedMotion()
    const step = reduced ? 365 : Math.max(30, Math.round((max - min) / 80))
    const timer = setInterval(
      () => {
        const current = cursor === null ? max : dayNumber(cursor)
        const next = (current >= max ? min : current) + step
        if (next >= max) {
          setTimeCursor(null)
          setPlaying(false)
        } else setTimeCursor(dayString(next))
      },
      reduced ? 1000 : 250,
    )
    return () => {
      clearInterval(timer)
    }
  }, [playing, cursor, min, max, setTimeCursor])

  if (!record || !span) return null
  const move = (day: number): void => {
    const clamped = Math.min(max, Math.max(min, day))
    setTimeCursor(clamped >= max ? null : dayString(clamped))
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const deltas: Record<string, number> = {
      ArrowLeft: -30,
      ArrowDown: -30,
      ArrowRight: 30,
      ArrowUp: 30,
      PageDown: -365,
      PageUp: 365,
    }
    const delta = deltas[e.key]
    if (delta === undefined) return
    e.preventDefault()
    move(value + delta)
  }
  const shownDate = formatRecordedDate({ value: dayString(value), precision: 'day' }, locale)
  const encounterDays = record.encounters.flatMap((e) => {
    const d = e.time.start ? earliestDay(e.time.start) : null
    return d === null ? [] : [dayNumber(d)]
  })
  return (
    <section aria-labelledby={`${id}-h`} className="timeline">
      <h3 id={`${id}-h`} className="visually-hidden">
        {t('timeline.heading')}
      </h3>
      <label htmlFor={id}>{t('timeline.label')}</label>
      <div className="timeline-track">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={1}
          value={value}
          aria-valuetext={shownDate}
          onKeyDown={onKeyDown}
          onChange={(e) => {
            move(Number(e.currentTarget.value))
          }}
        />
        <svg className="timeline-ticks" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true">
          {encounterDays.map((d, i) => (
            <line
              key={`${String(d)}-${String(i)}`}
              x1={((d - min) / (max - min || 1)) * 1000}
              x2={((d - min) / (max - min || 1)) * 1000}
              y1={0}
              y2={10}
            />
          ))}
        </svg>
      </div>
      <p className="timeline-readout" aria-live="polite">
        {cursor === null ? t('timeline.now', { date: shownDate }) : t('timeline.asOf', { date: shownDate })}
      </p>
      <p className="muted">{t('timeline.encounters', { count: encounterDays.length })}</p>
      <div className="actions">
        <button
          type="button"
          aria-pressed={playing}
          onClick={() => {
            setPlaying(!playing)
          }}
        >
          {playing ? t('timeline.pause') : t('timeline.play')}
        </button>
        <button
          type="button"
          disabled={cursor === null}
          onClick={() => {
            setPlaying(false)
            setTimeCursor(null)
          }}
        >
          {t('timeline.today')}
        </button>
      </div>
    </section>
  )
}
