import type { Translate } from '../../i18n/translate.ts'

/** What the scrubber's buttons show and change. */
export interface PlaybackButtonsProps {
  readonly playing: boolean
  readonly setPlaying: (playing: boolean) => void
  /** The timeline cursor (YYYY-MM-DD), null for "now". */
  readonly cursor: string | null
  readonly setTimeCursor: (date: string | null) => void
  readonly t: Translate
}

/** The scrubber's "Play"/"Pause" toggle and its "Today" button (back to now, which also stops playing). */
export function PlaybackButtons({ playing, setPlaying, cursor, setTimeCursor, t }: PlaybackButtonsProps) {
  return (
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
  )
}
