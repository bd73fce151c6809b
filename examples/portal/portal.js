// The example portal's script: no third-party code. It launches the twin in a frame (SMART EHR launch through the
// portal's own server) and talks to it with the versioned postMessage API, to the app's exact origin only.
const PROTOCOL = 'health-record-twin'
const VERSION = 1

const byId = (id) => {
  const element = document.getElementById(id)
  if (element === null) throw new Error(`missing #${id}`)
  return element
}

const frame = byId('twin')
const status = byId('status')
const events = byId('events')
const patientSelect = byId('patient')

const config = await (await fetch('/api/config')).json()
const appOrigin = config.appOrigin
const patients = await (await fetch('/api/patients')).json()
for (const patient of patients) {
  const option = document.createElement('option')
  option.value = patient.id
  option.textContent = patient.name
  patientSelect.append(option)
}

function logEvent(text) {
  const item = document.createElement('li')
  item.textContent = text
  events.append(item)
}

function send(type, fields = {}) {
  if (frame.contentWindow === null) return
  frame.contentWindow.postMessage({ protocol: PROTOCOL, version: VERSION, type, ...fields }, appOrigin)
}

window.addEventListener('message', (event) => {
  // Exact origin and the frame's own window; anything else is not from the twin.
  if (event.origin !== appOrigin || event.source !== frame.contentWindow) return
  const data = event.data
  if (typeof data !== 'object' || data === null || data.protocol !== PROTOCOL || data.version !== VERSION) return
  switch (data.type) {
    case 'ready':
      status.textContent = data.recordLoaded ? 'The twin is ready.' : 'The twin is loading the record.'
      logEvent(`ready (record loaded: ${data.recordLoaded ? 'yes' : 'no'})`)
      break
    case 'organSelected':
      logEvent(`organSelected: ${data.organId ?? 'none'}`)
      break
    case 'dateChanged':
      logEvent(`dateChanged: ${data.date ?? 'today'}`)
      break
    default:
      break
  }
})

byId('launch').addEventListener('click', async () => {
  const patientId = patientSelect.value
  const response = await fetch('/api/launch', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ patient: patientId }),
  })
  if (!response.ok) {
    status.textContent = 'The launch could not be created.'
    return
  }
  const { launchUrl } = await response.json()
  byId('banner-name').textContent = patientSelect.selectedOptions[0]?.textContent ?? ''
  byId('banner').hidden = false
  status.textContent = 'Opening the twin…'
  frame.hidden = false
  frame.src = launchUrl
})

byId('select-heart').addEventListener('click', () => send('selectOrgan', { organId: 'heart' }))
byId('clear-selection').addEventListener('click', () => send('selectOrgan', { organId: null }))
byId('reset-view').addEventListener('click', () => send('resetView'))
byId('mode-patient').addEventListener('click', () => send('setMode', { mode: 'patient' }))
byId('mode-clinician').addEventListener('click', () => send('setMode', { mode: 'clinician' }))
byId('set-date').addEventListener('click', () => {
  const value = byId('date').value
  send('setDate', { date: value === '' ? null : value })
})
