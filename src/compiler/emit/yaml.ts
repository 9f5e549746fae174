// runbook/v0 as YAML text: the yaml-language-server schema line, fixed key order, argv and command
// lists in flow style, multi-line text as literal blocks. Byte-stable for the same runbook.
import { Document, isScalar, isSeq, Scalar, visit } from 'yaml'
import type { RunbookV0, Step } from '../../runbook/index.js'
import { RUNBOOK_SCHEMA_ID } from '../../runbook/index.js'

const STEP_KEYS: (keyof Step)[] = [
  'id',
  'type',
  'title',
  'when',
  'description',
  'with',
  'capture',
  'assertions',
  'timeout',
  'confirm',
  'instructions',
  'required_evidence',
  'approvals',
  'replay_mode',
  'outcomes'
]
/** Blank lines only, one of them with a space. */
const BLANK_WITH_SPACES = /^(?=[\t\n]* )[ \t\n]*$/
const YAML11_BOOL = /^(?:y|n|yes|no|on|off)$/i
const FLOW_KEYS = new Set(['argv', 'allowed_commands', 'denied_commands', 'deny_env_vars'])

/** Serialises a runbook, starting with the schema comment line. */
export function runbookYaml(runbook: RunbookV0, header: string[] = []): string {
  const doc = new Document(ordered(runbook))
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      if (FLOW_KEYS.has(key) && isSeq(pair.value)) {
        pair.value.flow = true
        for (const item of pair.value.items) if (isScalar(item)) item.type = Scalar.QUOTE_DOUBLE
      }
    },
    Scalar(_, node) {
      if (typeof node.value === 'string' && node.value.includes('\n'))
        // A literal block of blank lines, some with spaces, reads back without the spaces
        // (`" \n"` as `"\n"`): such a text is written quoted.
        node.type = BLANK_WITH_SPACES.test(node.value) ? Scalar.QUOTE_DOUBLE : Scalar.BLOCK_LITERAL
      // A YAML 1.1 reader (gert's Go yaml) would take a bare `yes` or `off` for a boolean.
      else if (typeof node.value === 'string' && YAML11_BOOL.test(node.value))
        node.type = Scalar.QUOTE_DOUBLE
    }
  })
  const body = doc.toString({
    lineWidth: 0,
    minContentWidth: 0,
    indentSeq: true,
    flowCollectionPadding: false
  })
  const comments = header.map((h) => `# ${h}\n`).join('')
  return `# yaml-language-server: $schema=${RUNBOOK_SCHEMA_ID}\n${comments}${body}`
}

/** The runbook with its keys in the order runbookYaml writes them. */
export function ordered(runbook: RunbookV0): object {
  return { apiVersion: runbook.apiVersion, meta: runbook.meta, steps: runbook.steps.map(orderStep) }
}

function orderStep(step: Step): Step {
  const out: Record<string, unknown> = {}
  for (const k of STEP_KEYS) if (step[k] !== undefined) out[k] = step[k]
  return out as unknown as Step
}
