// The spawn helper's wire format (helper-source.ts): a type byte, a 4-byte big-endian length, the
// payload.
import { resolve } from 'node:path'
import type { ProcessSpec } from '../../../engine/ports.js'

export interface Frame {
  type: string
  payload: Buffer
}

export function encodeFrame(type: string, payload: Buffer): Buffer {
  const head = Buffer.allocUnsafe(5)
  head.write(type, 0, 'latin1')
  head.writeUInt32BE(payload.length, 1)
  return Buffer.concat([head, payload])
}

/** The S frame that starts `spec` (NUL bytes were refused before: a field never holds one). */
export function startFrame(spec: ProcessSpec): Buffer {
  const argv = [spec.argv[0] ?? spec.executable, ...spec.argv.slice(1)]
  const fields = [
    spec.executable,
    // The helper changes directory for each command: a relative one means this process's.
    resolve(spec.cwd),
    spec.stdin === undefined ? '0' : '1',
    String(argv.length),
    ...argv,
    ...Object.entries(spec.env).map(([name, value]) => `${name}=${value}`)
  ]
  const head = Buffer.from(fields.join('\0'), 'utf8')
  const size = Buffer.allocUnsafe(4)
  size.writeUInt32BE(head.length)
  const stdin = spec.stdin === undefined ? [] : [Buffer.from(spec.stdin, 'utf8')]
  return encodeFrame('S', Buffer.concat([size, head, ...stdin]))
}

/** The largest frame the helper sends (output comes in reads of at most 256 KiB). */
export const MAX_FRAME = 1 << 20

/**
 * Cuts a byte stream into frames; bytes of an incomplete frame wait for the next chunk. A frame
 * longer than MAX_FRAME is not the helper speaking: push() throws rather than buffer it.
 */
export class FrameReader {
  private pending: Buffer = Buffer.alloc(0)

  /** The complete frames in what has arrived so far. */
  push(chunk: Buffer): Frame[] {
    let buf = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk])
    const frames: Frame[] = []
    while (buf.length >= 5) {
      const size = buf.readUInt32BE(1)
      if (size > MAX_FRAME) throw new Error(`a frame of ${size} bytes`)
      if (buf.length < 5 + size) break
      frames.push({
        type: String.fromCharCode(buf[0] as number),
        payload: buf.subarray(5, 5 + size)
      })
      buf = buf.subarray(5 + size)
    }
    this.pending = buf
    return frames
  }
}

/** A wait status (as waitpid(2) gives it) as Node reports an exit: a code, or a signal's name. */
export function decodeWaitStatus(
  status: number,
  names: Record<string, number>
): [number | null, NodeJS.Signals | null] {
  const sig = status & 0x7f
  if (sig === 0) return [(status >> 8) & 0xff, null]
  const name = Object.keys(names).find((n) => names[n] === sig)
  return [null, (name ?? `SIG${sig}`) as NodeJS.Signals]
}
