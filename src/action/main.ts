// Entry point of the GitHub Action: parse the inputs once, run the command, and fail the job at
// most once (STYLE.md §1). Bad input is one message naming the input; never a stack trace.
import * as core from '@actions/core'
import { describeInternalError } from '../app/index.js'
import { dispatch } from './dispatch.js'
import type { ActionPorts } from './ports.js'
import { InputError, parseSettings } from './settings.js'

const controller = new AbortController()
// The runner cancels a job with SIGINT, then SIGTERM: stop the running step, pause and save the run.
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => controller.abort())

const ports: ActionPorts = {
  info: (t) => core.info(t),
  startGroup: (n) => core.startGroup(n),
  endGroup: () => core.endGroup(),
  warning: (m, p) => core.warning(m, p),
  error: (m, p) => core.error(m, p),
  setOutput: (n, v) => core.setOutput(n, v),
  setSecret: (v) => core.setSecret(v),
  summary: async (md) => {
    if ((process.env.GITHUB_STEP_SUMMARY ?? '') === '') return
    await core.summary.addRaw(md).write()
  },
  env: process.env,
  signal: controller.signal
}

try {
  const settings = parseSettings((name) => core.getInput(name), process.env, process.cwd())
  const result = await dispatch(settings, ports)
  if (result.failed !== undefined) core.setFailed(result.failed)
} catch (err) {
  if (err instanceof InputError) core.setFailed(err.message)
  else {
    // The log is public: the message may quote a value of the run, so it goes to the debug log only.
    core.setFailed(`internal error: ${describeInternalError(err)}`)
    if (core.isDebug() && err instanceof Error) core.debug(err.stack ?? err.message)
  }
}
