// HTTP clients: the method decides. DELETE is destructive; POST, PUT and PATCH mutate; GET, HEAD
// and OPTIONS only read. curl sends POST when given data, PUT when uploading a file.
import { flagValue, hasFlag, positionals } from '../argv.js'
import type { Classification } from '../types.js'
import type { ToolClassifier } from '../types.js'
import { classified } from '../types.js'

/** Classifies an HTTP method. */
export function classifyMethod(tool: string, method: string, how: string): Classification {
  const m = method.toUpperCase()
  if (m === 'DELETE')
    return classified(
      'destructive',
      tool,
      'http.delete',
      `${how} sends DELETE, which removes the resource`
    )
  if (m === 'POST' || m === 'PUT' || m === 'PATCH')
    return classified(
      'mutating',
      tool,
      `http.${m.toLowerCase()}`,
      `${how} sends ${m}, which changes the resource`
    )
  if (m === 'GET' || m === 'HEAD' || m === 'OPTIONS')
    return classified(
      'read-only',
      tool,
      `http.${m.toLowerCase()}`,
      `${how} sends ${m}, which only reads`
    )
  return classified(
    'unknown',
    tool,
    'http.unknown-method',
    `${how} sends ${m}, a method the classifier does not know`
  )
}

const DATA = [
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-urlencode',
  '--data-ascii',
  '-F',
  '--form',
  '--form-string',
  '--json'
]

// A POST or PUT can delete too: a URL path that names a deletion (`/_delete_by_query`, `/purge`)
// or a request that accepts data loss (`accept_data_loss`, Elasticsearch's stale/empty primary).
const DELETING_PATH = /^[^?#]*\/_?(delete|purge|wipe|drop|truncate)([-_][\w-]*)?\/?([?#]|$)/i
const DATA_LOSS = /accept_data_loss["']?\s*[:=]\s*["']?true/i

/** Destructive when a changing request's URL or data says it deletes; otherwise `c`. */
function deletingRequest(tool: string, args: readonly string[], c: Classification): Classification {
  if (c.level !== 'mutating') return c
  const url = args.find((a) => !a.startsWith('-') && DELETING_PATH.test(a))
  if (url !== undefined)
    return classified('destructive', tool, 'http.deleting-path', `the URL ${url} names a deletion`)
  if (args.some((a) => DATA_LOSS.test(a)))
    return classified(
      'destructive',
      tool,
      'http.accept-data-loss',
      'the request accepts data loss (accept_data_loss)'
    )
  return c
}

/** curl: -X/--request, else data implies POST (GET with -G), -T implies PUT, -I is HEAD. */
export const classifyCurl: ToolClassifier = (tool, args) =>
  deletingRequest(tool, args, curlMethod(tool, args))

function curlMethod(tool: string, args: readonly string[]): Classification {
  const explicit = flagValue(args, '-X', '--request')
  if (explicit !== undefined) return classifyMethod(tool, explicit, `curl -X ${explicit}`)
  if (hasFlag(args, '-I', '--head')) return classifyMethod(tool, 'HEAD', 'curl -I')
  if (hasFlag(args, '-T', '--upload-file')) return classifyMethod(tool, 'PUT', 'curl -T')
  if (hasFlag(args, ...DATA))
    return hasFlag(args, '-G', '--get')
      ? classifyMethod(tool, 'GET', 'curl -G')
      : classifyMethod(tool, 'POST', 'curl with data')
  return classifyMethod(tool, 'GET', 'curl')
}

/** wget: --method, --post-data/--post-file (POST); default GET. */
export const classifyWget: ToolClassifier = (tool, args) =>
  deletingRequest(tool, args, wgetMethod(tool, args))

function wgetMethod(tool: string, args: readonly string[]): Classification {
  const explicit = flagValue(args, '--method')
  if (explicit !== undefined) return classifyMethod(tool, explicit, `wget --method=${explicit}`)
  if (hasFlag(args, '--post-data', '--post-file'))
    return classifyMethod(tool, 'POST', 'wget --post-data')
  return classifyMethod(tool, 'GET', 'wget')
}

/** HTTPie (http, https, xh): an optional METHOD word before the URL; data items imply POST. */
export const classifyHttpie: ToolClassifier = (tool, args) =>
  deletingRequest(tool, args, httpieMethod(tool, args))

function httpieMethod(tool: string, args: readonly string[]): Classification {
  const words = positionals(args, new Set(['-a', '--auth', '--session', '-o', '--output']))
  const first = words[0]
  if (
    first !== undefined &&
    /^[A-Za-z]+$/.test(first) &&
    /^(GET|HEAD|OPTIONS|POST|PUT|PATCH|DELETE)$/i.test(first)
  )
    return classifyMethod(tool, first, `${tool} ${first}`)
  const items = words.slice(1).some((w) => /^[^:=]+(:=|=|@)/.test(w))
  return classifyMethod(tool, items ? 'POST' : 'GET', items ? `${tool} with data items` : tool)
}
