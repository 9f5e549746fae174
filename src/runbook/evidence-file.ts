// Evidence files: manual-step evidence and approvals written down in advance, for
// `runbook resume --evidence-file` and for replay (`SCENARIO.evidence.yaml`).
// Shape: step_id -> name -> { kind, value | items | path | role }.
import evidenceSchema from '../../schema/evidence.v0.schema.json' with { type: 'json' }
import type { Diagnostic, DocPath } from './diagnostic.js'
import { sortDiagnostics } from './diagnostic.js'
import { validate } from './evidence-validator.generated.js'
import { createSchemaChecker } from './schema-check.js'
import { parseYamlSource } from './yaml-source.js'

/** Who gave an input, when the face knows better than the run's actor (an issue comment's author). */
export interface InputSource {
  actor?: string
  /** Where it was given: the comment's URL. */
  via?: string
}

export type EvidenceInput = InputSource &
  (
    | { name: string; kind: 'text'; value: string }
    | { name: string; kind: 'checklist'; items: string[] }
    | { name: string; kind: 'attachment'; path: string }
    | { name: string; kind: 'choice'; value: string }
  )

export interface ApprovalInput {
  approver: string
  role?: string
  /** The approval's comment (`/approve REASON`), redacted when recorded. */
  comment?: string
  via?: string
}

/** What a file (or the command line) supplies for one manual step. */
export interface StepInputs {
  evidence: EvidenceInput[]
  approvals: ApprovalInput[]
}

export type EvidenceFile = Record<string, StepInputs>

export type EvidenceFileParse =
  { ok: true; inputs: EvidenceFile } | { ok: false; diagnostics: Diagnostic[] }

export const EVIDENCE_SCHEMA: object = evidenceSchema
const checkEvidenceSchema = createSchemaChecker(validate, (err, path, source) => {
  if (err.keyword !== 'false schema') return undefined
  const field = String(path[path.length - 1])
  const kind = (source.value as Record<string, Record<string, { kind?: unknown }>>)[
    String(path[0])
  ]?.[String(path[1])]?.kind
  const uses: Record<string, string> = {
    text: 'value',
    choice: 'value',
    checklist: 'items',
    attachment: 'path',
    approval: 'role'
  }
  const expected =
    typeof kind === 'string' && kind in uses ? `; ${kind} evidence takes '${uses[kind]}'` : ''
  return source.diag(
    'schema-unknown-field',
    'error',
    `field '${field}' does not apply to kind '${String(kind)}'${expected}`,
    path,
    { key: true }
  )
})

interface RawItem {
  kind: 'text' | 'checklist' | 'attachment' | 'choice' | 'approval'
  value?: string
  items?: string[] | Record<string, boolean>
  path?: string
  role?: string
}

/** The items ticked: a list as written, or the keys gert's map sets to true. */
export function tickedItems(items: string[] | Record<string, boolean> | undefined): string[] {
  if (items === undefined) return []
  if (Array.isArray(items)) return items
  return Object.entries(items)
    .filter(([, ticked]) => ticked)
    .map(([item]) => item)
}

/** A problem the caller finds in the parsed inputs (against a runbook), located by its path. */
export interface EvidenceProblem {
  rule: string
  message: string
  /** `[step_id]`, `[step_id, name]`, ...; a key's position when `key` is set. */
  path: DocPath
  key?: boolean
}

export interface EvidenceFileOptions {
  /** Resolves an attachment path (relative to the file's directory). */
  resolvePath?: (p: string) => string
  /** Why a resolved attachment cannot be attached, or undefined. */
  attachmentProblem?: (resolved: string) => string | undefined
  /** Further checks on the inputs, e.g. against the runbook they are for. */
  check?: (inputs: EvidenceFile) => EvidenceProblem[]
}

/**
 * Parses an evidence file. The caller, which owns the file system and the runbook, resolves and
 * checks attachment paths and may check the inputs further; every problem is located in the file.
 */
export function parseEvidenceFile(
  text: string,
  file: string,
  opts: EvidenceFileOptions = {}
): EvidenceFileParse {
  const resolvePath = opts.resolvePath ?? ((p: string) => p)
  const attachmentProblem = opts.attachmentProblem ?? (() => undefined)
  const parsed = parseYamlSource(text, file)
  if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics }
  const errors = checkEvidenceSchema(parsed.source)
  if (errors.length > 0) return { ok: false, diagnostics: sortDiagnostics(errors) }
  const inputs: EvidenceFile = {}
  const unusable: Diagnostic[] = []
  const doc = parsed.source.value as Record<string, Record<string, RawItem>>
  for (const [stepId, items] of Object.entries(doc)) {
    const step: StepInputs = { evidence: [], approvals: [] }
    for (const [name, item] of Object.entries(items)) {
      if (item.kind === 'approval')
        step.approvals.push({
          approver: name,
          ...(item.role === undefined ? {} : { role: item.role })
        })
      else if (item.kind === 'text')
        step.evidence.push({ name, kind: 'text', value: item.value ?? '' })
      else if (item.kind === 'choice')
        step.evidence.push({ name, kind: 'choice', value: item.value ?? '' })
      else if (item.kind === 'checklist')
        step.evidence.push({ name, kind: 'checklist', items: tickedItems(item.items) })
      else {
        const path = resolvePath(item.path ?? '')
        const problem = attachmentProblem(path)
        if (problem !== undefined)
          unusable.push(
            parsed.source.diag(
              'evidence-attachment-unreadable',
              'error',
              `attachment '${name}' of step '${stepId}': ${item.path ?? ''} (${path}) ${problem}; expected a readable file, relative to the evidence file`,
              [stepId, name, 'path']
            )
          )
        step.evidence.push({ name, kind: 'attachment', path })
      }
    }
    inputs[stepId] = step
  }
  for (const p of opts.check?.(inputs) ?? [])
    unusable.push(
      parsed.source.diag(p.rule, 'error', p.message, p.path, p.key === true ? { key: true } : {})
    )
  if (unusable.length > 0) return { ok: false, diagnostics: sortDiagnostics(unusable) }
  return { ok: true, inputs }
}
