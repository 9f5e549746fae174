// The loopback GitHub REST API: a node:http server on 127.0.0.1 that routes each request to an
// operation of GitHub's published description, checks the token and its permissions as GitHub
// does, rejects a request body that does not match GitHub's schema (422, GitHub's error shape),
// and checks every answer it gives against the schema too (a mismatch is a defect of the fake:
// it answers 500 and records it in `violations`).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { openApi, type Operation } from './openapi.js'
import { AttachmentFiles } from './rest-files.js'
import { PULL_ROUTES } from './rest-routes-pulls.js'
import { ROUTES, type Reply, type RouteContext } from './rest-routes.js'
import { Shapes } from './shapes.js'
import type { GitHubState, Token } from './state.js'

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, unknown>[]
  ) {
    super(message)
  }
}

export interface RecordedRequest {
  method: string
  path: string
  operation: string | null
  status: number
  body: unknown
  login: string | null
}

export class RestFake {
  readonly requests: RecordedRequest[] = []
  /** Answers of the fake that broke GitHub's schema: each one is a defect of the fake. */
  readonly violations: string[] = []
  shapes!: Shapes
  /** GitHub's web server for files attached to comments (its own object store behind it). */
  readonly files = new AttachmentFiles()
  private server!: Server
  /** Where download redirects point: the artifact service's signed blob URL. */
  signedDownloadUrl: (artifactId: number) => Promise<string> = () =>
    Promise.reject(new Error('no artifact service attached'))

  constructor(readonly state: GitHubState) {}

  get url(): string {
    return this.shapes.apiUrl
  }

  async start(): Promise<this> {
    const api = openApi()
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    const port = (this.server.address() as AddressInfo).port
    this.shapes = new Shapes(api, this.state, `http://127.0.0.1:${port}`)
    await this.files.start()
    return this
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
    await this.files.stop()
  }

  /** The requests that reached an operation (by operation id), in order. */
  calls(operation: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operation === operation)
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = req.method ?? 'GET'
    if (method === 'GET' && this.files.web(req, res, url.pathname)) return
    const raw = await readBody(req)
    const match = openApi().match(method, url.pathname)
    let body: unknown
    let token: Token | undefined
    let reply: Reply
    try {
      token = this.authenticate(req.headers.authorization)
      if (!match) throw new HttpError(404, 'Not Found')
      body = parseJson(raw)
      const problems = openApi().checkRequest(match.op, body)
      if (problems.length > 0)
        throw new HttpError(422, `Invalid request.\n\n${problems.join('\n')}`, [])
      const route = ROUTES[match.op.id] ?? PULL_ROUTES[match.op.id]
      if (!route) throw new Error(`operation ${match.op.id} has no handler`)
      const ctx: RouteContext = {
        params: match.params,
        path: url.pathname,
        query: url.searchParams,
        body,
        token,
        state: this.state,
        shapes: this.shapes,
        fake: this
      }
      this.authorise(match.op, route.scope, token, ctx)
      reply = await route.handle(ctx)
    } catch (err) {
      if (!(err instanceof HttpError)) {
        this.violations.push(`${method} ${url.pathname}: handler threw ${String(err)}`)
        reply = { status: 500, body: this.shapes.error(500, 'Server Error') }
      } else
        reply = { status: err.status, body: this.shapes.error(err.status, err.message, err.errors) }
    }
    if (match) this.checkAnswer(match.op, method, url.pathname, reply)
    this.requests.push({
      method,
      path: url.pathname + url.search,
      operation: match?.op.id ?? null,
      status: reply.status,
      body,
      login: token?.user.login ?? null
    })
    const headers: Record<string, string> = {
      'x-github-request-id': `FAKE:${this.requests.length}`,
      'x-ratelimit-remaining': '4999',
      ...reply.headers
    }
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers).end()
      return
    }
    headers['content-type'] = 'application/json; charset=utf-8'
    res.writeHead(reply.status, headers).end(JSON.stringify(reply.body))
  }

  private checkAnswer(op: Operation, method: string, path: string, reply: Reply): void {
    const declared = op.responses.has(reply.status)
    // Error statuses GitHub's description leaves out (401, 403 on most reads) still use basic-error.
    const problems =
      declared || reply.status < 400
        ? openApi().checkResponse(op, reply.status, reply.body)
        : typeof (reply.body as { message?: unknown } | undefined)?.message === 'string'
          ? []
          : ['error body has no message']
    if (problems.length === 0) return
    this.violations.push(`${method} ${path} -> ${reply.status}: ${problems.join('; ')}`)
    reply.status = 500
    reply.body = this.shapes.error(500, `fake answered off-schema: ${problems.join('; ')}`)
    reply.headers = {}
  }

  private authenticate(header: string | undefined): Token {
    if (!header) throw new HttpError(401, 'Requires authentication')
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header)
    const token = m ? this.state.tokens.get(m[1] as string) : undefined
    if (!token) throw new HttpError(401, 'Bad credentials')
    return token
  }

  // GITHUB_TOKEN carries the workflow's `permissions:`; a user's token carries the user's rights.
  private authorise(
    op: Operation,
    scope: RouteScopeSpec | undefined,
    token: Token,
    ctx: RouteContext
  ): void {
    if (!scope) return
    const write = op.method !== 'GET'
    if (token.kind === 'installation') {
      if (scope.appsDisabled) throw new HttpError(403, 'Resource not accessible by integration')
      const granted = token.permissions[scope.scope]
      if (!granted || (write && granted !== 'write'))
        throw new HttpError(403, 'Resource not accessible by integration')
      return
    }
    if (scope.scope === 'members') return
    const perm = ctx.state.collaborators.get(token.user.login)?.permission ?? 'none'
    if (perm === 'none') throw new HttpError(404, 'Not Found')
    const needsWrite = write && !scope.readersMayWrite
    if (needsWrite && perm === 'read')
      throw new HttpError(403, `Must have write access to ${ctx.state.owner}/${ctx.state.repo}.`)
  }
}

export interface RouteScopeSpec {
  scope: 'issues' | 'actions' | 'contents' | 'members' | 'deployments' | 'pull-requests'
  /** Readers may still write here (anyone who can see an issue may comment on it). */
  readersMayWrite?: boolean
  /** `x-github.enabledForGitHubApps: false`: an installation token can never call it. */
  appsDisabled?: boolean
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function parseJson(raw: string): unknown {
  if (raw === '') return undefined
  try {
    return JSON.parse(raw) as unknown
  } catch {
    throw new HttpError(400, 'Problems parsing JSON')
  }
}
