// The pre-pass before the tally: the files that `/attach` comments name, fetched once per job so
// the (pure) tally can record them as attachment evidence or refuse them with the reason. Only
// comments that could count are fetched for: unedited, not by the bot, by someone with write
// access; only links GitHub creates for a file dropped into a comment of this repository, and only
// from GitHub's own server (GITHUB_SERVER_URL; the link gives the path, never the host).
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CommenterFacts } from './authorise.js'
import { isGitHubAttachment, parseComment } from './comment-grammar.js'
import { ATTACHMENT_MAX_BYTES, fetchAttachment, type Fetched } from './fetch-attachment.js'
import type { CommentView } from './tally.js'

export type { Fetched } from './fetch-attachment.js'

/** Tests only: a loopback web server standing in for GITHUB_SERVER_URL (see attachmentAccess). */
export const TEST_ATTACHMENT_BASE = 'RUNBOOK_TEST_ATTACHMENT_BASE'

export interface AttachmentAccess {
  /** GITHUB_SERVER_URL and GITHUB_REPOSITORY: which links are this repository's attachments. */
  serverUrl: string
  repository: string
  token: string
  /** Where the links' paths are fetched: the server URL itself, except in tests. */
  fetchBase: string
  /** Under which directory each job's files are written (a fresh directory per job). */
  tempDir: string
  maxBytes: number
  /** Set when the test base is unusable: every fetch is refused with it (fails closed). */
  refuse?: string
}

/**
 * How this job reaches attachments. The server is GITHUB_SERVER_URL; the test harness cannot point
 * that at its fake (the artifact client refuses any server but github.com), so it names a loopback
 * base in RUNBOOK_TEST_ATTACHMENT_BASE. Only an http address on 127.0.0.1 or localhost is honoured:
 * the variable can never send a fetch, or the token, off the machine.
 */
export function attachmentAccess(
  runner: { serverUrl: string; repository?: string | undefined },
  token: string,
  env: Readonly<Record<string, string | undefined>>
): AttachmentAccess {
  const access: AttachmentAccess = {
    serverUrl: runner.serverUrl,
    repository: runner.repository ?? '',
    token,
    fetchBase: runner.serverUrl,
    tempDir: env.RUNNER_TEMP || tmpdir(),
    maxBytes: ATTACHMENT_MAX_BYTES
  }
  const test = env[TEST_ATTACHMENT_BASE]
  if (test === undefined || test === '') return access
  const u = URL.canParse(test) ? new URL(test) : undefined
  if (u?.protocol !== 'http:' || (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost'))
    return {
      ...access,
      refuse: `the job's ${TEST_ATTACHMENT_BASE} is not a loopback http address, so no attachment is fetched`
    }
  return { ...access, fetchBase: u.origin }
}

/** Fetches the file of every `/attach` of a comment that could count; the tally reads the map. */
export async function fetchAttachments(
  comments: readonly CommentView[],
  facts: ReadonlyMap<string, CommenterFacts>,
  bot: string,
  access: AttachmentAccess
): Promise<Map<string, Fetched>> {
  const out = new Map<string, Fetched>()
  let dir: string | undefined
  for (const c of comments) {
    if (c.login === null || c.login.toLowerCase() === bot.toLowerCase()) continue
    if (c.updatedAt !== c.createdAt) continue
    const permission = facts.get(c.login)?.permission
    if (permission !== 'write' && permission !== 'admin') continue
    for (const cmd of parseComment(c.body).commands) {
      if (cmd.kind !== 'attach' || out.has(cmd.url)) continue
      if (!isGitHubAttachment(cmd.url, access.serverUrl, access.repository)) {
        out.set(cmd.url, { ok: false, reason: foreign(cmd.url, access) })
        continue
      }
      if (access.refuse !== undefined) {
        out.set(cmd.url, { ok: false, reason: access.refuse })
        continue
      }
      const path = new URL(cmd.url).pathname
      dir ??= await mkdtemp(join(access.tempDir, 'runbook-attachments-'))
      out.set(
        cmd.url,
        await fetchAttachment({
          link: cmd.url,
          url: new URL(path, access.fetchBase),
          token: access.token,
          dest: join(dir, String(out.size + 1), fileName(path)),
          maxBytes: access.maxBytes
        })
      )
    }
  }
  return out
}

function foreign(link: string, a: AttachmentAccess): string {
  return `${link} is not a file attached to a comment of ${a.repository}: only the links GitHub writes when a file is dropped into the comment (${a.serverUrl}/user-attachments/… or ${a.serverUrl}/${a.repository}/files/…) are fetched, never another address`
}

/** The file's name from the link (`files/N/NAME`), else its last segment; safe as a file name. */
function fileName(path: string): string {
  const last = path.split('/').at(-1) ?? 'attachment'
  let name: string
  try {
    name = decodeURIComponent(last)
  } catch {
    name = last
  }
  const safe = name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_')
  return safe === '' ? 'attachment' : safe.slice(0, 120)
}
