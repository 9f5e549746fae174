// Environment variables that change which binary a command name runs, or make the binary load or
// run other code: the dynamic loader's, interpreters' and git's hooks. A step that sets one through
// with.env could turn an allowed command into any other, so validate refuses it (rule `env-hook`)
// and the engine refuses the step, unless the step lists the name in with.allow_env_hooks.
// Shared by the validator and the engine; pure.

const EXACT: ReadonlyMap<string, string> = new Map([
  ['PATH', 'it changes which file a command name runs'],
  ['NODE_OPTIONS', 'Node.js loads the modules it names (--require, --import)'],
  ['NODE_PATH', 'Node.js looks modules up in it'],
  ['BASH_ENV', 'bash runs the file it names before any script'],
  ['ENV', 'sh runs the file it names at startup'],
  ['SHELLOPTS', 'it turns on bash options (xtrace runs PS4) in every bash started'],
  ['BASHOPTS', 'it turns on bash options in every bash started'],
  ['PS4', 'bash expands it, command substitutions included, when tracing'],
  ['PROMPT_COMMAND', 'bash runs it'],
  ['ZDOTDIR', 'zsh runs the startup files in it'],
  ['PYTHONPATH', 'Python imports modules from it first'],
  ['PYTHONSTARTUP', 'Python runs the file it names'],
  ['PYTHONHOME', 'Python loads its standard library from it'],
  ['PYTHONBREAKPOINT', 'Python calls the function it names'],
  ['PYTHONINSPECT', 'Python enters an interactive session'],
  ['PERL5OPT', 'Perl adds its options (-M loads a module) to every run'],
  ['PERL5LIB', 'Perl loads modules from it first'],
  ['PERLLIB', 'Perl loads modules from it first'],
  ['PERL5DB', 'Perl runs it as the debugger'],
  ['RUBYOPT', 'Ruby adds its options (-r loads a library) to every run'],
  ['RUBYLIB', 'Ruby loads libraries from it first'],
  ['JAVA_TOOL_OPTIONS', 'the JVM adds its options (-javaagent loads code) to every run'],
  ['_JAVA_OPTIONS', 'the JVM adds its options to every run'],
  ['JDK_JAVA_OPTIONS', 'the java launcher adds its options to every run'],
  ['CLASSPATH', 'the JVM loads classes from it'],
  ['LUA_INIT', 'Lua runs it at startup'],
  ['LUA_PATH', 'Lua loads modules from it'],
  ['LUA_CPATH', 'Lua loads native modules from it'],
  ['PHPRC', 'PHP reads its configuration (auto_prepend_file) from it'],
  ['PHP_INI_SCAN_DIR', 'PHP reads configuration from it'],
  ['TCLLIBPATH', 'Tcl loads packages from it'],
  ['GCONV_PATH', 'glibc loads character-set modules from it'],
  ['DOTNET_STARTUP_HOOKS', '.NET loads the assemblies it names'],
  ['PAGER', 'programs run it as a command'],
  ['MANPAGER', 'man runs it as a command'],
  ['SYSTEMD_PAGER', 'systemd tools run it as a command'],
  ['EDITOR', 'programs run it as a command'],
  ['VISUAL', 'programs run it as a command'],
  ['LESSOPEN', 'less runs it as a command'],
  ['LESSCLOSE', 'less runs it as a command'],
  ['SSH_ASKPASS', 'ssh runs it as a command'],
  ['SUDO_ASKPASS', 'sudo runs it as a command']
])

/** Prefixes of families of hooks, with the few harmless names of each family. */
const PREFIXES: readonly { prefix: string; reason: string; harmless?: ReadonlySet<string> }[] = [
  { prefix: 'LD_', reason: 'the dynamic loader reads it (preloads, library and audit paths)' },
  { prefix: 'DYLD_', reason: 'the macOS dynamic loader reads it (inserted libraries, paths)' },
  {
    prefix: 'GIT_',
    reason: 'git reads configuration, helpers or commands to run from it',
    harmless: new Set([
      'GIT_AUTHOR_NAME',
      'GIT_AUTHOR_EMAIL',
      'GIT_AUTHOR_DATE',
      'GIT_COMMITTER_NAME',
      'GIT_COMMITTER_EMAIL',
      'GIT_COMMITTER_DATE',
      'GIT_TERMINAL_PROMPT'
    ])
  },
  { prefix: 'BASH_FUNC_', reason: 'bash imports it as a function definition' }
]

/** Why setting `name` for a command can change what runs, or undefined when it cannot. */
export function envHookReason(name: string): string | undefined {
  const exact = EXACT.get(name)
  if (exact !== undefined) return exact
  const family = PREFIXES.find((p) => name.startsWith(p.prefix))
  if (family === undefined || family.harmless?.has(name) === true) return undefined
  return family.reason
}

/** The names of `env` that are hooks and not opted in by `allowed`, each with its reason. */
export function envHooks(
  env: Readonly<Record<string, unknown>> | undefined,
  allowed: readonly string[] = []
): { name: string; reason: string }[] {
  return Object.keys(env ?? {}).flatMap((name) => {
    const reason = envHookReason(name)
    return reason === undefined || allowed.includes(name) ? [] : [{ name, reason }]
  })
}
