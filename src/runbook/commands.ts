// Static facts about commands, shared by the validator and the engine: how argv[0] is named, how
// the allow and deny lists match it, and which commands can run any other command.
import { posix } from 'node:path'

/** The command name of argv[0]: its basename (`/usr/bin/../bin/rm` and `./rm` are both `rm`). */
export function commandName(argv0: string): string {
  return posix.basename(argv0)
}

/**
 * Finds the list entry that matches argv[0]. An entry holding a slash is a path and matches the
 * normalised path of argv[0] (or any of `paths`, e.g. the resolved executable and its symlink
 * target); any other entry is a name and matches the basename of argv[0] or of any of `paths`.
 */
export function matchCommandList(
  list: readonly string[],
  argv0: string,
  paths: readonly string[] = []
): string | undefined {
  const candidates = [argv0, ...paths]
  const names = new Set(candidates.map(commandName))
  const normalized = new Set(candidates.map((c) => posix.normalize(c)))
  return list.find((entry) =>
    entry.includes('/') ? normalized.has(posix.normalize(entry)) : names.has(entry)
  )
}

/** Commands that run other commands: allowing one of them allows everything. name -> why. */
export const COMMAND_RUNNERS: ReadonlyMap<string, string> = new Map([
  ['sh', 'a shell runs any command'],
  ['bash', 'a shell runs any command'],
  ['zsh', 'a shell runs any command'],
  ['dash', 'a shell runs any command'],
  ['ksh', 'a shell runs any command'],
  ['fish', 'a shell runs any command'],
  ['csh', 'a shell runs any command'],
  ['tcsh', 'a shell runs any command'],
  ['busybox', 'busybox contains a shell'],
  ['pwsh', 'PowerShell runs any command'],
  ['powershell', 'PowerShell runs any command'],
  ['cmd', 'cmd runs any command'],
  ['node', 'an interpreter runs arbitrary code'],
  ['nodejs', 'an interpreter runs arbitrary code'],
  ['deno', 'an interpreter runs arbitrary code'],
  ['bun', 'an interpreter runs arbitrary code'],
  ['perl', 'an interpreter runs arbitrary code'],
  ['ruby', 'an interpreter runs arbitrary code'],
  ['php', 'an interpreter runs arbitrary code'],
  ['lua', 'an interpreter runs arbitrary code'],
  ['tclsh', 'an interpreter runs arbitrary code'],
  ['expect', 'an interpreter runs arbitrary code'],
  ['awk', "awk's system() runs any command"],
  ['gawk', "awk's system() runs any command"],
  ['mawk', "awk's system() runs any command"],
  ['env', 'env runs the command given as its argument'],
  ['xargs', 'xargs runs the command given as its argument'],
  ['sudo', 'sudo runs any command, as another user'],
  ['doas', 'doas runs any command, as another user'],
  ['su', 'su runs any command, as another user'],
  ['nohup', 'nohup runs the command given as its argument'],
  ['timeout', 'timeout runs the command given as its argument'],
  ['nice', 'nice runs the command given as its argument'],
  ['ionice', 'ionice runs the command given as its argument'],
  ['setsid', 'setsid runs the command given as its argument'],
  ['stdbuf', 'stdbuf runs the command given as its argument'],
  ['chroot', 'chroot runs the command given as its argument'],
  ['watch', 'watch runs the command given as its argument'],
  ['strace', 'strace runs the command given as its argument'],
  ['time', 'time runs the command given as its argument'],
  ['script', 'script runs a shell'],
  ['parallel', 'parallel runs the commands given as its arguments'],
  ['find', 'find -exec runs any command'],
  ['ssh', 'ssh runs any command on another host']
])

/** Why allowing this command lets every command through, or undefined. */
export function commandRunnerReason(name: string): string | undefined {
  const base = commandName(name)
  if (/^python[0-9.]*$/.test(base) || /^pypy[0-9.]*$/.test(base))
    return 'an interpreter runs arbitrary code'
  return COMMAND_RUNNERS.get(base)
}
