import { useId, type KeyboardEvent } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'
import { formatRecordedDate } from '../i18n/format.ts'
import { useT } from '../twin/useT.ts'
import { dayNumber } from '../twin/dayNumber.ts'
import { dayString } from '../twin/dayString.ts'
import { encounterDayNumbers } from '../twin/encounterDayNumbers.ts'
import { PlaybackButtons } from './timelineScrubber/PlaybackButtons.tsx'
import { TimelineTicks } from './timelineScrubber/TimelineTicks.tsx'
import { timelineSpan } from '../twin/timelineSpan.ts'
import { usePlayback } from './timelineScrubber/usePlayback.ts'

/** How far each key moves the cursor, in days: a month with the arrows, a year with PageUp/PageDown. */
const KEY_DELTAS: Record<string, number> = {
  ArrowLeft: -30,
  ArrowDown: -30,
  ArrowRight: 30,
  ArrowUp: 30,
  PageDown: -365,
  PageUp: 365,
}

/** A scrubber from birth to now (or death) with visit ticks; moving it shows the body and the list as of that date. */
export function TimelineScrubber() {
  const t = useT()
  const record = useTwin((s) => s.twin?.record ?? null)
  const cursor = useTwin((s) => s.timeCursor)
  const locale = useTwin((s) => s.locale)
  const setTimeCursor = useTwin((s) => s.setTimeCursor)
  const id = useId()
  const span = record ? timelineSpan(record) : null
  const min = span ? dayNumber(span.start) : 0
  const max = span ? dayNumber(span.end) : 0
  const value = cursor === null ? max : Math.min(max, Math.max(min, dayNumber(cursor)))
  const [playing, setPlaying] = usePlayback(cursor, min, max, setTimeCursor)

  if (!record || !span) return null
  const move = (day: number): void => {
    const clamped = Math.min(max, Math.max(min, day))
    setTimeCursor(clamped >= max ? null : dayString(clamped))
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    const delta = KEY_DELTAS[e.key]
    if (delta === undefined) return
    e.preventDefault()
    move(value + delta)
  }
  const shownDate = formatRecordedDate({ value: dayString(value), precision: 'day' }, locale)
  const encounterDays = encounterDayNumbers(record)
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
        <TimelineTicks days={encounterDays} min={min} max={max} />
      </div>
      <p className="timeline-readout" aria-live="polite">
        {cursor === null ? t('timeline.now', { date: shownDate }) : t('timeline.asOf', { date: shownDate })}
      </p>
      <p className="muted">{t('timeline.encounters', { count: encounterDays.length })}</p>
      <PlaybackButtons playing={playing} setPlaying={setPlaying} cursor={cursor} setTimeCursor={setTimeCursor} t={t} />
    </section>
  )
}
