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
 * One option: a value, or {value, label, description}.
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "choiceOption".
 */
export type ChoiceOption =
  | string
  | {
      /**
       * The value recorded.
       */
      value: string
      /**
       * What the person sees.
       */
      label?: string
      /**
       * More about it.
       */
      description?: string
    }

/**
 * A governed, executable runbook: metadata with governance policy, then an ordered list of automated (cli) and manual steps (`steps`), or gert's decision tree (`tree`); exactly one of the two. Optional fields may be omitted, or written as null, "", [] or {}: all mean "absent".
 */
export interface RunbookDocument {
  /**
   * Format version. Always "runbook/v0".
   */
  apiVersion: 'runbook/v0'
  meta: Meta
  /**
   * The steps, run in order. A step whose `when` is false is not taken; the run halts at the first failed step, or ends at the first outcome reached. Exactly one of steps and tree.
   *
   * @minItems 1
   */
  steps?: [Step, ...Step[]]
  /**
   * gert's decision-tree form: each node is a step followed by branches whose steps run when the branch condition holds. Read as the flat list of steps it stands for (`runbook convert` prints it). Exactly one of steps and tree.
   *
   * @minItems 1
   */
  tree?: [TreeNode, ...TreeNode[]]
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
   * Where the runbook was compiled from (the Go peer gert's field). `runbook compile` writes file and source_hash and no timestamp, so its output stays byte-identical; `runbook validate` warns when the source file no longer has this digest (the runbook is stale). compiled_at, compiled_by and model are read as gert writes them and otherwise unused.
   */
  source?: {
    /**
     * The source TSG, relative to the runbook's directory.
     */
    file: string
    /**
     * sha256 of the source's text as UTF-8 (a byte-order mark excluded), written `sha256:<hex>` (plain hex, as gert may write it, is read too).
     */
    source_hash?: string
    /**
     * gert: when it was compiled. Never written by runbook compile (output stays byte-identical).
     */
    compiled_at?: string
    /**
     * gert: what compiled it.
     */
    compiled_by?: string
    /**
     * gert: the LLM model that helped, if any.
     */
    model?: string
  }
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
  /**
   * gert's kind of runbook (informational).
   */
  kind?: 'mitigation' | 'reference' | 'composable' | 'rca'
  /**
   * gert's human-readable sections of the source TSG (informational; kept with the runbook).
   */
  prose?: {
    /**
     * Background.
     */
    background?: string
    /**
     * Safety notes.
     */
    safety?: string
    /**
     * Prerequisites.
     */
    prerequisites?: string
    /**
     * What to check after mitigating.
     */
    post_mitigation?: string
    /**
     * Other notes.
     */
    notes?: string
    /**
     * Links.
     */
    references?: {
      /**
       * Title.
       */
      title: string
      /**
       * URL.
       */
      url: string
    }[]
    /**
     * Owning team.
     */
    ownership?: {
      /**
       * Team.
       */
      team: string
      /**
       * Contact.
       */
      email?: string
    }
  }
  /**
   * gert's inputs: vars with a description and a default. `from: prompt` asks at a terminal (a required --var without one); any other source must be given as --var unless there is a default.
   */
  inputs?: {
    /**
     * One input.
     */
    [k: string]:
      | {
          /**
           * Where the value comes from: prompt, or an external source name (given with --var here).
           */
          from: string
          /**
           * What the input is.
           */
          description?: string
          /**
           * Value when none is given.
           */
          default?: string
          /**
           * An example value, shown when asking.
           */
          example?: string
          /**
           * gert's input pattern (informational).
           */
          pattern?: string
        }
      | undefined
  }
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
 * One step. A cli step runs a command; a manual step asks a person for evidence and approvals. Any step may carry a `when` condition and `outcomes`.
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
  /**
   * A condition (CEL): the step runs only when it holds; otherwise it is recorded as not_taken. Names: vars.NAME, captures.NAME, evidence.STEP.NAME, steps.ID.status and steps.ID.exit_code of earlier steps.
   */
  when?: string
  /**
   * How the run may end at this step: when the step passes, the first outcome whose `when` holds (or that has none) ends the run with its state and recommendation; later steps are not reached.
   */
  outcomes?: Outcome[]
  /**
   * gert's choice on a manual step: the person picks one option; its value is recorded as choice evidence named `variable`, usable in conditions.
   */
  choices?: {
    /**
     * Name the chosen value is recorded under.
     */
    variable: string
    /**
     * The question.
     */
    prompt?: string
    /**
     * The options (at least two).
     *
     * @minItems 2
     */
    options: [ChoiceOption, ChoiceOption, ...ChoiceOption[]]
  }
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
   * Names in env that may set a loader or interpreter hook (PATH, LD_*, DYLD_*, NODE_OPTIONS, BASH_ENV, GIT_*, PYTHONPATH, ...; see rule env-hook). Without this opt-in such a name is refused by validate and by the engine. argv[0] is still found on the run's own PATH.
   */
  allow_env_hooks?: string[]
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
   * text: a line of text; checklist: every item ticked; attachment: a file copied into the run; choice: exactly one of options.
   */
  kind: 'text' | 'checklist' | 'attachment' | 'choice'
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
  /**
   * The options of a choice (choice only; at least two).
   */
  options?: ChoiceOption[]
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
  /**
   * When true, whoever started the run may also approve it. Off by default: in GitHub an approval by the run's starter is refused.
   */
  allow_self?: boolean
}
/**
 * A way the run ends (gert's shape).
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "outcome".
 */
export interface Outcome {
  /**
   * A condition (CEL); absent means always.
   */
  when?: string
  /**
   * The end state of the run.
   */
  state: 'resolved' | 'mitigated' | 'escalated' | 'no_action' | 'needs_rca'
  /**
   * What to do next, shown when the run ends here.
   */
  recommendation?: string
}
/**
 * One node of a tree: a step and the branches that follow it.
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "treeNode".
 */
export interface TreeNode {
  step: Step
  /**
   * Conditional continuations after the step.
   */
  branches?: Branch[]
}
/**
 * A branch: its steps run when the condition holds (after the step it follows).
 *
 * This interface was referenced by `RunbookV0`'s JSON-Schema
 * via the `definition` "branch".
 */
export interface Branch {
  /**
   * A condition (CEL, or the expr-lang subset gert writes).
   */
  condition: string
  /**
   * Short name of the branch.
   */
  label?: string
  /**
   * The nodes of the branch.
   */
  steps?: TreeNode[]
}

/** A validated runbook in its flat form: a tree has been read as the steps it stands for. */
export type RunbookV0 = Omit<RunbookDocument, 'steps' | 'tree'> & { steps: [Step, ...Step[]] }
