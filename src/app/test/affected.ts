// Which runbooks a pull request touches: a changed runbook, and the runbook of every changed
// scenario, evidence, expectations or inputs file (by the conventions of discover.ts); and which
// changed Markdown TSGs have a compiled runbook beside them. Paths are relative to the workspace,
// `/`-separated, as git and the REST API give them.
import { readFile, readdir } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { parse } from 'yaml'

const YAML = /\.ya?ml$/i
const SIDE = /\.(evidence|test|inputs)\.ya?ml$/i

/** Candidate runbook files (relative) for one changed file; the caller keeps those that exist. */
export function runbookCandidates(changed: string): string[] {
  const dir = posix.dirname(changed)
  const base = posix.basename(changed)
  const parts = changed.split('/')
  // dir/scenarios/NAME/CASE/FILE (gert)
  const s = parts.lastIndexOf('scenarios')
  if (s >= 0 && parts.length - s === 4) {
    const root = parts.slice(0, s).join('/')
    const name = parts[s + 1] as string
    const at = (f: string) => (root === '' ? f : `${root}/${f}`)
    return [
      at(`${name}.yaml`),
      at(`${name}.yml`),
      at(`${name}.runbook.yaml`),
      at(`${name}.runbook.yml`)
    ]
  }
  // dir/NAME.scenarios/X[.evidence|.test|.inputs].yaml
  if (posix.basename(dir).endsWith('.scenarios') && YAML.test(base)) {
    const name = posix.basename(dir).replace(/\.scenarios$/, '')
    const root = posix.dirname(dir)
    const at = (f: string) => (root === '.' ? f : `${root}/${f}`)
    return [at(`${name}.yaml`), at(`${name}.yml`)]
  }
  // dir/NAME.scenario[.evidence|.test|.inputs].yaml, and files a scenario names (X.scenario.files/...)
  const m = /^(.*)\.scenario(?:\.(?:evidence|test|inputs))?\.ya?ml$/i.exec(base)
  if (m !== null) {
    const at = (f: string) => (dir === '.' ? f : `${dir}/${f}`)
    return [at(`${m[1] as string}.yaml`), at(`${m[1] as string}.yml`)]
  }
  if (YAML.test(base) && !SIDE.test(base)) return [changed]
  return []
}

/** The runbooks (relative paths, sorted, each once) that the changed files touch. */
export async function affectedRunbooks(
  workspace: string,
  changed: readonly string[]
): Promise<string[]> {
  const out = new Set<string>()
  for (const file of changed)
    for (const candidate of runbookCandidates(file))
      if (await isRunbook(join(workspace, candidate))) {
        out.add(candidate)
        break
      }
  return [...out].sort()
}

/** Changed `.md` files, each with the runbooks beside it whose meta.source.file names it. */
export async function changedTsgs(
  workspace: string,
  changed: readonly string[]
): Promise<{ tsg: string; runbooks: string[] }[]> {
  const out: { tsg: string; runbooks: string[] }[] = []
  for (const tsg of changed.filter((f) => /\.md$/i.test(f)).sort()) {
    const dir = posix.dirname(tsg)
    const runbooks: string[] = []
    let names: string[] = []
    try {
      names = (await readdir(join(workspace, dir))).sort()
    } catch {
      continue
    }
    for (const name of names) {
      if (!YAML.test(name) || SIDE.test(name)) continue
      const rel = dir === '.' ? name : `${dir}/${name}`
      const source = await sourceFileOf(join(workspace, rel))
      if (source !== undefined && posix.normalize(posix.join(dir, source)) === posix.normalize(tsg))
        runbooks.push(rel)
    }
    if (runbooks.length > 0) out.push({ tsg, runbooks })
  }
  return out
}

async function isRunbook(file: string): Promise<boolean> {
  try {
    return /^apiVersion:\s*["']?runbook\//m.test((await readFile(file, 'utf8')).slice(0, 65536))
  } catch {
    return false
  }
}

/** meta.source.file of a runbook, read without a full validation (a stale runbook may be invalid). */
async function sourceFileOf(file: string): Promise<string | undefined> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return undefined
  }
  if (!/^apiVersion:\s*["']?runbook\//m.test(text)) return undefined
  try {
    const doc = parse(text) as { meta?: { source?: { file?: unknown } } } | null
    const f = doc?.meta?.source?.file
    return typeof f === 'string' ? f : undefined
  } catch {
    return undefined
  }
}
