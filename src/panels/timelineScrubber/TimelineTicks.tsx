/**
 * The scrubber's visit ticks: one line per encounter day, placed along the track (decorative, hidden from AT).
 * @param days - the encounters' day numbers
 * @param min - the track's first day number
 * @param max - the track's last day number
 */
export function TimelineTicks({ days, min, max }: { days: readonly number[]; min: number; max: number }) {
  return (
    <svg className="timeline-ticks" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true">
      {days.map((d, i) => (
        <line
          key={`${String(d)}-${String(i)}`}
          x1={((d - min) / (max - min || 1)) * 1000}
          x2={((d - min) / (max - min || 1)) * 1000}
          y1={0}
          y2={10}
        />
      ))}
    </svg>
  )
}
