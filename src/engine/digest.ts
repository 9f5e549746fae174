// sha256 helpers for the engine's records.
import { createHash } from 'node:crypto'

/** sha256 of a UTF-8 string, as lowercase hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
