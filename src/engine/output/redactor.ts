// Redaction of everything a run stores, prints or reports: the runbook's governance.redact rules
// plus literal secrets (values of deny_env_vars variables).
//
// What is guaranteed (docs/REDACTION.md says the same for runbook authors):
// - Redaction is line by line: a line ends at "\n" (a "\r" just before it, or before the end of
//   the text, is not part of the line). Patterns never see a line break, so never match across one.
// - Each line goes through: literal secrets -> each rule in order (Go ReplaceAllString semantics,
//   default replacement "<redacted>") -> literal secrets again when a rule changed the line, so a
//   replacement template cannot put a secret back.
// - `stream()` gives the same output as `redactText()` for every way of chunking the input.
// - Memory is bounded: a line longer than `lineCap` characters (default 1 MiB) is redacted in
//   segments of at most `lineCap`, as if each segment were a line. The cut between two segments
//   keeps the last `overlap` characters (default 4 KiB) for the next segment and moves back so it
//   splits no occurrence of a literal secret and no rule match that crosses it (see line-cut.ts).
//   So in an overlong line, a secret or match up to `overlap` characters long is redacted whole;
//   a single match longer than that (say `token=\S+` over 3 MiB of non-space) may be cut, and the
//   part after the cut is then seen without its context.
import { isAscii } from 'node:buffer'
import type { Pattern, RedactRule } from '../../runbook/index.js'
import { compileRegex } from '../../runbook/index.js'
import type { ReplacementPart } from './go-replace.js'
import { parseReplacement, replaceAllGo } from './go-replace.js'
import { chooseCut } from './line-cut.js'
import type { BlockScanner } from './line-scan.js'
import { blockScanner, candidateLines } from './line-scan.js'
import { REDACTED, secretPieces, secretRegex } from './secrets.js'

export interface RedactorOptions {
  /** Longest line kept whole, in UTF-16 code units (default 1 MiB). */
  lineCap?: number
  /** Characters carried over at a cut in an overlong line (default 4 KiB); at most lineCap / 4. */
  overlap?: number
}

export const DEFAULT_LINE_CAP = 1024 * 1024
export const DEFAULT_OVERLAP = 4096

interface CompiledRule {
  regex: Pattern
  parts: ReplacementPart[]
}

export type RedactorCompile = { ok: true; redactor: Redactor } | { ok: false; errors: string[] }

/** Builds a redactor from governance.redact rules and the literal secret values. */
export function compileRedactor(
  rules: readonly RedactRule[],
  secrets: readonly string[],
  options: RedactorOptions = {}
): RedactorCompile {
  const compiled: CompiledRule[] = []
  const errors: string[] = []
  rules.forEach((rule, i) => {
    const c = compileRegex(rule.pattern)
    if (c.ok) compiled.push({ regex: c.regex, parts: parseReplacement(rule.replace ?? REDACTED) })
    else errors.push(`redact[${i}]: ${c.error}`)
  })
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, redactor: new Redactor(compiled, secretPieces(secrets), options) }
}

/** Streaming redaction: push text, get redacted text back; `end()` flushes the last line. */
export interface RedactionStream {
  push(chunk: string): string
  end(): string
}

export class Redactor {
  readonly lineCap: number
  readonly overlap: number
  private readonly secrets: RegExp | undefined
  private readonly ruleRegexes: Pattern[]
  /** One block scanner per rule (see line-scan.ts). */
  private readonly scanners: BlockScanner[]
  /** mayChange(): the bytes of the secrets and of the rules' single required literals... */
  private readonly byteLiterals: Buffer[]
  /** ...and the scanners of the other rules, run on the decoded block. */
  private readonly textScanners: BlockScanner[]

  constructor(
    private readonly rules: readonly CompiledRule[],
    secretValues: readonly string[],
    options: RedactorOptions = {}
  ) {
    this.lineCap = options.lineCap ?? DEFAULT_LINE_CAP
    this.overlap = options.overlap ?? DEFAULT_OVERLAP
    if (!(this.overlap >= 1 && this.overlap * 4 <= this.lineCap))
      throw new RangeError(`overlap ${this.overlap} must be at least 1 and at most lineCap / 4`)
    this.secrets = secretRegex(secretValues)
    this.ruleRegexes = rules.map((r) => r.regex)
    this.scanners = rules.map((r) => blockScanner(r.regex))
    this.byteLiterals = secretValues.map((v) => Buffer.from(v, 'utf8'))
    this.textScanners = []
    for (const scanner of this.scanners) {
      if ('literal' in scanner) this.byteLiterals.push(Buffer.from(scanner.literal, 'utf8'))
      else this.textScanners.push(scanner)
    }
  }

