// Manual input from the command line: --evidence NAME=VALUE, --check NAME=ITEM, --attach NAME=PATH
// --choose NAME=OPTION and --approve --as NAME [--role ROLE], turned into the inputs for the step a run waits on.
import type { ApprovalInput, EvidenceInput, StepInputs } from '../runbook/index.js'

export interface ManualFlags {
  evidence: string[]
  check: string[]
  attach: string[]
  /** --choose NAME=OPTION: the option picked for a choice. */
  choose?: string[]
  approve: boolean
}

/** A malformed flag value; the message names the flag and the expected form. */
export class FlagError extends Error {
  override name = 'FlagError'
}

function split(flag: string, raw: string, form: string): [string, string] {
  const eq = raw.indexOf('=')
  const name = eq === -1 ? '' : raw.slice(0, eq)
  if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name))
    throw new FlagError(`invalid ${flag} '${raw}': expected ${form}`)
  return [name, raw.slice(eq + 1)]
}

/** Parses the flags; attachment paths go through `resolvePath`. Checklist ticks of one name are merged. */
export function parseManualFlags(
  flags: ManualFlags,
  approver: ApprovalInput | undefined,
  resolvePath: (p: string) => string
): StepInputs & { approver?: ApprovalInput } {
  const evidence: EvidenceInput[] = []
  for (const raw of flags.evidence) {
    const [name, value] = split('--evidence', raw, 'NAME=VALUE')
    evidence.push({ name, kind: 'text', value })
  }
  const ticks = new Map<string, string[]>()
  for (const raw of flags.check) {
    const [name, item] = split('--check', raw, 'NAME=ITEM')
    if (item === '') throw new FlagError(`invalid --check '${raw}': the item after '=' is empty`)
    ticks.set(name, [...(ticks.get(name) ?? []), item])
  }
  for (const [name, items] of ticks) evidence.push({ name, kind: 'checklist', items })
  for (const raw of flags.attach) {
    const [name, path] = split('--attach', raw, 'NAME=PATH')
    if (path === '') throw new FlagError(`invalid --attach '${raw}': the path after '=' is empty`)
    evidence.push({ name, kind: 'attachment', path: resolvePath(path) })
  }
  for (const raw of flags.choose ?? []) {
    const [name, value] = split('--choose', raw, 'NAME=OPTION')
    if (value === '')
      throw new FlagError(`invalid --choose '${raw}': the option after '=' is empty`)
    evidence.push({ name, kind: 'choice', value })
  }
  if (flags.approve && approver === undefined)
    throw new FlagError('--approve needs --as NAME: who approves?')
  return {
    evidence,
    approvals: [],
    ...(flags.approve && approver !== undefined ? { approver } : {})
  }
}
