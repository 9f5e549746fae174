// Fetches one file attached to an issue comment. The caller has checked that the link is one GitHub
// creates for a file dropped into a comment of this repository (isGitHubAttachment); only its path
// is used, against GitHub's own web server, so a comment can never choose the host. The token goes
// to that server only: redirects (GitHub sends public files on to its object store) are followed by
// hand, at most 5, without the token once they leave it. The body is streamed to a file, hashed on
// the way, and cut off past the size limit.
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebStream } from 'node:stream/web'

/** GitHub's own limit for a file attached to a comment (25 MB for most kinds): no larger file is fetched. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024

export type Fetched =
  { ok: true; path: string; sha256: string; bytes: number } | { ok: false; reason: string }

export interface FetchTarget {
  /** The link as the comment gave it (for messages). */
  link: string
  /** Where it is fetched: the link's path on GitHub's web server. */
  url: URL
  token: string
  /** The file written. */
  dest: string
  maxBytes: number
}

const MAX_REDIRECTS = 5
const TIMEOUT_MS = 120_000

class TooLargeError extends Error {
  override name = 'TooLargeError'
}

/** What to do when GitHub will not hand the file to a token: the usual case in a private repository. */
export function unreachableReason(link: string, status: string): string {
  return `GitHub did not give ${link} to the workflow's token (${status}). Files attached to comments of a private repository open only in a signed-in browser, never with a token, so /attach cannot record them here. Give the evidence another way: finish the step from a terminal with \`runbook resume RUN_ID --attach NAME=FILE\` on the run's artifact, or ask the runbook's owner to take this evidence as text (\`/evidence NAME VALUE\`).`
}

/** Fetches T.url to T.dest; see the file comment. Never throws for what GitHub answers. */
export async function fetchAttachment(t: FetchTarget): Promise<Fetched> {
  const home = t.url.origin
  let url = t.url
  const signal = AbortSignal.timeout(TIMEOUT_MS)
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const res = await fetch(url, {
        redirect: 'manual',
        signal,
        headers: url.origin === home ? { authorization: `token ${t.token}` } : {}
      })
      if (res.status >= 300 && res.status < 400) {
        await res.body?.cancel()
        const location = res.headers.get('location')
        const next = location === null ? undefined : new URL(location, url)
        if (next === undefined || (next.protocol !== 'https:' && next.protocol !== 'http:'))
          return {
            ok: false,
            reason: `GitHub answered ${res.status} for ${t.link} with no usable redirect`
          }
        if (next.pathname === '/login' || next.pathname.startsWith('/login/'))
          return {
            ok: false,
            reason: unreachableReason(t.link, 'it redirects to the sign-in page')
          }
        url = next
        continue
      }
      if (res.status === 401 || res.status === 403 || res.status === 404) {
        await res.body?.cancel()
        return { ok: false, reason: unreachableReason(t.link, `HTTP ${res.status}`) }
      }
      if (!res.ok || res.body === null) {
        await res.body?.cancel()
        return {
          ok: false,
          reason: `GitHub answered HTTP ${res.status} for ${t.link}; post the file again later`
        }
      }
      const declared = Number(res.headers.get('content-length') ?? NaN)
      if (declared > t.maxBytes) {
        await res.body.cancel()
        return { ok: false, reason: tooLarge(t, declared) }
      }
      return await save(res.body as WebStream<Uint8Array>, t)
    }
    return { ok: false, reason: `${t.link} redirects more than ${MAX_REDIRECTS} times` }
  } catch (err) {
    if (err instanceof TooLargeError) return { ok: false, reason: err.message }
    const why =
      err instanceof Error
        ? ((err.cause as Error | undefined)?.message ?? err.message)
        : String(err)
    return {
      ok: false,
      reason: `${t.link} could not be fetched (${why}); post the file again later`
    }
  }
}

function tooLarge(t: FetchTarget, bytes?: number): string {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`
  return `${t.link} is larger than ${mib(t.maxBytes)}${bytes === undefined ? '' : ` (${mib(bytes)})`}, the most an attachment may be; attach a smaller file (compress it, or keep only the relevant part)`
}

async function save(body: WebStream<Uint8Array>, t: FetchTarget): Promise<Fetched> {
  await mkdir(dirname(t.dest), { recursive: true })
  const hash = createHash('sha256')
  let bytes = 0
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length
      if (bytes > t.maxBytes) return done(new TooLargeError(tooLarge(t)))
      hash.update(chunk)
      done(null, chunk)
    }
  })
  try {
    await pipeline(Readable.fromWeb(body), meter, createWriteStream(t.dest, { mode: 0o600 }))
  } catch (err) {
    await rm(t.dest, { force: true })
    throw err
  }
  return { ok: true, path: t.dest, sha256: hash.digest('hex'), bytes }
}
