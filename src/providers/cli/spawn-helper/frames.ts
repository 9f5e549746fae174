// The spawn helper's wire format (helper-source.ts): a type byte, a 4-byte big-endian length, the
// payload.
import { resolve } from 'node:path'
import type { ProcessSpec } from '../../../engine/ports.js'

export interface Frame {
  type: string
  payload: Buffer
}

/** One frame whose payload is `parts` end to end (copied once, into the frame). */
export function encodeFrame(type: string, ...parts: Buffer[]): Buffer {
  const head = Buffer.allocUnsafe(5)
  head.write(type, 0, 'latin1')
  head.writeUInt32BE(
    parts.reduce((n, p) => n + p.length, 0),
    1
  )
  return Buffer.concat([head, ...parts])
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
  return encodeFrame('S', size, head, ...stdin)
}

/** The largest frame the helper sends is 64 KiB of output (a read of a pipe) and its header. */
export const MAX_FRAME = 1 << 20

/**
 * Cuts a byte stream into frames; bytes of an incomplete frame wait for the next chunk. A frame
 * longer than MAX_FRAME is not the helper speaking: push() throws rather than buffer it.
 */
export class FrameReader {
  /** Bytes received and not yet cut into frames, in arrival order (one copy per frame at most). */
  private parts: Buffer[] = []
  private held = 0

  /** The complete frames in what has arrived so far. */
  push(chunk: Buffer): Frame[] {
    this.parts.push(chunk)
    this.held += chunk.length
    const frames: Frame[] = []
    for (;;) {
      if (this.held < 5) break
      const head = this.peek(5)
      const size = head.readUInt32BE(1)
      if (size > MAX_FRAME) throw new Error(`a frame of ${size} bytes`)
      if (this.held < 5 + size) break
      const frame = this.take(5 + size)
      frames.push({ type: String.fromCharCode(frame[0] as number), payload: frame.subarray(5) })
    }
    return frames
  }

  /** The first `n` held bytes, without consuming them. */
  private peek(n: number): Buffer {
    const first = this.parts[0] as Buffer
    return first.length >= n ? first : Buffer.concat(this.parts).subarray(0, n)
  }

  /** Removes and returns the first `n` held bytes: a view when one chunk holds them all. */
  private take(n: number): Buffer {
    const first = this.parts[0] as Buffer
    let out: Buffer
    if (first.length >= n) {
      out = first.subarray(0, n)
      if (first.length === n) this.parts.shift()
      else this.parts[0] = first.subarray(n)
    } else {
      const all = Buffer.concat(this.parts)
      out = all.subarray(0, n)
      this.parts = all.length === n ? [] : [all.subarray(n)]
    }
    this.held -= n
    return out
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
