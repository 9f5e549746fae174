/* Generated from schema/runbook.v0.schema.json by scripts/gen-types.mjs. Do not edit: run `npm run gen`. */

/**
 * A Go-style duration: a sequence of numbers with units ns, us, ms, s, m, h. Empty means absent.
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "duration".
 */
export type Duration = string
/**
 * Unique step id: lowercase letters, digits, _ and -, starting with a letter or digit.
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "stepId".
 */
export type StepId = string

/**
 * A governed, executable runbook: metadata with governance policy, then an ordered list of automated (cli) and manual steps. Optional fields may be omitted, or written as null, "", [] or {}: all mean "absent".
 */
export interface RunbookV0 {
  /**
   * Format version. Always "runbook/v0".
   */
  apiVersion: 'runbook/v0'
  meta: Meta
  /**
   * The steps, run strictly in order. The run halts at the first failed step.
   *
   * @minItems 1
   */
  steps: [Step, ...Step[]]
}
/**
 * Runbook metadata: name, variables, defaults and governance policy.
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "meta".
 */
export interface Meta {
  /**
   * Short name of the runbook, shown in traces and reports.
   */
  name: string
  /**
   * What the runbook is for and when to run it.
   */
  description?: string
  /**
   * Template variables with their defaults, referenced as {{ .name }}. An environment variable of the same name, then --var name=value, override the default.
   */
  vars?: {
    /**
     * Default value of the variable (a string; may be empty).
     */
    [k: string]: string | undefined
  }
  /**
   * Defaults applied to every step unless the step overrides them.
   */
  defaults?: {
    timeout?: Duration
  }
  governance?: Governance
}
/**
 * Policy enforced by the engine before anything runs: which commands may run, which environment variables templates may read, what is redacted, and what evidence manual steps need.
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "governance".
 */
export interface Governance {
  /**
   * Allowlist of commands (argv[0], matched by basename and by resolved path). When non-empty, every other command is refused.
   */
  allowed_commands?: string[]
  /**
   * Denylist of commands (argv[0]). Denial wins over the allowlist.
   */
  denied_commands?: string[]
  /**
   * Glob patterns (* and ?) of environment variable names that templates may never read. Their values are also redacted from all output.
   */
  deny_env_vars?: string[]
  /**
   * Redaction rules applied line by line to every output before it is stored, captured, printed or reported.
   */
  redact?: RedactRule[]
  /**
   * Evidence policy.
   */
  evidence?: {
    /**
     * When true, every manual step must record evidence; a manual step that declares none asks for a text attestation.
     */
    require_for_manual?: boolean
    /**
     * When true, the full redacted stdout and stderr of each cli step are kept in the run directory; otherwise only sha256, size and a head/tail preview.
     */
    store_full_stdout?: boolean
  }
}
/**
 * One redaction rule.
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "redactRule".
 */
export interface RedactRule {
  /**
   * Regular expression (RE2-style; a leading (?i), (?s) or (?m) flag group is accepted). Matched within a single line.
   */
  pattern: string
  /**
   * Replacement text; defaults to "<redacted>". Groups of the pattern can be referenced as $1 or ${name}, as in Go regexp.ReplaceAllString; $$ is a literal $.
   */
  replace?: string
}
/**
 * One step. A cli step runs a command; a manual step asks a person for evidence and approvals.
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "step".
 */
export interface Step {
  id: StepId
  /**
   * Step type: "cli" runs with.argv; "manual" shows instructions and collects evidence.
   */
  type: 'cli' | 'manual'
  /**
   * Short human title of the step.
   */
  title?: string
  /**
   * Longer explanation of why the step exists.
   */
  description?: string
  with?: With
  /**
   * Values to keep from this step for later templates: name -> stdout | stderr | exit_code. Later steps reference them as {{ .name }}.
   */
  capture?: {
    /**
     * Which output to capture.
     */
    [k: string]: ('stdout' | 'stderr' | 'exit_code') | undefined
  }
  /**
   * Checks on the step output. Every assertion must pass for the step to pass.
   */
  assertions?: Assertion[]
  timeout?: Duration
  /**
   * Require a two-step confirmation before this cli step runs (type the step id back, or an approval when there is no terminal). Destructive commands always require it.
   */
  confirm?: boolean
  /**
   * What the person must do (manual steps). Markdown is allowed.
   */
  instructions?: string
  /**
   * Evidence a manual step must collect before it can pass.
   */
  required_evidence?: Evidence[]
  approvals?: Approvals
  /**
   * How a manual step behaves in replay mode: "reuse_evidence" takes its evidence from the scenario evidence file; "prompt" (the default) asks for it as in a real run.
   */
  replay_mode?: 'reuse_evidence' | 'prompt'
}
/**
 * How a cli step runs its command.
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "with".
 */
export interface With {
  /**
   * The command and its arguments, run directly (never through a shell). argv[0] must be a literal; other elements may hold {{ .name }} templates, each expanding to exactly one argument.
   */
  argv?: string[]
  /**
   * Extra environment variables for the command. Values may hold templates.
   */
  env?: {
    /**
     * Variable value.
     */
    [k: string]: string | undefined
  }
  /**
   * Working directory for the command, relative to the directory the run starts in.
   */
  cwd?: string
  /**
   * Text written to the command standard input. May hold templates.
   */
  stdin?: string
}
/**
 * Exactly one check. Text checks apply to stdout.
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "assertion".
 */
export interface Assertion {
  /**
   * stdout contains this text.
   */
  contains?: string
  /**
   * stdout does not contain this text.
   */
  not_contains?: string
  /**
   * stdout, without its trailing newline, matches this regular expression (RE2-style; a leading (?i), (?s) or (?m) is accepted). A {{ .name }} in it stands for that value, matched literally.
   */
  matches?: string
  /**
   * The command exits with this code. A non-zero expected code makes that exit a pass.
   */
  exit_code?: number
  /**
   * stdout, without its trailing newline, equals this text.
   */
  equals?: string
  /**
   * stdout, without its trailing newline, differs from this text.
   */
  not_equals?: string
  /**
   * stdout parses as JSON and the value at path equals the given value.
   */
  json_path?: {
    /**
     * A simple JSONPath: $ followed by .field, [index] or ['key'] segments.
     */
    path: string
    /**
     * Expected JSON value (compared structurally).
     */
    equals: string | number | boolean | null | unknown[] | {}
  }
}
/**
 * One piece of evidence a manual step needs.
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "evidence".
 */
export interface Evidence {
  /**
   * text: a line of text; checklist: every item ticked; attachment: a file copied into the run.
   */
  kind: 'text' | 'checklist' | 'attachment'
  /**
   * Evidence name, unique within the step.
   */
  name: string
  /**
   * What to provide.
   */
  description?: string
  /**
   * Checklist items (checklist only). Every item must be ticked.
   */
  items?: string[]
}
/**
 * Sign-off a step needs: distinct approvers (the same person twice counts once), optionally holding one of the roles.
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "approvals".
 */
export interface Approvals {
  /**
   * Number of distinct approvers needed (at least 1).
   */
  min: number
  /**
   * When set, an approver must hold one of these roles.
   */
  roles?: string[]
}
