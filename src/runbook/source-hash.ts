// meta.source: the digest that ties a compiled runbook to the TSG it came from. It is taken over the
// source's text (decoded as UTF-8, a byte-order mark excluded), so the compiler, which only sees the
// text, and `runbook validate`, which reads the file, compute the same value.
import { createHash } from 'node:crypto'
import type { RunbookV0 } from './runbook.generated.js'

/** `sha256:<hex>` of a TSG's text. */
export function sourceHash(text: string): string {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  return `sha256:${createHash('sha256').update(body, 'utf8').digest('hex')}`
}

/** Whether `recorded` (`sha256:<hex>`, or plain hex as gert may write it) names `text`'s digest. */
export function sourceMatches(recorded: string, text: string): boolean {
  const want = recorded.startsWith('sha256:') ? recorded : `sha256:${recorded}`
  return want.toLowerCase() === sourceHash(text)
}

/** The runbook with meta.source set, placed after meta.description (else after name: gert's order). */
export function withSource(runbook: RunbookV0, file: string, text: string): RunbookV0 {
  const source = { file, source_hash: sourceHash(text) }
  const after = runbook.meta.description === undefined ? 'name' : 'description'
  const meta: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(runbook.meta)) {
    if (key === 'source') continue
    meta[key] = value
    if (key === after) meta.source = source
  }
  return { ...runbook, meta: meta as unknown as RunbookV0['meta'] }
}
