import { useId, useMemo, useState } from 'react'
import { useTwin } from '../twin/TwinContext.tsx'
import { placeLabel } from '../i18n/placeLabel.ts'
import type { PlaceId } from '../anatomy/types.ts'
import { searchTwin } from '../twin/search.ts'
import { searchEntries } from '../twin/searchEntries.ts'
import { useT } from '../twin/useT.ts'

/** Search box: type an organ or a recorded condition (lay or clinical, English or Spanish, one typo allowed). */
export function Search({
  onSelect,
  visiblePlaces,
}: {
  onSelect: (place: PlaceId) => void
  visiblePlaces: ReadonlySet<string>
}) {
  const t = useT()
  const twin = useTwin((s) => s.twin)
  const mode = useTwin((s) => s.mode)
  const locale = useTwin((s) => s.locale)
  const [query, setQuery] = useState('')
  const id = useId()
  const entries = useMemo(() => searchEntries(twin, visiblePlaces, mode, locale), [twin, mode, locale, visiblePlaces])
  const hits = searchTwin(query, entries)
  return (
    <section className="search" role="search" aria-label={t('search.label')}>
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.currentTarget.value)
        }}
      />
      {query.trim() !== '' && (
        <div aria-live="polite">
          {hits.length === 0 ? (
            <p className="muted">{t('search.noMatch', { query })}</p>
          ) : (
            <ul className="search-hits" aria-label={t('search.results')}>
              {hits.map((h) => (
                <li key={`${h.entry.kind}:${h.entry.place}:${h.entry.label}`}>
                  <button
                    type="button"
                    onClick={() => {
                      onSelect(h.entry.place as PlaceId)
                      setQuery('')
                    }}
                  >
                    {h.entry.label}
                    <span className="muted">
                      {' · '}
                      {h.entry.kind === 'organ'
                        ? t('search.organ')
                        : t('search.condition', { place: placeLabel(h.entry.place as PlaceId, 'lay', locale) })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
