// Rules on governance: command lists that agree with each other and with every step, no command
// runner on the allowlist, and redaction patterns that compile.
import type { Diagnostic } from '../diagnostic.js'
import { commandRunnerReason, matchCommandList } from '../commands.js'
import { regexProblem } from '../regex.js'
import { wrapperReason } from '../safety/wrapped.js'
import type { Rule } from './rule.js'
import { eachStep } from './rule.js'

export const governanceRules: Rule[] = [
  {
    id: 'governance-overlap',
    severity: 'error',
    summary: 'allowed_commands and denied_commands share no entry.',
    check: (ctx) => {
      const g = ctx.runbook.meta.governance
      const denied = g?.denied_commands ?? []
      return (g?.allowed_commands ?? []).flatMap((entry, i) =>
        matchCommandList(denied, entry) === undefined
          ? []
          : [
              ctx.source.diag(
                'governance-overlap',
                'error',
                `'${entry}' is both allowed and denied; remove it from one of the lists`,
                ['meta', 'governance', 'allowed_commands', i]
              )
            ]
      )
    }
  },
  {
    id: 'command-denied',
    severity: 'error',
    summary: 'No step runs a command on denied_commands.',
    check: (ctx) => {
      const denied = ctx.runbook.meta.governance?.denied_commands ?? []
      return eachStep(ctx, (step, i) => {
        const argv0 = step.with?.argv?.[0]
        const hit = argv0 === undefined ? undefined : matchCommandList(denied, argv0)
        return hit === undefined
          ? undefined
          : ctx.source.diag(
              'command-denied',
              'error',
              `command '${argv0}' is denied by governance (denied_commands entry '${hit}')`,
              ['steps', i, 'with', 'argv', 0]
            )
      })
    }
  },
  {
    id: 'command-not-allowed',
    severity: 'error',
    summary: 'When allowed_commands is non-empty, every step command is on it.',
    check: (ctx) => {
      const allowed = ctx.runbook.meta.governance?.allowed_commands ?? []
      if (allowed.length === 0) return []
      return eachStep(ctx, (step, i) => {
        const argv0 = step.with?.argv?.[0]
        if (argv0 === undefined || matchCommandList(allowed, argv0) !== undefined) return undefined
        return ctx.source.diag(
          'command-not-allowed',
          'error',
          `command '${argv0}' is not in allowed_commands (${allowed.join(', ')}); add it there or change the step`,
          ['steps', i, 'with', 'argv', 0]
        )
      })
    }
  },
  {
    id: 'allowlist-command-runner',
    severity: 'warning',
    summary:
      'The allowlist holds no shell, interpreter, command runner or wrapper (sh, bash, python*, node, env, xargs, sudo, timeout, flock, make, less, ...).',
    check: (ctx) =>
      (ctx.runbook.meta.governance?.allowed_commands ?? []).flatMap((entry, i): Diagnostic[] => {
        const reason = commandRunnerReason(entry) ?? wrapperReason(entry)
        return reason === undefined
          ? []
          : [
              ctx.source.diag(
                'allowlist-command-runner',
                'warning',
                `allowing '${entry}' lets every command through (${reason}); the allowlist then restricts nothing`,
                ['meta', 'governance', 'allowed_commands', i]
              )
            ]
      })
  },
  {
    id: 'redact-pattern-invalid',
    severity: 'error',
    summary: 'Every redaction pattern compiles.',
    check: (ctx) =>
      (ctx.runbook.meta.governance?.redact ?? []).flatMap((rule, i): Diagnostic[] => {
        const problem = regexProblem(rule.pattern)
        return problem === undefined
          ? []
          : [
              ctx.source.diag('redact-pattern-invalid', 'error', problem, [
                'meta',
                'governance',
                'redact',
                i,
                'pattern'
              ])
            ]
      })
  }
]
