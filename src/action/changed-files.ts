// The files a pull request changes: from the REST API (GET /repos/{owner}/{repo}/pulls/{n}/files,
// 100 a page, up to GitHub's 3,000), else from `git diff` against the base commit in the checkout
// (argv, never a shell). Removed files are left out: there is nothing left to test.
import { execFile } from 'node:child_process'

export interface PullRequest {
  repository: string
  number: number
  baseSha: string
  headSha?: string
}

export type ChangedFiles = { files: string[]; via: string } | { error: string }

/** The pull request of a pull_request / pull_request_target event payload, if it is one. */
export function pullRequestOf(
  payload: unknown,
  repository: string | undefined
): PullRequest | undefined {
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request
  const number = (payload as { number?: unknown } | null)?.number ?? pr?.number
  const base = (pr?.base as { sha?: unknown } | undefined)?.sha
  const head = (pr?.head as { sha?: unknown } | undefined)?.sha
  const repo =
    repository ??
    ((payload as { repository?: { full_name?: unknown } } | null)?.repository?.full_name as
      string | undefined)
  if (
    pr === undefined ||
    typeof number !== 'number' ||
    typeof base !== 'string' ||
    repo === undefined
  )
    return undefined
  return {
    repository: repo,
    number,
    baseSha: base,
    ...(typeof head === 'string' ? { headSha: head } : {})
  }
}

/** Changed files through the REST API, falling back to git; `note` hears why the API was not used. */
export async function changedFiles(
  pr: PullRequest,
  api: { url: string; token: string },
  workspace: string,
  note: (text: string) => void
): Promise<ChangedFiles> {
  const viaApi = await fromApi(pr, api)
  if ('files' in viaApi) return viaApi
  note(
    `changed files: the REST API did not answer (${viaApi.error}); using git diff against ${pr.baseSha.slice(0, 12)}`
  )
  return fromGit(pr, workspace)
}

async function fromApi(
  pr: PullRequest,
  api: { url: string; token: string }
): Promise<ChangedFiles> {
  if (api.token === '') return { error: 'no github-token' }
  const files: string[] = []
  for (let page = 1; page <= 30; page++) {
    const url = `${api.url.replace(/\/$/, '')}/repos/${pr.repository}/pulls/${pr.number}/files?per_page=100&page=${page}`
    let res: Response
    try {
      res = await fetch(url, {
        headers: {
          authorization: `Bearer ${api.token}`,
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28'
        },
        signal: AbortSignal.timeout(30_000)
      })
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) }
    }
    if (!res.ok) return { error: `HTTP ${res.status} from ${url.replace(/\?.*$/, '')}` }
    const body = (await res.json()) as { filename?: unknown; status?: unknown }[]
    if (!Array.isArray(body)) return { error: 'the answer is not a list of files' }
    for (const f of body)
      if (typeof f.filename === 'string' && f.status !== 'removed') files.push(f.filename)
    if (body.length < 100) break
  }
  return {
    files: [...new Set(files)].sort(),
    via: `the pull request's files (REST API, #${pr.number})`
  }
}

function fromGit(pr: PullRequest, workspace: string): Promise<ChangedFiles> {
  const head = pr.headSha ?? 'HEAD'
  return new Promise((done) => {
    execFile(
      'git',
      ['diff', '--name-only', '--diff-filter=d', '-z', `${pr.baseSha}...${head}`],
      { cwd: workspace, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err !== null)
          done({
            error: `git diff against the base ${pr.baseSha.slice(0, 12)} failed (${firstLine(stderr) || err.message}); check out with fetch-depth: 0, or give paths`
          })
        else
          done({
            files: stdout
              .split('\0')
              .filter((f) => f !== '')
              .sort(),
            via: `git diff ${pr.baseSha.slice(0, 12)}...${head.slice(0, 12)}`
          })
      }
    )
  })
}

/** git's first line says what went wrong; the rest can be its whole usage text (outside a repository). */
function firstLine(text: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? ''
  return line.length > 300 ? `${line.slice(0, 300)}…` : line
}
