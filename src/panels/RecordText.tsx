/**
 * C28: one string from the record, shown safely whatever it holds. Bidi-isolated in a <bdi> (a right-to-left
 * override such as U+202E cannot flip the words around it), wrapped anywhere (a long unbroken string cannot push the
 * layout wider), NUL and other control characters and lone surrogates shown as U+FFFD (the text stays
 * well-formed for screen readers), and a very long text cut at RECORD_TEXT_LIMIT characters with a button that shows
 * it whole. Emoji and zero-width characters are kept as recorded.
 */
import { useState } from 'react'
import type { Translate } from '../i18n/translate.ts'

/** Characters shown before a record text is cut ("Show all"). */
export const RECORD_TEXT_LIMIT = 2000

// C0 controls except tab, line feed and carriage return, DEL and the C1 controls. A constant pattern.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * The text with control characters and lone surrogates replaced by U+FFFD; everything else as recorded.
 * @param text - a string from the record
 */
export function displayable(text: string): string {
  return text.replace(CONTROLS, '\uFFFD').replace(LONE_SURROGATE, '\uFFFD')
}

/**
 * The first `limit` characters, never ending inside a surrogate pair (an emoji is kept whole or left out).
 * @param text - a well-formed string
 * @param limit - how many UTF-16 units at most
 */
export function cutAt(text: string, limit: number): string {
  if (text.length <= limit) return text
  const code = text.charCodeAt(limit - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit)
}

/** A string from the record: isolated, wrapped, cleaned of controls, cut when very long with "Show all" to open. */
export function RecordText({ text, t, className }: { text: string; t: Translate; className?: string }) {
  const [whole, setWhole] = useState(false)
  const long = text.length > RECORD_TEXT_LIMIT
  const shown = displayable(long && !whole ? cutAt(text, RECORD_TEXT_LIMIT) : text)
  const classes = className === undefined ? 'recorded' : `recorded ${className}`
  if (!long) return <bdi className={classes}>{shown}</bdi>
  return (
    <>
      <bdi className={classes}>
        {shown}
        {!whole && '…'}
      </bdi>{' '}
      <button
        type="button"
        className="text-toggle"
        aria-expanded={whole}
        onClick={() => {
          setWhole(!whole)
        }}
      >
        {whole ? t('record.textShowLess') : t('record.textShowAll', { count: text.length })}
      </button>
    </>
  )
}
