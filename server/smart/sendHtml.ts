import type { ServerResponse } from 'node:http'
import { escapeHtml } from './escapeHtml.ts'

/**
 * Sends a small script-free HTML page that may not be framed, with no-store and security headers.
 * @param res - The response.
 * @param status - The HTTP status.
 * @param title - The page title (escaped here).
 * @param body - The body's HTML (escaped by the caller).
 */
export function sendHtml(res: ServerResponse, status: number, title: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // No scripts at all; a sign-in page is never framed (clickjacking).
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
  })
  res.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<style>body{font:16px system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}' +
      'label{display:block;margin:1rem 0 .25rem}select,button{font:inherit;padding:.4rem}</style></head>' +
      `<body>${body}</body></html>`,
  )
}
