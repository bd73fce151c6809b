import type { ReactNode } from 'react'
import type { Translate } from '../../i18n/translate.ts'
import type { FindingText } from '../../twin/layText.ts'
import { RecordText } from '../RecordText.tsx'

/**
 * A finding's name as layText words it: for patients the lay name (class "lay-name", data-lay-name: the table that
 * gave it) with the record's own text beneath it (class "record-text", tag dropped; left out when it reads the
 * same), or the record's text alone; for clinicians the text as recorded and, when asked, its codes. The record's
 * text goes through RecordText (C28: bidi-isolated, wrapped, very long texts cut with "Show the whole text").
 * @param words - from layText
 * @param t - the translator (the screen-reader prefix of the record text)
 * @param showCodes - clinician mode: list the codes after the text (off where the source is shown beside it)
 * @param after - shown right after the name, before the record text and the codes (the print summary's status)
 */
export function FindingName({
  words,
  t,
  showCodes = true,
  after = null,
}: {
  words: FindingText
  t: Translate
  showCodes?: boolean
  after?: ReactNode
}) {
  const { lay, record, codes } = words
  if (lay !== null) {
    return (
      <>
        <span className="lay-name" data-lay-name={lay.from}>
          {lay.text}
        </span>
        {after}
        {record !== lay.text && record !== '' && (
          <>
            {' '}
            <span className="visually-hidden">{t('record.asRecorded')}</span>
            <span className="record-text">
              <RecordText text={record} t={t} />
            </span>
          </>
        )}
      </>
    )
  }
  return (
    <>
      <RecordText text={record} t={t} />
      {after}
      {showCodes && codes.length > 0 && (
        <>
          {' '}
          <code className="event-codes">{codes.join(', ')}</code>
        </>
      )}
    </>
  )
}
