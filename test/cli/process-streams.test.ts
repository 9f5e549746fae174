// How a failed standard output changes the exit code of the command that was writing to it.
import { EventEmitter } from 'node:events'
import {
  exitCodeAfterOutput,
  guardedStream,
  outputFailureNote
} from '../../src/cli/process-streams.js'

const failure = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code })

describe('a closed or failing standard output', () => {
  it.each([
    [1, 'EPIPE', 1],
    [5, 'EPIPE', 5],
    [0, 'EPIPE', 0],
    [1, 'ENOSPC', 1],
    [0, 'ENOSPC', 3]
  ])('exit %d with %s stays %d: a failed run never turns into 0', (code, err, expected) => {
    expect(exitCodeAfterOutput(code, failure(err))).toBe(expected)
  })

  it('keeps the exit code when stdout never failed', () => {
    expect(exitCodeAfterOutput(1, undefined)).toBe(1)
  })

  it('reports the first failure once, drops later writes, and says nothing about EPIPE', () => {
    const written: string[] = []
    const fake = Object.assign(new EventEmitter(), {
      write: (s: string) => written.push(s) > 0,
      isTTY: false
    }) as unknown as NodeJS.WriteStream
    const seen: string[] = []
    const out = guardedStream(fake, (e) => seen.push(String(e.code)))
    out.write('a')
    fake.emit('error', failure('EPIPE'))
    fake.emit('error', failure('EPIPE'))
    out.write('b')
    expect(written).toEqual(['a'])
    expect(seen).toEqual(['EPIPE'])
    expect(outputFailureNote(failure('EPIPE'))).toBeUndefined()
    expect(outputFailureNote(failure('ENOSPC'))).toBe(
      'runbook: cannot write to standard output: no space left on the device\n'
    )
  })
})
