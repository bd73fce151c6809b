import { useId, useState, type DragEvent } from 'react'

/** Opens a FHIR Bundle file from this device, by file picker or drag-and-drop. Nothing is uploaded. */
export function OpenFile({ onFile }: { onFile: (file: File) => void }) {
  const inputId = useId()
  const [dragging, setDragging] = useState(false)
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
      <h2 id="open-file-heading">Or open a record file</h2>
      <p className="muted">
        A FHIR Bundle in JSON (for example an International Patient Summary). It is read on this device only; nothing is
        uploaded. You can also drop the file here.
      </p>
      <label htmlFor={inputId}>FHIR Bundle file (.json)</label>
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
