import { useId, useState, type DragEvent } from 'react'
import { useT } from '../twin/useT.ts'

/** Opens a FHIR Bundle file from this device, by file picker or drag-and-drop. Nothing is uploaded. */
export function OpenFile({ onFile }: { onFile: (file: File) => void }) {
  const inputId = useId()
  const [dragging, setDragging] = useState(false)
  const t = useT()
  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    if (file) onFile(file)
  }
  return (
    <section
      aria-labelledby="open-file-heading"
      className={dragging ? 'card dropzone dragging' : 'card dropzone'}
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => {
        setDragging(false)
      }}
      onDrop={onDrop}
      data-testid="dropzone"
    >
      <h2 id="open-file-heading">{t('file.heading')}</h2>
      <p className="muted">{t('file.help')}</p>
      <label htmlFor={inputId}>{t('file.label')}</label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json,application/fhir+json"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          if (file) onFile(file)
          e.currentTarget.value = ''
        }}
      />
    </section>
  )
}
