// The prompt contract of seed 003 §14: the model gets the IR, the schema, the command ontology and
// the governance defaults, with the deterministic draft, and must answer with one runbook.
import { RUNBOOK_SCHEMA } from '../../runbook/index.js'
import { knownTools } from '../../runbook/safety/index.js'
import type { TsgIr } from '../ir.js'
import type { ChatMessage } from './client.js'

const RULES = `You refine a draft runbook compiled from a Markdown troubleshooting guide (TSG).
Output (MUST): exactly one fenced \`\`\`yaml block holding a runbook/v0 document that is strictly
valid against the JSON Schema given, and nothing else.
Rules:
- If automation is unsafe or ambiguous, use type: manual (with instructions).
- Never invent credentials, hosts, flags, commands or destructive commands. A cli step's argv may
  only use programs and arguments that appear in the TSG; argv[0] is never a template.
- Explicit commands only when present in the prose or code blocks of the TSG.
- Uncertain variables: a meta.vars entry with an empty default, referenced as {{ .name }}.
- Keep every step of the draft that stands for a command (same argv, or the command verbatim in a
  manual step's instructions); keep every destructive command manual; keep governance.allowed_commands
  equal to the set of argv[0] of cli steps.
- You may improve titles, descriptions, instructions and evidence, and merge or split prose steps.`

/** Builds the chat messages for one refinement. */
export function refinementMessages(
  ir: TsgIr,
  draftYaml: string,
  governance: unknown
): ChatMessage[] {
  const ontology = {
    levels: ['read-only', 'mutating', 'destructive', 'unknown'],
    policy: 'read-only: cli; mutating: cli with confirm: true; destructive or unknown: manual',
    known_tools: knownTools()
  }
  const user = [
    '## TSG-IR (JSON)',
    JSON.stringify(ir),
    '## runbook/v0 JSON Schema',
    JSON.stringify(RUNBOOK_SCHEMA),
    '## Command ontology',
    JSON.stringify(ontology),
    '## Governance defaults',
    JSON.stringify(governance),
    '## Deterministic draft (runbook.yaml)',
    '```yaml',
    draftYaml,
    '```'
  ].join('\n')
  return [
    { role: 'system', content: RULES },
    { role: 'user', content: user }
  ]
}

/** The YAML of the first fenced yaml block, or the whole answer when it has no fence. */
export function extractYaml(answer: string): string {
  const m = /```ya?ml\s*\n([\s\S]*?)```/.exec(answer)
  return (m?.[1] ?? answer).trim() + '\n'
}
