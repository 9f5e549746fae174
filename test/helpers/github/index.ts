// Loopback GitHub for tests: the REST fake, the artifact service and Azurite behind it, sharing one
// state. Start it once per test file (it costs about a second) and stop it in afterAll.
import { ArtifactService } from './artifact-service.js'
import { startAzurite } from './azurite.js'
import { RestFake } from './rest-server.js'
import { BOT, GitHubState, type Token, type WorkflowRun } from './state.js'

export { GitHubState, BOT } from './state.js'
export type { Artifact, Comment, Issue, Token, User, WorkflowRun } from './state.js'

/** The GITHUB_TOKEN the harness hands to runs unless a test gives another. */
export const GITHUB_TOKEN = 'ghs_loopbackGitHubToken0000000000000000'

export interface LoopbackGitHub {
  state: GitHubState
  rest: RestFake
  artifacts: ArtifactService
  /** The runtime token (an unsigned JWT with the Actions.Results scope) of a run's job. */
  runtimeToken(run: WorkflowRun): string
  /** Starts the run a recorded workflow_dispatch asks for (what GitHub does on a dispatch). */
  startDispatchedRun(): WorkflowRun | undefined
  stop(): Promise<void>
}

export interface LoopbackOptions {
  repository?: string
  /** `permissions:` of the workflow's GITHUB_TOKEN (default: issues and actions write). */
  permissions?: Token['permissions']
}

export async function startLoopbackGitHub(opts: LoopbackOptions = {}): Promise<LoopbackGitHub> {
  const state = new GitHubState(opts.repository)
  state.addToken(GITHUB_TOKEN, {
    user: BOT,
    kind: 'installation',
    permissions: opts.permissions ?? { issues: 'write', actions: 'write', contents: 'read' }
  })
  const azurite = await startAzurite()
  const rest = await new RestFake(state).start()
  const artifacts = await new ArtifactService(state, azurite).start()
  rest.signedDownloadUrl = (id) => {
    const a = state.artifacts.find((x) => x.id === id)
    return a
      ? Promise.resolve(artifacts.signedUrl(a))
      : Promise.reject(new Error(`no artifact ${id}`))
  }
  return {
    state,
    rest,
    artifacts,
    runtimeToken: (run) => runtimeToken(run.backendId, `job-${run.id}-${run.attempt}`),
    startDispatchedRun: () => {
      const d = state.takeDispatch()
      if (!d) return undefined
      return state.startRun({
        workflow: d.workflow.file,
        event: 'workflow_dispatch',
        actor: d.by.login,
        inputs: d.inputs,
        headBranch: d.ref
      })
    },
    stop: async () => {
      await Promise.all([rest.stop(), artifacts.stop()])
      await azurite.stop()
    }
  }
}

/** `alg: none` JWT: @actions/artifact decodes the scope and never checks a signature. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runBackendId}:${jobBackendId}` })}.`
}
