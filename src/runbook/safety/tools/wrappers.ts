// Commands that run another command (sudo, env, timeout, flock, xargs, find -exec, ssh, ...) take
// the wrapped command's level; shells given plain words take their level too. Where the command
// cannot be read (a shell script, make, an editor), the level is unknown, or destructive when a
// command line visibly destroys. How each wrapper finds its command: safety/wrapped.ts.
import { commandRunnerReason } from '../../commands.js'
import { scriptCommands } from '../argv.js'
import type { Classification, ToolClassifier } from '../types.js'
import { classified, worst } from '../types.js'
import { unwrapOnce } from '../wrapped.js'

/** Classifies a wrapper by the command it wraps. */
export const classifyWrapper: ToolClassifier = (tool, args, classify) => {
  const u = unwrapOnce(tool, args)
  if ('opaque' in u)
    return u.bare === true ? bare(tool) : unreadable(tool, u.opaque, u.line, classify)
  const inner = u.inner[0]
  if (inner === undefined) {
    if (u.process === true)
      return classified(
        'mutating',
        tool,
        `${tool}.process`,
        `${tool} changes how a running process is scheduled or limited`
      )
    if (tool === 'env' || tool === 'time' || tool === 'prlimit')
      return classified('read-only', tool, `${tool}.print`, `${tool} without a command only prints`)
    return classified('unknown', tool, `${tool}.no-command`, `${tool} without a command to run`)
  }
  const c = worst(u.inner.map((argv) => classify(argv))) as Classification
  const where =
    tool === 'ssh' ? ` on ${args.find((a) => !a.startsWith('-')) ?? 'another host'}` : ''
  return classified(
    c.level,
    c.tool,
    c.rule,
    `${tool} runs '${inner.join(' ')}'${where}: ${c.reason}`
  )
}

function bare(tool: string): Classification {
  if (tool === 'ssh')
    return classified(
      'unknown',
      tool,
      'ssh.session',
      'ssh without a command opens a remote shell in which anything can run'
    )
  return classified('unknown', tool, `${tool}.shell`, `${tool} without a command opens a shell`)
}

/** A command line handed to a shell: destructive when it visibly destroys, else unknown. */
function unreadable(
  tool: string,
  reason: string,
  line: string | undefined,
  classify: (argv: readonly string[]) => Classification
): Classification {
  const inner = line === undefined ? undefined : worst(scriptCommands(line).map((c) => classify(c)))
  if (inner?.level === 'destructive')
    return classified(
      'destructive',
      inner.tool,
      inner.rule,
      `${tool} runs '${line ?? ''}': ${inner.reason}`
    )
  return classified('unknown', tool, 'command-runner', reason)
}

/** Shells and interpreters: the code they run is not on the command line in a readable form. */
export const classifyRunner: ToolClassifier = (tool, args, classify) => {
  const u = unwrapOnce(tool, args)
  if (!('opaque' in u) && u.inner[0] !== undefined) return classifyWrapper(tool, args, classify)
  return unreadable(
    tool,
    `${tool} runs code the classifier cannot see (${commandRunnerReason(tool) ?? 'a command runner'})`,
    'opaque' in u ? u.line : undefined,
    classify
  )
}
