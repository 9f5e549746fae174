// Small readers over an argument list: positional words, flags and flag values. They know nothing
// about a particular tool; each tool passes the flags that take a value.

/** The words after argv[0] that are not flags or flag values, up to `--`. */
export function positionals(args: readonly string[], valueFlags: ReadonlySet<string>): string[] {
  const out: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string
    if (a === '--') break
    if (a.startsWith('-') && a.length > 1) {
      if (!a.includes('=') && valueFlags.has(a)) i++
      continue
    }
    out.push(a)
  }
  return out
}

/** True when any of `names` is present, as `--name`, `--name=value` or inside a short cluster. */
export function hasFlag(args: readonly string[], ...names: string[]): boolean {
  return args.some((a) => {
    if (a === '--') return false
    return names.some((n) => {
      if (a === n || a.startsWith(`${n}=`)) return true
      // -it contains -i and -t; only single-letter short flags cluster.
      return /^-[A-Za-z]$/.test(n) && /^-[A-Za-z]{2,}$/.test(a) && a.includes(n.slice(1))
    })
  })
}

/** The value of the first of `names`: `--name=value`, `--name value` or `-Xvalue` (short). */
export function flagValue(args: readonly string[], ...names: string[]): string | undefined {
  const end = args.indexOf('--')
  const scan = end === -1 ? args : args.slice(0, end)
  for (let i = 0; i < scan.length; i++) {
    const a = scan[i] as string
    for (const n of names) {
      if (a === n) return scan[i + 1]
      if (a.startsWith(`${n}=`)) return a.slice(n.length + 1)
      if (/^-[A-Za-z]$/.test(n) && a.startsWith(n) && a.length > 2 && !a.startsWith('--'))
        return a.slice(2)
    }
  }
  return undefined
}

/** The words after the first `--`, or undefined when there is none. */
export function afterDoubleDash(args: readonly string[]): string[] | undefined {
  const i = args.indexOf('--')
  return i === -1 ? undefined : args.slice(i + 1)
}

/** The commands of a script passed as one argument, as words (a rough split: quotes removed). */
export function scriptCommands(script: string): string[][] {
  return script
    .replace(/^commands=/, '')
    .split(/&&|\|\||[;|\n]/)
    .map((c) =>
      c
        .replace(/["'[\]]/g, ' ')
        .split(/\s+/)
        .filter((w) => w !== '')
    )
    .filter((c) => c.length > 0)
}
