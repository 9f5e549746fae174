// The environment a runbook's commands get in the job: the runner's, without what would let a
// command act as the Action (its inputs, including github-token; the runtime token of the artifact
// service; the OIDC request token) or write the workflow's command files (GITHUB_ENV could set
// NODE_OPTIONS for every later step).
const DROPPED = new Set([
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_OUTPUT',
  'GITHUB_STATE',
  'GITHUB_STEP_SUMMARY'
])

/** `env` without the Action's inputs and the runner's tokens and command files. */
export function childEnv(
  env: Readonly<Record<string, string | undefined>>
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(env)) {
    if (k.startsWith('INPUT_') || DROPPED.has(k)) continue
    out[k] = v
  }
  return out
}
