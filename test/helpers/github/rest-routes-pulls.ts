// The pull-request operations the loopback GitHub serves: the files a pull request changes, as
// GitHub lists them (diff entries, 30 a page by default, at most 100, Link header to the next page).
import { createHash } from 'node:crypto'
import { HttpError } from './rest-server.js'
import { num, paginate, repoOf, type Route } from './rest-routes.js'
import type { PullFile } from './state.js'

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex')

export const PULL_ROUTES: Record<string, Route> = {
  'pulls/list-files': {
    scope: { scope: 'pull-requests' },
    handle: (ctx) => {
      repoOf(ctx)
      const pr = ctx.state.pulls.get(num(ctx, 'pull_number'))
      if (!pr) throw new HttpError(404, 'Not Found')
      const web = `${ctx.shapes.repoWeb}`
      const api = `${ctx.shapes.apiUrl}/repos/${ctx.state.owner}/${ctx.state.repo}`
      const entry = (f: PullFile) => ({
        sha: f.status === 'removed' ? null : sha1(`${pr.headSha}:${f.filename}`),
        filename: f.filename,
        status: f.status,
        additions: f.status === 'removed' ? 0 : 1,
        deletions: f.status === 'added' ? 0 : 1,
        changes: f.status === 'added' || f.status === 'removed' ? 1 : 2,
        blob_url: `${web}/blob/${pr.headSha}/${encodeURI(f.filename)}`,
        raw_url: `${web}/raw/${pr.headSha}/${encodeURI(f.filename)}`,
        contents_url: `${api}/contents/${encodeURI(f.filename)}?ref=${pr.headSha}`
      })
      const { items, headers } = paginate(ctx, pr.files)
      return { status: 200, body: items.map(entry), headers }
    }
  }
}
