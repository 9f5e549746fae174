// Feeds a child's stdout or stderr to a handler with backpressure: while a promise the handler
// returned is pending, the stream is paused, the pipe fills and the child blocks on write. Memory
// therefore stays at one chunk in flight, whatever the child writes.
import type { Readable } from 'node:stream'

export interface OutputPump {
  /** Settles when the stream has ended (or was destroyed) and the handler has taken every chunk. */
  readonly done: Promise<void>
  /** True once the stream has closed (the handler may still be busy with its last chunk). */
  readonly closed: boolean
  /** Destroys the stream once no chunk has arrived for `idleMs` and the handler is idle. */
  closeWhenIdle(idleMs: number): void
  /** Destroys the stream now. */
  destroy(): void
}

/** Starts pumping `stream` into `handler`; a handler failure is passed to `onError`. */
export function pumpOutput(
  stream: Readable,
  handler: (chunk: Buffer) => void | Promise<void>,
  onError: (err: unknown) => void
): OutputPump {
  let busy = false
  let queue: Promise<void> = Promise.resolve()
  let idleTimer: NodeJS.Timeout | undefined
  let idleMs: number | undefined
  let closed = false

  const armIdle = (): void => {
    // Once the stream has closed, a timer would only keep the process alive for nothing.
    if (idleMs === undefined || closed) return
    clearTimeout(idleTimer)
    idleTimer = setTimeout(() => (busy ? armIdle() : stream.destroy()), idleMs)
  }
  const settled = (): void => {
    busy = false
    if (!stream.destroyed) stream.resume()
    armIdle()
  }
  const failed = (err: unknown): void => {
    busy = false
    onError(err)
  }

  const deliver = (chunk: Buffer): void => {
    let result: void | Promise<void>
    try {
      result = handler(chunk)
    } catch (err) {
      failed(err)
      return
    }
    if (isThenable(result)) {
      busy = true
      stream.pause()
      queue = result.then(settled, failed)
    }
  }
  stream.on('data', (chunk: Buffer) => {
    armIdle()
    // A paused stream emits no data; should one arrive anyway, it waits its turn.
    if (busy) queue = queue.then(() => deliver(chunk))
    else deliver(chunk)
  })
  // A read error (EIO, ...) ends the stream like EOF; 'close' follows it.
  stream.on('error', () => undefined)
  const done = new Promise<void>((resolve) => {
    stream.once('close', () => {
      closed = true
      clearTimeout(idleTimer)
      idleMs = undefined
      resolve(queue)
    })
  })
  return {
    done,
    get closed() {
      return closed
    },
    closeWhenIdle: (ms) => {
      idleMs = ms
      armIdle()
    },
    destroy: () => stream.destroy()
  }
}

function isThenable(value: unknown): value is Promise<void> {
  return typeof (value as { then?: unknown } | undefined)?.then === 'function'
}
