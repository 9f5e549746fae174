// Commands that would never finish as an automated step: they open an editor or a session, follow
// output, or forward a port. Session openers matter twice: the commands after them (until `exit`)
// run inside the session, not on the machine running the runbook.
import { commandName, commandRunnerReason } from '../../runbook/index.js'
import { passwordPrompt, redisStream } from './client-prompts.js'

const FOLLOW = new Set(['-f', '--follow', '-w', '--watch', '-F'])
const EDITORS = new Set([
  'vi',
  'vim',
  'nvim',
  'nano',
  'emacs',
  'ed',
  'less',
  'more',
  'htop',
  'atop',
  'iotop',
  'iftop',
  'nload',
  'tmux',
  'screen',
  'mc',
  'watch'
])
const SHELLS = new Set([
  'sh',
  'bash',
  'zsh',
  'ash',
  'dash',
  'ksh',
  'fish',
  'csh',
  'tcsh',
  'busybox',
  '/bin/sh',
  '/bin/bash'
])

// Short options of kubectl/oc that take a value: `-owide`, `-nkube-system`, `-lapp=x` are one option
// with its value, not a cluster of one-letter flags (`-owide` holds no `-w`).
const KUBE_VALUE_LETTERS = 'onlcLs'

/** True when `argv` has one of `flags`, also inside a cluster of short flags (`-it`). */
function hasIn(argv: readonly string[], valueLetters: string, flags: readonly string[]): boolean {
  return argv.some((a) => {
    if (flags.includes(a)) return true
    if (!/^-[a-zA-Z]{2,}$/.test(a)) return false
    const letters: string[] = []
    for (const l of a.slice(1)) {
      letters.push(l)
      if (valueLetters.includes(l)) break
    }
    return flags.some((f) => /^-[a-zA-Z]$/.test(f) && letters.includes(f.slice(1)))
  })
}

const has = (argv: readonly string[], ...flags: string[]): boolean => {
  const tool = commandName(argv[0] ?? '')
  return hasIn(
    argv,
    tool === 'kubectl' || tool === 'oc' || tool === 'k' ? KUBE_VALUE_LETTERS : '',
    flags
  )
}

/** Why `argv` is interactive or long-running, or undefined. */
export function interactiveReason(argv: readonly string[]): string | undefined {
  const tool = commandName(argv[0] ?? '')
  const sub = argv.slice(1).filter((a) => !a.startsWith('-'))
  if (EDITORS.has(tool)) return `${tool} is interactive`
  if (tool === 'top' && !has(argv, '-b')) return 'top is interactive without -b'
  if (
    (tool === 'tail' || tool === 'journalctl' || tool === 'dmesg') &&
    has(argv, '-f', '--follow', '-F', '-w')
  )
    return `${tool} follows output until stopped`
  if (tool === 'ping' && !has(argv, '-c')) return 'ping runs until stopped without -c'
  if (sessionOpener(argv) !== undefined) return sessionOpener(argv)
  if (tool === 'kubectl' || tool === 'oc' || tool === 'k') {
    if (argv.includes('edit')) return `${tool} edit opens an editor`
    if (
      argv.includes('port-forward') ||
      argv.includes('proxy') ||
      argv.includes('attach') ||
      argv.includes('observe')
    )
      return `${tool} ${argv.find((a) => /^(port-forward|proxy|attach|observe)$/.test(a)) ?? ''} runs until stopped`
    if (
      has(argv, ...FOLLOW) &&
      (argv.includes('logs') ||
        argv.includes('get') ||
        argv.includes('rollout') ||
        argv.includes('events'))
    )
      return `${tool} follows output until stopped (-f/-w)`
  }
  if (
    (tool === 'docker' || tool === 'podman' || tool === 'crictl') &&
    argv.includes('logs') &&
    has(argv, '-f', '--follow')
  )
    return `${tool} logs -f follows output until stopped`
  if (tool === 'etcdctl' && sub[0] === 'watch') return 'etcdctl watch runs until stopped'
  if (tool === 'terraform' && sub[0] === 'apply' && !has(argv, '-auto-approve'))
    return 'terraform apply asks for confirmation on the terminal'
  if (
    (tool === 'psql' || tool === 'mysql' || tool === 'sqlite3') &&
    !has(argv, '-c', '--command', '-e', '--execute', '-f') &&
    sub.length < 2
  )
    return `${tool} without a statement opens an interactive session`
  const prompt = passwordPrompt(tool, argv)
  if (prompt !== undefined)
    return `${tool} ${prompt} asks for the password on the terminal: without one (a CI job) the step would hang or fail`
  if (tool === 'virtctl' && /^(console|vnc|ssh)$/.test(sub[0] ?? ''))
    return `virtctl ${sub[0] ?? ''} is interactive`
  if (tool === 'redis-cli' || tool === 'valkey-cli') return redisStream(tool, argv.slice(1))
  const dd = argv.indexOf('--')
  if ((tool === 'kubectl' || tool === 'oc' || tool === 'k') && argv.includes('exec') && dd !== -1) {
    const inner = interactiveReason(argv.slice(dd + 1))
    if (inner !== undefined) return `${inner} (in the container)`
  }
  return undefined
}

