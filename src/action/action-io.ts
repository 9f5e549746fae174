// The application layer's ports in the job: the environment without the runner's tokens, warnings
// as annotations, notes in the log, no one to prompt.
import type { AppIo, RunWatch } from '../app/index.js'
import { annotateDiagnostics } from './app-errors.js'
import { childEnv } from './child-env.js'
import type { ActionPorts } from './ports.js'

export function actionIo(
  workspace: string,
  ports: ActionPorts,
  watch: (info: { stepsTotal: number }) => RunWatch
): AppIo {
  return {
    env: childEnv(ports.env),
    cwd: workspace,
    interactive: false,
    warn: (diagnostics) => annotateDiagnostics(diagnostics, ports),
    note: (text) => ports.info(`note: ${text}`),
    watch
  }
}
