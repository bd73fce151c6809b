import { deflateSync, crc32 } from 'node:zlib'
import { startShlServer, type ShlServer } from '../tests/fixtures/shlServer.ts'
import { test, expect, conditionCounts, SYNTHEA, type TwinPage } from './fixtures.ts'

// A local SMART Health Links server (127.0.0.1, a free port) sharing Jacob King's Synthea bundle; the app's CSP
// connect-src already allows http://127.0.0.1:*.
let shl: ShlServer
test.beforeAll(async () => {
  shl = await startShlServer(SYNTHEA['Jacob King'])
})
test.afterAll(async () => {
  await shl.close()
})
// Each test starts with the passcode link's full attempts, whatever ran (or was retried) before it.
test.beforeEach(() => {
  shl.resetAttempts()
})

/** A plain white PNG (grey, 8 bit): a real picture with no QR code in it. */
function whitePng(size: number): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 8
  const rows = Buffer.alloc((size + 1) * size, 255)
  for (let row = 0; row < size; row++) rows[row * (size + 1)] = 0
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10])
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

async function openLink(twin: TwinPage, link: string): Promise<void> {
  await twin.goto()
  await twin.page.getByLabel('SMART Health Link', { exact: true }).fill(link)
  await twin.page.getByRole('button', { name: 'Open link' }).click()
}

async function expectJacobKing(twin: TwinPage): Promise<void> {
  const expected = conditionCounts(SYNTHEA['Jacob King'])
  await twin.waitForRecord()
  const banner = twin.page.getByRole('region', { name: 'Patient' })
  await expect(banner.getByRole('heading', { name: 'Jacob King' })).toBeVisible()
  // the twin's header names the link the record came from (D9)
  await expect(twin.page.locator('.twin-as-of')).toContainText('from the SMART Health Link "Shared record (test)".')
  await expect(twin.groupHeading('Active')).toHaveText(`Active (${String(expected.active)})`)
  await expect(twin.groupHeading('Resolved')).toHaveText(`Resolved (${String(expected.resolved)})`)
}

test('a pasted SMART Health Link opens as a twin with the conditions of the shared bundle', async ({ twin }) => {
  await openLink(twin, shl.links.open)
  await expectJacobKing(twin)
})

test('the viewer URL form of a link opens as a twin too', async ({ twin }) => {
  await openLink(twin, `https://viewer.example/#${shl.links.open}`)
  await expectJacobKing(twin)
})

test('a passcode link asks for the passcode, says how many attempts are left, then opens as a twin', async ({
  twin,
}) => {
  await openLink(twin, shl.links.passcode)
  await expect(twin.page.getByRole('alert')).toHaveText('This link needs a passcode. Enter it and open the link again.')
  const passcode = twin.page.getByLabel('Passcode', { exact: true })
  await passcode.fill('not-it')
  await twin.page.getByRole('button', { name: 'Open link' }).click()
  await expect(twin.page.getByRole('alert')).toHaveText('The passcode was not accepted. Attempts left: 2.')
  await passcode.fill(shl.passcode)
  await twin.page.getByRole('button', { name: 'Open link' }).click()
  await expectJacobKing(twin)
})

test('an expired link shows the expired message and no record', async ({ twin }) => {
  await openLink(twin, shl.links.expired)
  await expect(twin.page.getByRole('alert')).toHaveText(
    'This link has expired. Ask the person who shared it for a new one.',
  )
  await expect(twin.page.getByRole('region', { name: 'Record', exact: true })).toHaveCount(0)
})

test('a link with the wrong key shows the wrong-key message and no record', async ({ twin }) => {
  await openLink(twin, shl.links.wrongKey)
  await expect(twin.page.getByRole('alert')).toHaveText(
    'The shared files could not be decrypted with the key in this link. The link may be damaged or incomplete.',
  )
  await expect(twin.page.getByRole('region', { name: 'Record', exact: true })).toHaveCount(0)
})

test('a link whose manifest is gone says the link is no longer active', async ({ twin }) => {
  await openLink(twin, shl.links.gone)
  await expect(twin.page.getByRole('alert')).toHaveText(
    'This link is no longer active. Ask the person who shared it for a new one.',
  )
})

test('a page opened with #shlink:/ opens the link as a twin and drops it from the address', async ({ twin }) => {
  await twin.goto(`#${shl.links.open}`)
  await expectJacobKing(twin)
  expect(await twin.page.evaluate(() => window.location.href)).toBe('http://127.0.0.1:4173/')
})

test('a passcode link in the page address is kept out of the link field while the passcode is asked', async ({
  twin,
}) => {
  await twin.goto(`#${shl.links.passcode}`)
  await expect(twin.page.getByRole('alert')).toHaveText('This link needs a passcode. Enter it and open the link again.')
  await expect(twin.page.getByLabel('SMART Health Link', { exact: true })).toHaveValue('')
  await expect(twin.page.getByText('Link from the address', { exact: true })).toBeVisible()
  expect(await twin.page.evaluate(() => window.location.href)).toBe('http://127.0.0.1:4173/')
  await twin.page.getByLabel('Passcode', { exact: true }).fill(shl.passcode)
  await twin.page.getByRole('button', { name: 'Open link' }).click()
  await expectJacobKing(twin)
})

test('a picture without a QR code, and a file that is no picture, each say so', async ({ twin }) => {
  await twin.goto()
  const picture = twin.page.getByLabel('Picture of a QR code', { exact: true })
  await picture.setInputFiles({ name: 'white.png', mimeType: 'image/png', buffer: whitePng(64) })
  await expect(twin.page.getByRole('alert')).toHaveText('No QR code was found in this picture.')
  await picture.setInputFiles({ name: 'note.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') })
  await expect(twin.page.getByRole('alert')).toHaveText('This picture could not be read.')
})
