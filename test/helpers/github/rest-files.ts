// GitHub's web server for files attached to comments, on the REST fake's port: the links GitHub
// writes into a comment when a file is dropped into it (`/user-attachments/files/N/NAME`,
// `/user-attachments/assets/UUID`, `/OWNER/REPO/files/N/NAME`). A public file answers 302 to its
// object store (a server of its own, another origin, like objects.githubusercontent.com), which
// serves the bytes; a private repository's file answers 404, 403 or a redirect to the sign-in
// page, as github.com does for a request without a browser session. Every request is recorded
// with whether it carried a token.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type AttachmentFile =
  | { kind: 'public'; bytes: Buffer }
  /** `size` bytes of 'x', generated as they are sent (for the size limit). */
  | { kind: 'sized'; size: number }
  | { kind: 'private'; answer: 403 | 404 | 'login' }

export interface FileRequest {
  /** `web` (GitHub's server) or `objects` (the object store). */
  server: 'web' | 'objects'
  path: string
  authorization: boolean
}

const WEB_PATH =
  /^\/(user-attachments\/(files\/\d+\/[^/]+|assets\/[0-9a-f-]{36})|[^/]+\/[^/]+\/files\/\d+\/[^/]+)$/

export class AttachmentFiles {
  readonly requests: FileRequest[] = []
  private readonly files = new Map<string, AttachmentFile>()
  private server!: Server
  private objectsUrl = ''

  async start(): Promise<this> {
    this.server = createServer((req, res) => this.object(req, res))
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.objectsUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** Serves FILE at PATH (`/user-attachments/files/1/df.txt`); returns the link a comment holds. */
  add(path: string, file: AttachmentFile): string {
    if (!WEB_PATH.test(path)) throw new Error(`${path} is not an attachment path GitHub uses`)
    this.files.set(path, file)
    return `https://github.com${path}`
  }

  /** Answers a request of the web server when PATH is an attachment path; false otherwise. */
  web(req: IncomingMessage, res: ServerResponse, path: string): boolean {
    if (!WEB_PATH.test(path)) return false
    this.requests.push({
      server: 'web',
      path,
      authorization: req.headers.authorization !== undefined
    })
    const f = this.files.get(path)
    if (f === undefined || (f.kind === 'private' && f.answer === 404))
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found')
    else if (f.kind === 'private' && f.answer === 403)
      res.writeHead(403, { 'content-type': 'text/plain' }).end('Forbidden')
    else if (f.kind === 'private')
      res.writeHead(302, { location: `/login?return_to=${encodeURIComponent(path)}` }).end()
    else res.writeHead(302, { location: `${this.objectsUrl}/objects${path}?signature=fake` }).end()
    return true
  }

  private object(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/objects/, '')
    this.requests.push({
      server: 'objects',
      path,
      authorization: req.headers.authorization !== undefined
    })
    const f = this.files.get(path)
    if (f?.kind === 'public') {
      res
        .writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-length': f.bytes.length
        })
        .end(f.bytes)
      return
    }
    if (f?.kind !== 'sized') {
      res.writeHead(404).end()
      return
    }
    // No content-length: the client must cut the stream itself.
    res.writeHead(200, { 'content-type': 'application/octet-stream' })
    const chunk = Buffer.alloc(64 * 1024, 'x')
    let left = f.size
    const write = (): void => {
      while (left > 0) {
        const n = Math.min(left, chunk.length)
        left -= n
        if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
          res.once('drain', write)
          return
        }
      }
      res.end()
    }
    res.on('error', () => undefined)
    write()
  }
}
