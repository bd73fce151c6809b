import type { IncomingMessage } from 'node:http'

/**
 * Reads an `application/x-www-form-urlencoded` request body (at most 16 KiB).
 * @param req - The request.
 * @returns The form fields.
 */
export function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => {
      body += chunk
      if (body.length > 16_384) reject(new Error('form too large'))
    })
    req.on('end', () => {
      resolve(new URLSearchParams(body))
    })
    req.on('error', reject)
  })
}
