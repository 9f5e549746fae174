// The Actions "results" artifact service that @actions/artifact v6 talks to (twirp JSON at
// /twirp/github.actions.results.api.v1.ArtifactService/<Method>), storing blobs in Azurite through
// SAS URLs exactly as the hosted service hands out Azure Blob SAS URLs. Artifacts land in the
// shared GitHub state, so the REST fake lists them and redirects downloads for findBy.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
  type ContainerClient
} from '@azure/storage-blob'
import type { Azurite } from './azurite.js'
import type { Artifact, GitHubState } from './state.js'

// Azurite's published development account (the same in every Azurite install).
const ACCOUNT = 'devstoreaccount1'
const KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const CONTAINER = 'actions-results'
const PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/'
// Methods that read a run's artifacts: any job of the run may call them.
const READS = new Set(['ListArtifacts', 'GetSignedArtifactURL'])

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    msg: string
  ) {
    super(msg)
  }
}

type Body = Record<string, string | number | boolean | undefined>
type Answer = Record<string, unknown>

export class ArtifactService {
  readonly calls: { method: string; body: Body; status: number }[] = []
  private server!: Server
  private container!: ContainerClient
  private readonly cred = new StorageSharedKeyCredential(ACCOUNT, KEY)
  url = ''

  constructor(
    private readonly state: GitHubState,
    private readonly azurite: Azurite
  ) {}

