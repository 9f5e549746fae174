// The table of commands that run other commands: for each wrapper, how its arguments lead to the
// command it runs (read by safety/wrapped.ts). Flag lists are space-separated words.

export interface WrapperSpec {
  /** Flags that take the next word as their value. */
  valueFlags?: readonly string[]
  /** Words after the options and before the command (timeout DURATION, ssh HOST, flock FILE). */
  operands?: number
  /** Flags that make it act on an existing process instead of running a command (taskset -p). */
  pidFlags?: readonly string[]
  /** Flags whose value is a command line run by a shell (flock -c, runuser -c). */
  shellFlags?: readonly string[]
  /** Flags whose value is a command line split into words without a shell (env -S). */
  splitFlags?: readonly string[]
  /** NAME=VALUE words before the command set its environment (env, sudo). */
  assignments?: boolean
  /** Without a command it opens a shell (sudo, nsenter, unshare, chroot, ssh). */
  shellWhenBare?: boolean
  /** The command is joined into one shell command line (watch, ssh). */
  joined?: boolean
  /** The command is not found on this machine's PATH (another host, another root). */
  remote?: boolean
}

interface Row {
  values?: string
  operands?: number
  pid?: string
  shell?: string
  split?: string
  assignments?: boolean
  shellWhenBare?: boolean
  joined?: boolean
  remote?: boolean
}

const ROWS: Record<string, Row> = {
  sudo: {
    values:
      '-u --user -g --group -C --close-from -D --chdir -h --host -p --prompt -r --role -t --type -U --other-user -T --command-timeout',
    assignments: true,
    shellWhenBare: true
  },
  doas: { values: '-u -C', shellWhenBare: true },
  env: { values: '-u --unset -C --chdir', split: '-S --split-string', assignments: true },
  nice: { values: '-n --adjustment' },
  ionice: { values: '-c --class -n --classdata', pid: '-p --pid -P --pgid -u --uid' },
  nohup: {},
  setsid: {},
  time: { values: '-f --format -o --output' },
  timeout: { values: '-s --signal -k --kill-after', operands: 1 },
  stdbuf: { values: '-i -o -e' },
  chroot: { values: '--userspec --groups', operands: 1, shellWhenBare: true, remote: true },
  flock: { values: '-w --timeout -E --conflict-exit-code', shell: '-c --command', operands: 1 },
  taskset: { pid: '-p --pid', operands: 1 },
  prlimit: { values: '-o --output', pid: '-p --pid' },
  chrt: {
    values: '-T --sched-runtime -P --sched-period -D --sched-deadline',
    pid: '-p --pid',
    operands: 1
  },
  setpriv: {
    values:
      '--reuid --regid --groups --inh-caps --ambient-caps --bounding-set --securebits --pdeathsig --selinux-label --apparmor-profile --landlock-access --landlock-rule'
  },
  unshare: {
    values:
      '--map-user --map-group --map-users --map-groups -S --setuid -G --setgid --propagation -R --root -w --wd',
    shellWhenBare: true
  },
  nsenter: { values: '-t --target -S --setuid -G --setgid --env', shellWhenBare: true },
  runuser: {
    values: '-u --user -g --group -G --supp-group -s --shell -w --whitelist-environment',
    shell: '-c --command --session-command',
    shellWhenBare: true
  },
  'systemd-run': {
    values:
      '-p --property -u --unit -E --setenv --uid --gid -M --machine -H --host --description --slice --nice --working-directory --on-active --on-boot --on-calendar --timer-property --path-property --socket-property --service-type',
    shellWhenBare: true
  },
  xargs: {
    values:
      '-I -L -n -P -d -E -s -a --arg-file --delimiter --max-args --max-procs --max-lines --replace --eof --max-chars --process-slot-var'
  },
  watch: { values: '-n --interval -q --equexit', joined: true },
  valgrind: {},
  strace: {
    values: '-o --output -e -s --string-limit -u --user -E --env -O -S -P -a -b -X -I',
    pid: '-p --attach'
  },
  ltrace: {
    values:
      '-o --output -e -s -u -n --indent -a --align -A -D --debug -F --config -l --library -x -L',
    pid: '-p'
  },
  busybox: {},
  ssh: {
    values: '-i -p -l -o -F -J -L -R -D -W -b -c -E -m -S -B -e -I -O -Q -w',
    operands: 1,
    shellWhenBare: true,
    joined: true,
    remote: true
  }
}

const words = (s: string | undefined): string[] | undefined =>
  s === undefined ? undefined : s.split(' ').filter((x) => x !== '')

function spec(row: Row): WrapperSpec {
  const out: WrapperSpec = {}
  const put = <K extends keyof WrapperSpec>(k: K, v: WrapperSpec[K] | undefined): void => {
    if (v !== undefined) out[k] = v
  }
  put('valueFlags', words(row.values))
  put('operands', row.operands)
  put('pidFlags', words(row.pid))
  put('shellFlags', words(row.shell))
  put('splitFlags', words(row.split))
  put('assignments', row.assignments)
  put('shellWhenBare', row.shellWhenBare)
  put('joined', row.joined)
  put('remote', row.remote)
  return out
}

/** Wrappers by name. */
export const WRAPPERS: ReadonlyMap<string, WrapperSpec> = new Map(
  Object.entries(ROWS).map(([name, row]) => [name, spec(row)])
)

/** The dynamic loader run as a program: `ld-linux-x86-64.so.2 [--preload X] PROGRAM ARGS`. */
export const LOADER =
  /^(ld-linux[\w.-]*\.so(\.\d+)*|ld(64)?\.so(\.\d+)*|ld-musl-[\w.-]+\.so(\.\d+)*)$/
export const LOADER_SPEC = spec({
  values: '--library-path --preload --audit --argv0 --inhibit-rpath'
})

const EDITORS = 'vi vim nvim view vimdiff ex ed emacs nano pico joe mcedit'
const PAGERS = 'less more most pg man'

/** Programs that run commands the classifier cannot read from argv, and why. */
export const OPAQUE: ReadonlyMap<string, string> = new Map([
  ['make', 'make runs the recipes of a Makefile'],
  ['gmake', 'make runs the recipes of a Makefile'],
  ['gdb', 'gdb can run any command (shell, python, run)'],
  ['lldb', 'lldb can run any command (platform shell, script)'],
  ...EDITORS.split(' ').map(
    (n) => [n, `the editor ${n} can run shell commands (:!cmd, -c)`] as const
  ),
  ...PAGERS.split(' ').map(
    (n) => [n, `the pager ${n} can run shell commands (!cmd, +cmd, -P)`] as const
  ),
  ['su', 'su runs a shell, or the command line given to -c'],
  ['script', 'script runs a shell, or the command line given to -c'],
  ['parallel', 'parallel runs command lines built from its input']
])