  /** True when there is nothing to redact: output passes through unchanged. */
  get isEmpty(): boolean {
    return this.rules.length === 0 && this.secrets === undefined
  }

  /**
   * For a block of whole lines (each ending in "\n") of valid UTF-8, each shorter than lineCap:
   * false when redaction certainly leaves it unchanged. Searches the bytes for each secret and each
   * rule's single required literal; only the other rules are scanned as text (decoded once, as
   * Latin-1 when the block is ASCII). Lets the collector skip decoding and re-encoding what cannot
   * change.
   */
  mayChange(block: Buffer): boolean {
    if (this.isEmpty) return false
    for (const literal of this.byteLiterals) if (block.indexOf(literal) !== -1) return true
    if (this.textScanners.length === 0) return false
    const text = isAscii(block) ? block.toString('latin1') : block.toString('utf8')
    return candidateLines(text, this.textScanners).length > 0
  }

  /** Redacts a whole text at once (argv, captures, evidence, a whole output). */
  redactText(text: string): string {
    const s = this.stream()
    return s.push(text) + s.end()
  }

  /** Starts a streaming redaction; its output equals redactText's for any chunking. */
  stream(): RedactionStream {
    if (this.isEmpty) return { push: (chunk) => chunk, end: () => '' }
    let pending = ''
    return {
      push: (chunk) => {
        const r = this.redactAvailable(pending + chunk)
        pending = r.pending
        return r.out
      },
      end: () => {
        const last = pending
        pending = ''
        return last === '' ? '' : this.redactLine(last)
      }
    }
  }

  /**
   * Redacts the complete lines of `text` and cuts segments off the incomplete last line while it
   * is at least lineCap long; returns the rest, which is shorter than lineCap.
   */
  private redactAvailable(text: string): { out: string; pending: string } {
    const nl = text.lastIndexOf('\n')
    let out = nl === -1 ? '' : this.redactLines(text.slice(0, nl + 1))
    let rest = nl === -1 ? text : text.slice(nl + 1)
    while (rest.length >= this.lineCap) {
      const cut = this.segmentEnd(rest)
      out += this.redactPiece(rest.slice(0, cut))
      rest = rest.slice(cut)
    }
    return { out, pending: rest }
  }

  /** Redacts text made of complete lines, each ending in "\n". */
  private redactLines(block: string): string {
    if (block.length < this.lineCap) return this.redactShortLines(block)
    let out = ''
    for (let start = 0; start < block.length;) {
      const nl = block.indexOf('\n', start)
      let line = block.slice(start, nl)
      while (line.length >= this.lineCap) {
        const cut = this.segmentEnd(line)
        out += this.redactPiece(line.slice(0, cut))
        line = line.slice(cut)
      }
      out += this.redactLine(line) + '\n'
      start = nl + 1
    }
    return out
  }

  /**
   * Lines all shorter than lineCap. Literal secrets never hold a line break, so one pass over the
   * block finds exactly what a pass per line would.
   */
  private redactShortLines(block: string): string {
    const text = this.secrets === undefined ? block : block.replace(this.secrets, REDACTED)
    if (this.rules.length === 0) return text
    const starts = candidateLines(text, this.scanners)
    if (starts.length === 0) return text
    let out = ''
    let copied = 0
    for (const start of starts) {
      const end = text.indexOf('\n', start)
      out += text.slice(copied, start) + this.applyRulesToLine(text.slice(start, end))
      copied = end
    }
    return out + text.slice(copied)
  }

  /** One line without its "\n": a trailing "\r" belongs to the line break, not to the line. */
  private redactLine(line: string): string {
    const cr = line.endsWith('\r')
    const body = this.redactPiece(cr ? line.slice(0, -1) : line)
    return cr ? body + '\r' : body
  }

  /** Secrets, then the rules, on text holding no line break. */
  private redactPiece(piece: string): string {
    const text = this.secrets === undefined ? piece : piece.replace(this.secrets, REDACTED)
    return this.applyRules(text)
  }

  /** The rules on a line whose secrets are already replaced; keeps a trailing "\r" out of reach. */
  private applyRulesToLine(line: string): string {
    if (!line.endsWith('\r')) return this.applyRules(line)
    return this.applyRules(line.slice(0, -1)) + '\r'
  }

  private applyRules(text: string): string {
    let out = text
    for (const rule of this.rules) out = replaceAllGo(out, rule.regex, rule.parts)
    if (out === text || this.secrets === undefined) return out
    return out.replace(this.secrets, REDACTED)
  }

  /** Where the segment cut from the start of an overlong line ends. */
  private segmentEnd(line: string): number {
    return chooseCut(line.slice(0, this.lineCap), this.overlap, this.secrets, this.ruleRegexes)
  }
}
