// Shell prompts in code blocks: `$ `, `$> `, `% `, `PS> `, `user@host:~/> `, `[user@host dir]$ `,
// `mon-a# `, `/data # `. A bare `# ` is read as a comment, never as a root prompt: nothing is
// invented from a comment line.

export interface PromptMatch {
  prompt: string
  rest: string
}

const PATTERNS: RegExp[] = [
  /^(\s*(?:\([\w.-]+\)\s*)?(?:\$>?|%|PS>|PS [A-Za-z]:[^>]*>|[\w.-]+-[\d.]+\$))\s(.*)$/,
  /^(\s*[\w.-]+@[\w.-]+(?::[^\s$#>%]*)?\s?[$#>%])\s(.*)$/,
  /^(\s*\[[^\]\n]+\][$#])\s(.*)$/,
  /^(\s*(?:[\w.-]+|\/[\w/.-]*)\s?#)\s(.*)$/
]

/** The prompt and the command after it, when the line starts with a prompt. */
export function matchPrompt(line: string): PromptMatch | undefined {
  for (const p of PATTERNS) {
    const m = p.exec(line)
    if (m !== null && (m[2] ?? '').trim() !== '')
      return { prompt: (m[1] as string).trim(), rest: m[2] as string }
  }
  return undefined
}
