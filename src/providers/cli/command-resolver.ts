// Finding the file a command name stands for, the way execvp(3) would, so that governance checks
// the very file that will run (ProcessSpec.executable is set from `path`).
//
// Two deliberate differences from execvp:
// - Only regular files the current user may execute are found, whether argv[0] holds a slash or
//   not (execvp would try a non-executable file and fail with EACCES); anything else is "not found".
// - An empty PATH entry (a leading, trailing or doubled ':') means the working directory to
//   execvp; here it is skipped, so a governed command never runs from the working directory by
//   accident. Write `./tool` for that. An empty PATH finds nothing.
import { constants } from 'node:fs'
import { access, realpath, stat } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import type { CommandResolver, ResolvedCommand } from '../../engine/ports.js'

export class NodeCommandResolver implements CommandResolver {
  /** Resolves argv[0] against `cwd` and the child's PATH; `{}` when nothing executable is found. */
  async resolve(argv0: string, cwd: string, pathEnv: string): Promise<ResolvedCommand> {
    if (argv0 === '') return {}
    if (argv0.includes('/')) return found(resolve(cwd, argv0))
    for (const dir of pathEnv.split(':')) {
      if (dir === '') continue
      const r = await found(resolve(cwd, dir, argv0))
      if (r.path !== undefined) return r
    }
    return {}
  }
}

/** `path` (lexically normalised, absolute) and its real path, when it is an executable file. */
async function found(path: string): Promise<ResolvedCommand> {
  if (!isAbsolute(path) || !(await isExecutableFile(path))) return {}
  try {
    return { path, realPath: await realpath(path) }
  } catch {
    return {}
  }
}

async function isExecutableFile(path: string): Promise<boolean> {
  try {
    if (!(await stat(path)).isFile()) return false
    await access(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}
