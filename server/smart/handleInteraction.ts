import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AuthServerState } from './AuthServerState.ts'
import { DEMO_USERS } from './demoUsers.ts'
import { denyInteraction } from './denyInteraction.ts'
import { escapeHtml } from './escapeHtml.ts'
import { finishInteraction } from './finishInteraction.ts'
import { readForm } from './readForm.ts'
import { sendHtml } from './sendHtml.ts'

/**
 * Serves `/interaction/<uid>`: an EHR launch (a known, unexpired launch id) completes without a form; a standalone
 * launch shows the sign-in and patient picker (GET) and completes or declines from its form (POST).
 * @param state - The provider, users, launches and patient list.
 * @param req - The request.
 * @param res - The response.
 * @param uid - The interaction id from the path.
 */
export async function handleInteraction(
  state: AuthServerState,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<void> {
  const { provider, users, launches } = state
  const details = await provider.interactionDetails(req, res)
  if (details.uid !== uid) {
    sendHtml(res, 400, 'Sign-in', '<p>This sign-in page does not belong to the current sign-in.</p>')
    return
  }
  const launch = details.params['launch']
  if (typeof launch === 'string') {
    const pending = launches.get(launch)
    launches.delete(launch)
    if (pending === undefined || pending.expires < Date.now()) {
      await denyInteraction(provider, req, res, 'The launch is unknown or has expired.')
      return
    }
    await finishInteraction(state, req, res, details, pending.user, pending.context)
    return
  }
  const patients = await state.listPatients()
  if (req.method === 'POST') {
    const form = await readForm(req)
    if (form.get('action') === 'deny') {
      await denyInteraction(provider, req, res, 'The user declined.')
      return
    }
    const user = users.get(form.get('user') ?? '')
    const patient = patients.find((p) => p.id === form.get('patient'))
    if (user === undefined || patient === undefined) {
      sendHtml(res, 400, 'Sign-in', '<p>Choose a user and a patient.</p>')
      return
    }
    await finishInteraction(state, req, res, details, user, { patient: patient.id, needPatientBanner: true })
    return
  }
  const userOptions = DEMO_USERS.map((u) => `<option value="${escapeHtml(u.id)}">${escapeHtml(u.name)}</option>`)
  const patientOptions = patients.map((p) => `<option value="${escapeHtml(p.id)}">${escapeHtml(p.name)}</option>`)
  sendHtml(
    res,
    200,
    'Sign in to the demo record system',
    '<h1>Demo record system</h1><p>Sign in and choose whose record the app may read. (Demo users have no password.)</p>' +
      `<form method="post" action="/interaction/${escapeHtml(uid)}">` +
      `<label for="user">User</label><select id="user" name="user">${userOptions.join('')}</select>` +
      `<label for="patient">Patient</label><select id="patient" name="patient">${patientOptions.join('')}</select>` +
      '<p><button type="submit" name="action" value="allow">Allow and continue</button> ' +
      '<button type="submit" name="action" value="deny">Cancel</button></p></form>',
  )
}
