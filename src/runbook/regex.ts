// Regular expressions are written RE2-style (as in the Go peers); this translates the common RE2
// spellings to JavaScript and refuses the ones JavaScript would read differently.

export type RegexCompile = { ok: true; regex: RegExp } | { ok: false; error: string }

const LEADING_FLAGS = /^\(\?([imsU]+)\)/

/** `text` as a pattern that matches exactly it (RE2's QuoteMeta; valid with or without the u flag). */
export function quoteRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Compiles an RE2-style pattern; `flags` are added (e.g. 'g'). */
export function compileRegex(pattern: string, flags = ''): RegexCompile {
  let body = pattern
  let jsFlags = flags
  const lead = LEADING_FLAGS.exec(body)
  if (lead !== null) {
    const given = lead[1] as string
    if (given.includes('U'))
      return { ok: false, error: `flag (?U) (ungreedy) is not supported in '${pattern}'` }
    for (const f of given) if (!jsFlags.includes(f)) jsFlags += f
    body = body.slice(lead[0].length)
  }
  if (/\(\?[imsU-]+[:)]/.test(body)) {
    return {
      ok: false,
      error: `inline flags are only supported at the start of the pattern, as in '(?i)...': '${pattern}'`
    }
  }
  if (body.includes('\\Q'))
    return { ok: false, error: `\\Q...\\E quoting is not supported in '${pattern}'` }
  if (/\[\[:[a-z]+:\]\]/.test(body)) {
    return {
      ok: false,
      error: `POSIX classes like [[:alpha:]] are not supported in '${pattern}'; use [A-Za-z] and similar`
    }
  }
  // \A and \z are absolute text boundaries in RE2, whatever the (?m) flag says.
  body = body
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '(?<![\\s\\S])')
    .replace(/\\z/g, '(?![\\s\\S])')
  if (/\\[pP]/.test(body) && !jsFlags.includes('u')) jsFlags += 'u'
  try {
    return { ok: true, regex: new RegExp(body, jsFlags) }
  } catch (err) {
    const reason =
      err instanceof Error
        ? err.message.replace(/^Invalid regular expression: (\/.*\/[a-z]*: )?/, '')
        : String(err)
    return { ok: false, error: `invalid regular expression '${pattern}': ${reason}` }
  }
}
