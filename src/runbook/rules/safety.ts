// Rules on what commands do: a destructive command is reported, because the engine will stop and
// ask for a two-step confirmation before it runs (unless the step already says confirm: true); an
// env var that changes which binary runs, or what it loads, is refused unless the step opts in.
import { envHooks } from '../env-hooks.js'
import { classifyCommand } from '../safety/index.js'
import type { Rule } from './rule.js'
import { eachStep } from './rule.js'

export const safetyRules: Rule[] = [
  {
    id: 'destructive-command',
    severity: 'warning',
    summary:
      'A step that runs a destructive command (docs/SAFETY.md) says confirm: true; otherwise it is reported, and the engine asks for confirmation anyway.',
    check: (ctx) =>
      eachStep(ctx, (step, i) => {
        const argv = step.with?.argv
        if (step.type !== 'cli' || argv === undefined || step.confirm === true) return undefined
        const c = classifyCommand(argv)
        if (c.level !== 'destructive') return undefined
        return ctx.source.diag(
          'destructive-command',
          'warning',
          `step '${step.id}' runs a destructive command (${c.rule}: ${c.reason}); it will pause for a two-step confirmation before it runs. Add confirm: true to say so explicitly`,
          ['steps', i, 'with', 'argv']
        )
      })
  },
  {
    id: 'env-hook',
    severity: 'error',
    summary:
      'with.env sets no loader or interpreter hook (PATH, LD_*, DYLD_*, NODE_OPTIONS, BASH_ENV, ENV, GIT_*, PYTHONPATH, PERL5OPT, RUBYOPT, ...) unless with.allow_env_hooks lists it.',
    check: (ctx) =>
      eachStep(ctx, (step, i) =>
        envHooks(step.with?.env, step.with?.allow_env_hooks).map(({ name, reason }) =>
          ctx.source.diag(
            'env-hook',
            'error',
            `step '${step.id}' sets ${name} in with.env: ${reason}, so an allowed command could run other code; remove it, or list it in with.allow_env_hooks to accept that`,
            ['steps', i, 'with', 'env', name]
          )
        )
      )
  }
]
