// Glob matching for variable names (deny_env_vars), with the semantics of Go's path.Match on names:
// `*` matches any run of characters, `?` one character, `[...]` a class. Case-sensitive.

/** Compiles a glob into an anchored RegExp. */
export function globToRegExp(glob: string): RegExp {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string
    if (c === '*') out += '.*'
    else if (c === '?') out += '.'
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1)
      if (end === -1) out += '\\['
      else {
        const body = glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')
        out += `[${body}]`
        i = end
      }
    } else out += c.replace(/[.+^${}()|\\\]]/g, '\\$&')
  }
  return new RegExp(`^${out}$`)
}

/** True when `name` matches any of the globs. */
export function matchesAnyGlob(name: string, globs: readonly string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(name))
}
