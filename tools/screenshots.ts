/**
 * `npm run screenshots`: regenerates the README/docs screenshots from the e2e build against the embedded server.
 */
import { chromium } from '@playwright/test'
import { startServer } from '../server/main.ts'

const server = await startServer({ port: 0, staticDir: 'dist-e2e' })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--no-sandbox'],
})
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
  await page.goto(`${server.url}?patient=2d526118-fb1d-44c0-9b0b-b8f6d4f2b4fb`)
  await page.waitForFunction(() => document.documentElement.dataset.recordReady !== undefined)
  await page.screenshot({ path: 'docs/screenshot-record.png' })
  console.log('wrote docs/screenshot-record.png')
} finally {
  await browser.close()
  await server.close()
}
