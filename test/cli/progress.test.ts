import type { TraceRecord } from '../../src/engine/events.js'
import type { CliIo } from '../../src/cli/io.js'
import { useColor } from '../../src/cli/io.js'
import { progressPrinter, shellQuote } from '../../src/cli/progress.js'
import { makeStyle } from '../../src/cli/style.js'

const io = (env: Record<string, string>, isTTY: boolean): CliIo => ({
  stdout: { write: () => true, isTTY },
  stderr: { write: () => true },
  env,
  cwd: '/',
  interactive: isTTY
})

describe('colour', () => {
  it('is on only for a terminal, and NO_COLOR always turns it off', () => {
    expect(useColor(io({}, true), { write: () => true, isTTY: true })).toBe(true)
    expect(useColor(io({}, false), { write: () => true, isTTY: false })).toBe(false)
    expect(useColor(io({ NO_COLOR: '1' }, true), { write: () => true, isTTY: true })).toBe(false)
    expect(useColor(io({ TERM: 'dumb' }, true), { write: () => true, isTTY: true })).toBe(false)
  })
})

describe('progressPrinter', () => {
  const base = { seq: 1, ts: '2026-11-22T00:00:00.000Z', prev_hash: '0', hash: '1' }
  const failed = {
    ...base,
    type: 'step_result',
    captures: {},
    result: {
      run_id: 'r',
      step_id: 'pods',
      step_index: 1,
      type: 'cli',
      status: 'failed',
      actor: 'engine',
      started_at: '',
      ended_at: '',
      duration_ms: 1500,
      attempt: 2,
      argv: ['kubectl', 'get', 'pods', '-l', 'app=web x'],
      exit_code: 1,
      stderr: {
        sha256: '',
        bytes: 12,
        raw_bytes: 12,
        head: 'no such pod\n',
        tail: '',
        truncated: false
      },
      assertions: [
        {
          index: 0,
          kind: 'contains',
          passed: false,
          expected: 'Running',
          message: 'not found in stdout'
        }
      ],
      evidence: {},
      captures: {},
      error: 'exited with code 1'
    }
  } as unknown as TraceRecord

  it('prints plain lines without a terminal: the step, and a failure in full', () => {
    let out = ''
    const print = progressPrinter({
      out: { write: (s: string) => (out += s) },
      style: makeStyle(false),
      json: false,
      live: false,
      total: 3
    })
    print(failed)
    expect(out.split('\n')).toEqual([
      '  ✗ [2/3] pods failed (attempt 2) 1.5s',
      "      command: kubectl get pods -l 'app=web x'",
      '      error: exited with code 1',
      '      assertion 1 (contains) failed: expected Running (not found in stdout)',
      '      stderr (12 bytes, redacted):',
      '        no such pod',
      ''
    ])
  })

  it('streams raw JSON lines with --json', () => {
    let out = ''
    progressPrinter({
      out: { write: (s: string) => (out += s) },
      style: makeStyle(true),
      json: true,
      live: true,
      total: 3
    })(failed)
    expect(JSON.parse(out)).toEqual(failed)
  })

  it('quotes arguments for display exactly as a shell would read them', () => {
    expect(shellQuote('plain-arg_1.0')).toBe('plain-arg_1.0')
    expect(shellQuote("it's")).toBe(`'it'\\''s'`)
    expect(shellQuote('a b')).toBe("'a b'")
  })
})
