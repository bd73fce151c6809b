import { createServer } from 'node:http'
import type { Server } from 'node:http'

/**
 * Creates an HTTP server and binds it, without a request handler yet: the port must be known before the issuer,
 * so the handler is attached afterwards.
 * @param port - TCP port; 0 picks a free one.
 * @param hostname - Interface to bind.
 * @returns The listening server.
 */
export async function createBoundServer(port: number, hostname: string): Promise<Server> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, hostname, () => {
      server.off('error', reject)
      resolve()
    })
  })
  return server
}