  async start(): Promise<this> {
    const service = new BlobServiceClient(`${this.azurite.url}/${ACCOUNT}`, this.cred)
    this.container = service.getContainerClient(CONTAINER)
    await this.container.createIfNotExists()
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** A read-only SAS URL for a finalized artifact's blob (what the REST download redirects to). */
  signedUrl(a: Artifact, permissions: 'r' | 'cw' = 'r'): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: a.blobName,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + 3600_000)
      },
      this.cred
    )
    return `${this.container.getBlockBlobClient(a.blobName).url}?${sas.toString()}`
  }

  /** The stored bytes of an artifact, as a download would get them. */
  async bytes(a: Artifact): Promise<Buffer> {
    return this.container.getBlockBlobClient(a.blobName).downloadToBuffer()
  }

  /** Overwrites an artifact's stored bytes, keeping its recorded digest: a tampered artifact. */
  async tamper(a: Artifact, bytes: Buffer): Promise<void> {
    await this.container.getBlockBlobClient(a.blobName).uploadData(bytes, {
      blobHTTPHeaders: { blobContentType: 'application/zip' }
    })
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const method = (req.url ?? '').startsWith(PREFIX) ? (req.url ?? '').slice(PREFIX.length) : ''
    let body: Body = {}
    let status = 200
    let answer: Answer
    try {
      if (req.method !== 'POST' || !method)
        throw new TwirpError(404, 'bad_route', `no route ${req.method} ${req.url}`)
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Body
      this.authorise(req.headers.authorization, body, method)
      answer = await this.dispatch(method, body)
    } catch (err) {
      const e = err instanceof TwirpError ? err : new TwirpError(500, 'internal', String(err))
      status = e.status
      answer = { code: e.code, msg: e.message }
    }
    this.calls.push({ method, body, status })
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer))
  }

  // The runtime token's scope is `Actions.Results:<run>:<job>`. Writes (create, finalize, delete)
  // must name the token's own run and job. Reads (list, signed download URL) need only the run:
  // the client sends the ARTIFACT's job id there, and GitHub lets any job of the run (including a
  // later attempt, which keeps the run's backend id) read the run's artifacts.
  private authorise(header: string | undefined, body: Body, method: string): void {
    const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1]
    if (!token) throw new TwirpError(401, 'unauthenticated', 'missing bearer token')
    let scp = ''
    try {
      const claims = JSON.parse(
        Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')
      ) as { scp?: string }
      scp = claims.scp ?? ''
    } catch {
      throw new TwirpError(401, 'unauthenticated', 'malformed runtime token')
    }
    const run = String(body.workflow_run_backend_id)
    const scopes = scp.split(' ')
    const ok = READS.has(method)
      ? scopes.some((x) => x.startsWith(`Actions.Results:${run}:`))
      : scopes.includes(`Actions.Results:${run}:${String(body.workflow_job_run_backend_id)}`)
    if (!ok) throw new TwirpError(403, 'permission_denied', 'token scope does not cover this run')
  }

  private run(body: Body) {
    const run = this.state.runByBackendId(String(body.workflow_run_backend_id))
    if (!run) throw new TwirpError(404, 'not_found', 'workflow run not found')
    return run
  }

  private latest(body: Body, name: string): Artifact | undefined {
    const run = this.run(body)
    return this.state.artifacts
      .filter((a) => a.runId === run.id && a.finalized && a.name === name)
      .at(-1)
  }

  private async dispatch(method: string, body: Body): Promise<Answer> {
    const name = String(body.name ?? '')
    switch (method) {
      case 'CreateArtifact': {
        const run = this.run(body)
        if (this.latest(body, name))
          throw new TwirpError(
            409,
            'already_exists',
            `an artifact with this name already exists on the workflow run`
          )
        const now = this.state.clock.now()
        const artifact: Artifact = {
          id: this.state.nextId(),
          name,
          runId: run.id,
          runBackendId: run.backendId,
          jobBackendId: String(body.workflow_job_run_backend_id),
          blobName: '',
          size: 0,
          digest: null,
          finalized: false,
          expired: false,
          createdAt: now,
          expiresAt:
            typeof body.expires_at === 'string'
              ? body.expires_at
              : new Date(Date.parse(now) + 90 * 86400_000).toISOString()
        }
        artifact.blobName = `${run.backendId}/${artifact.jobBackendId}/${artifact.id}-${encodeURIComponent(name)}.zip`
        this.state.artifacts.push(artifact)
        return { ok: true, signed_upload_url: this.signedUrl(artifact, 'cw') }
      }
      case 'FinalizeArtifact': {
        const run = this.run(body)
        const a = this.state.artifacts
          .filter((x) => x.runId === run.id && !x.finalized && x.name === name)
          .at(-1)
        if (!a) throw new TwirpError(404, 'not_found', 'artifact not found')
        const props = await this.container.getBlockBlobClient(a.blobName).getProperties()
        if (String(props.contentLength) !== String(body.size))
          throw new TwirpError(
            400,
            'invalid_argument',
            `size ${String(body.size)} does not match the uploaded ${props.contentLength}`
          )
        Object.assign(a, {
          finalized: true,
          size: Number(body.size),
          digest: typeof body.hash === 'string' ? body.hash : null
        })
        return { ok: true, artifact_id: String(a.id) }
      }
      case 'ListArtifacts': {
        const run = this.run(body)
        const artifacts = this.state.artifacts
          .filter((a) => a.runId === run.id && a.finalized)
          .filter((a) => body.name_filter === undefined || a.name === body.name_filter)
          .filter((a) => body.id_filter === undefined || String(a.id) === String(body.id_filter))
          .map((a) => ({
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt,
            ...(a.digest ? { digest: a.digest } : {})
          }))
        return { artifacts }
      }
      case 'GetSignedArtifactURL': {
        const a = this.latest(body, name)
        if (!a) throw new TwirpError(404, 'not_found', 'artifact not found')
        return { signed_url: this.signedUrl(a) }
      }
      case 'DeleteArtifact': {
        const a = this.latest(body, name)
        if (!a) throw new TwirpError(404, 'not_found', 'artifact not found')
        this.state.artifacts.splice(this.state.artifacts.indexOf(a), 1)
        return { ok: true, artifact_id: String(a.id) }
      }
      default:
        throw new TwirpError(404, 'bad_route', `no method ${method}`)
    }
  }
}