/** Why `argv` opens an interactive shell in which the following commands run, or undefined. */
export function sessionOpener(argv: readonly string[]): string | undefined {
  const tool = commandName(argv[0] ?? '')
  const dd = argv.indexOf('--')
  const inner = dd === -1 ? [] : argv.slice(dd + 1)
  const innerIsShell = inner.length === 0 || (inner.length === 1 && SHELLS.has(inner[0] as string))
  const tty = has(argv, '-i', '-t', '--stdin', '--tty', '-it')
  if (
    (tool === 'kubectl' || tool === 'oc' || tool === 'k') &&
    (argv.includes('exec') || argv.includes('run') || argv.includes('debug'))
  ) {
    const verb = argv.find((a) => a === 'exec' || a === 'run' || a === 'debug') ?? ''
    if (verb === 'debug' && inner.length === 0)
      return `${tool} debug opens a shell on the node or pod`
    if (tty && innerIsShell) return `${tool} ${verb} -it opens a shell in the container`
  }
  if (tool === 'oc' && argv.includes('rsh')) {
    const words = argv.slice(argv.indexOf('rsh') + 1).filter((a) => !a.startsWith('-'))
    const valueFlags = argv
      .slice(argv.indexOf('rsh') + 1)
      .filter(
        (a, i, all) => i > 0 && /^(-c|-n|--container|--namespace)$/.test(all[i - 1] ?? '')
      ).length
    if (words.length - valueFlags <= 1) return 'oc rsh opens a shell in the pod'
  }
  if (
    (tool === 'docker' || tool === 'podman' || tool === 'nerdctl' || tool === 'crictl') &&
    (argv.includes('exec') || argv.includes('run')) &&
    tty
  ) {
    const last = argv[argv.length - 1] ?? ''
    if (SHELLS.has(last))
      return `${tool} ${argv.includes('run') ? 'run' : 'exec'} -it opens a shell in the container`
  }
  if (tool === 'ssh' && argv.slice(1).filter((a) => !a.startsWith('-')).length <= 1)
    return 'ssh opens a shell on another host'
  const cloudSsh = cloudSession(tool, argv)
  if (cloudSsh !== undefined) return cloudSsh
  if ((tool === 'sudo' && sudoShell(argv)) || (tool === 'su' && !has(argv, '-c', '--command')))
    return `${tool} opens a root shell`
  if (
    (SHELLS.has(tool) || commandRunnerReason(tool) === 'a shell runs any command') &&
    argv.length === 1
  )
    return `${tool} opens a new shell`
  if (tool === 'chroot' && argv.length === 2) return 'chroot opens a shell in another root'
  return undefined
}

const SUDO_VALUE_FLAGS =
  /^-[ugCDhpRrTtU]$|^--(user|group|close-from|chdir|host|prompt|chroot|role|type|command-timeout|other-user)$/

/** `sudo -i`, `sudo -u postgres -s`: a shell, when sudo's own options (before the command) ask for
 * one and no command follows; `sudo truncate -s 0 f` runs truncate, whose `-s` is not sudo's. */
function sudoShell(argv: readonly string[]): boolean {
  let shell = false
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--') return shell && i === argv.length - 1
    if (!a.startsWith('-')) return false
    if (a === '--login' || a === '--shell' || /^-[a-zA-Z]*[is]/.test(a)) shell = true
    if (SUDO_VALUE_FLAGS.test(a) || /^-[a-zA-Z]*[ugCDhpRrTtU]$/.test(a)) i++
  }
  return shell
}

/** `gcloud compute ssh vm`, `az ssh vm -n vm`, `aws ssm start-session`: a shell on a VM. */
function cloudSession(tool: string, argv: readonly string[]): string | undefined {
  const words = argv.slice(1).filter((a) => !a.startsWith('-'))
  const remote = argv.includes('--') || argv.some((a) => /^--command(=|$)/.test(a))
  if (tool === 'gcloud' && words.includes('ssh') && !remote)
    return 'gcloud ssh opens a shell on the VM'
  if (tool === 'az' && words[0] === 'ssh' && !remote) return 'az ssh opens a shell on the VM'
  if (tool === 'aws' && words[0] === 'ssm' && words[1] === 'start-session')
    return 'aws ssm start-session opens a shell on the instance'
  return undefined
}
