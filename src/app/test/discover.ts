// Which runbooks a `runbook test` covers and which scenarios belong to each, by convention:
//   dir/NAME.yaml                  the runbook (a YAML file whose apiVersion is runbook/...)
//   dir/NAME.scenario.yaml         one scenario
//   dir/NAME.scenarios/X.yaml      more scenarios
//   beside each scenario X.yaml:   X.evidence.yaml (manual steps), X.test.yaml (expectations),
//                                  X.inputs.yaml (vars); none of these is ever a scenario
//   dir/scenarios/NAME/CASE/       gert's layout: scenario.yaml, inputs.yaml, test.yaml
// NAME drops `.yaml`/`.yml` and then gert's `.runbook`. Everything is sorted, so the order (and every
// report) is the same on every machine.
import type { Dirent } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'

export interface ScenarioFiles {
  /** Shown name: X for NAME.scenarios/X.yaml, CASE for gert, NAME.scenario for NAME.scenario.yaml. */
  name: string
  /** Absolute path of the scenario; absent for a gert case without scenario.yaml (nothing to answer). */
  scenario?: string
  /** Absolute path of the expectations, when the file exists. */
  test?: string
  /** Absolute path of the vars, when the file exists. */
  inputs?: string
  /** Absolute directory of the case (gert) or of the scenario file. */
  dir: string
}

export interface RunbookFiles {
  /** Absolute path. */
  file: string
  scenarios: ScenarioFiles[]
}

const SKIP_DIRS = new Set(['node_modules', '.git'])
const SIDE_FILE = /\.(evidence|test|inputs)\.ya?ml$/i
const YAML = /\.ya?ml$/i

/** The runbook files under `paths` (files are taken as they are; directories are walked). */
export async function findRunbooks(
  cwd: string,
  paths: readonly string[]
): Promise<{ runbooks: string[]; missing: string[] }> {
  const found = new Set<string>()
  const missing: string[] = []
  for (const p of paths) {
    const abs = resolve(cwd, p)
    let isDir: boolean
    try {
      isDir = (await stat(abs)).isDirectory()
    } catch {
      missing.push(p)
      continue
    }
    if (!isDir) found.add(abs)
    else for (const f of await walk(abs)) if (await isRunbook(f)) found.add(f)
  }
  return { runbooks: [...found].sort(byPath), missing }
}

/** The scenarios of one runbook, sorted by name. */
export async function scenariosOf(runbook: string): Promise<ScenarioFiles[]> {
  const dir = dirname(runbook)
  const name = runbookName(runbook)
  const out: ScenarioFiles[] = []
  for (const ext of ['yaml', 'yml']) {
    const single = join(dir, `${name}.scenario.${ext}`)
    if (await isFile(single)) out.push(await beside(single, `${name}.scenario`))
  }
  const many = join(dir, `${name}.scenarios`)
  for (const entry of await list(many))
    if (entry.isFile() && YAML.test(entry.name) && !SIDE_FILE.test(entry.name))
      out.push(await beside(join(many, entry.name), entry.name.replace(YAML, '')))
  const gert = join(dir, 'scenarios', name)
  for (const entry of await list(gert)) {
    if (!entry.isDirectory()) continue
    const caseDir = join(gert, entry.name)
    const files = {
      scenario: await existing(join(caseDir, 'scenario.yaml')),
      test: await existing(join(caseDir, 'test.yaml')),
      inputs: await existing(join(caseDir, 'inputs.yaml'))
    }
    if (files.scenario === undefined && files.test === undefined && files.inputs === undefined)
      continue
    out.push({
      name: entry.name,
      dir: caseDir,
      ...(files.scenario === undefined ? {} : { scenario: files.scenario }),
      ...(files.test === undefined ? {} : { test: files.test }),
      ...(files.inputs === undefined ? {} : { inputs: files.inputs })
    })
  }
  return out.sort((a, b) => byPath(a.scenario ?? a.dir, b.scenario ?? b.dir))
}

/** NAME of dir/NAME.yaml (or gert's dir/NAME.runbook.yaml). */
export function runbookName(file: string): string {
  return basename(file)
    .replace(YAML, '')
    .replace(/\.runbook$/, '')
}

/** A path relative to `cwd` with `/` separators (reports never hold the machine's absolute paths). */
export function shown(cwd: string, file: string): string {
  const rel = relative(cwd, file)
  return (rel === '' ? '.' : rel).split(sep).join('/')
}

async function beside(scenario: string, name: string): Promise<ScenarioFiles> {
  const stem = scenario.replace(YAML, '')
  const test = (await existing(`${stem}.test.yaml`)) ?? (await existing(`${stem}.test.yml`))
  const inputs = (await existing(`${stem}.inputs.yaml`)) ?? (await existing(`${stem}.inputs.yml`))
  return {
    name,
    scenario,
    dir: dirname(scenario),
    ...(test === undefined ? {} : { test }),
    ...(inputs === undefined ? {} : { inputs })
  }
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await list(dir)) {
    if (entry.name.startsWith('.') || SKIP_DIRS.has(entry.name)) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await walk(path)))
    else if (entry.isFile() && YAML.test(entry.name) && !SIDE_FILE.test(entry.name)) out.push(path)
  }
  return out
}

/** A runbook says so on its own: `apiVersion: runbook/...` at the top level. */
async function isRunbook(file: string): Promise<boolean> {
  try {
    const head = (await readFile(file, 'utf8')).slice(0, 64 * 1024)
    return /^apiVersion:\s*["']?runbook\//m.test(head)
  } catch {
    return false
  }
}

async function list(dir: string): Promise<Dirent[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) => byPath(a.name, b.name))
  } catch {
    return []
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

async function existing(path: string): Promise<string | undefined> {
  return (await isFile(path)) ? path : undefined
}

/** Code-point order, the same on every machine and locale. */
export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
