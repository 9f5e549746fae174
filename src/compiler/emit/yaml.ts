// runbook/v0 as YAML text: the yaml-language-server schema line, fixed key order, argv and command
// lists in flow style, multi-line text as literal blocks. Byte-stable for the same runbook.
import type { Node, Schema } from 'yaml'
import { Document, isScalar, isSeq, Pair, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml'
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
  const value = ordered(runbook)
  const doc = new Document()
  const built = styledNode(value, doc.schema, undefined, new Set())
  if (built !== undefined) doc.contents = built
  else {
    // A value holding an object twice (written as an anchor and aliases): yaml's own walk.
    doc.contents = doc.createNode(value)
    styleAll(doc)
  }
  // directives: false: none are ever written here, and yaml skips a walk of the tree looking for tags.
  const body = doc.toString({
    directives: false,
    lineWidth: 0,
    minContentWidth: 0,
    indentSeq: true,
    flowCollectionPadding: false
  })
  const comments = header.map((h) => `# ${h}\n`).join('')
  return `# yaml-language-server: $schema=${RUNBOOK_SCHEMA_ID}\n${comments}${body}`
}

/**
 * The node tree `new Document(value)` builds for plain data (objects, arrays, strings, numbers,
 * booleans, null; keys whose value is undefined left out), with the styles of styleScalar and
 * flow lists under FLOW_KEYS set as it goes: one walk instead of yaml's createNode and a visit.
 * Undefined when the value holds an object twice or anything else, for yaml's walk to handle.
 */
function styledNode(
  value: unknown,
  schema: Schema,
  key: string | undefined,
  seen: Set<object>
): Node | undefined {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol' || value === undefined)
      return undefined
    return styleScalar(new Scalar(value))
  }
  if (seen.has(value)) return undefined
  seen.add(value)
  if (Array.isArray(value)) {
    const seq = new YAMLSeq(schema)
    // Left unset unless flow: yaml writes an empty list whose flow is unset as `[]`.
    const flow = key !== undefined && FLOW_KEYS.has(key)
    if (flow) seq.flow = true
    for (const item of value) {
      const node = styledNode(item, schema, undefined, seen)
      if (node === undefined) return undefined
      if (flow && isScalar(node)) node.type = Scalar.QUOTE_DOUBLE
      seq.items.push(node)
    }
    return seq
  }
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return undefined
  const map = new YAMLMap(schema)
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue
    const node = styledNode(v, schema, k, seen)
    if (node === undefined) return undefined
    map.items.push(new Pair(styleScalar(new Scalar(k)), node))
  }
  return map
}

/** The styles of a document yaml built itself: flow lists under FLOW_KEYS, then every scalar. */
function styleAll(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : ''
      if (FLOW_KEYS.has(key) && isSeq(pair.value)) {
        pair.value.flow = true
        for (const item of pair.value.items) if (isScalar(item)) item.type = Scalar.QUOTE_DOUBLE
      }
    },
    Scalar(_, node) {
      styleScalar(node)
    }
  })
}

function styleScalar(node: Scalar): Scalar {
  if (typeof node.value === 'string' && node.value.includes('\n'))
    // A literal block of blank lines, some with spaces, reads back without the spaces
    // (`" \n"` as `"\n"`): such a text is written quoted.
    node.type = BLANK_WITH_SPACES.test(node.value) ? Scalar.QUOTE_DOUBLE : Scalar.BLOCK_LITERAL
  // A YAML 1.1 reader (gert's Go yaml) would take a bare `yes` or `off` for a boolean.
  else if (typeof node.value === 'string' && YAML11_BOOL.test(node.value))
    node.type = Scalar.QUOTE_DOUBLE
  return node
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
