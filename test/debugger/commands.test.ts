// The debugger's command language: every command parses, a typo gets "did you mean", quoting
// keeps spaces, and the history file never holds an evidence value in clear.
import fc from 'fast-check'
import { closest, parseCommand, splitWords } from '../../src/debugger/commands.js'
import { redactHistoryLine } from '../../src/debugger/history-file.js'

const ok = (line: string) => {
  const r = parseCommand(line)
  if (!r.ok) throw new Error(r.error)
  return r.command
}
const error = (line: string) => {
  const r = parseCommand(line)
  if (r.ok) throw new Error(`'${line}' parsed`)
  return r.error
}

describe('parseCommand', () => {
  it('parses every command of the issue, with aliases', () => {
    expect(ok('next')).toEqual({ kind: 'next' })
    expect(ok('c')).toEqual({ kind: 'continue' })
    expect(ok('print vars')).toEqual({ kind: 'print', what: 'vars' })
    expect(ok('print captures')).toEqual({ kind: 'print', what: 'captures' })
    expect(ok('print step')).toEqual({ kind: 'print', what: 'step' })
    expect(ok('print step disk_usage')).toEqual({
      kind: 'print',
      what: 'step',
      stepId: 'disk_usage'
    })
    expect(ok('history')).toEqual({ kind: 'history' })
    expect(ok('dump')).toEqual({ kind: 'dump' })
    expect(ok('evidence set ticket "INC 1234"')).toEqual({
      kind: 'evidence',
      op: 'set',
      name: 'ticket',
      value: 'INC 1234'
    })
    expect(ok('evidence check review Largest directories identified')).toEqual({
      kind: 'evidence',
      op: 'check',
      name: 'review',
      item: 'Largest directories identified'
    })
    expect(ok("evidence attach df_output 'my df.txt'")).toEqual({
      kind: 'evidence',
      op: 'attach',
      name: 'df_output',
      path: 'my df.txt'
    })
    expect(ok('approve --as alice --role DRI')).toEqual({
      kind: 'approve',
      as: 'alice',
      role: 'DRI'
    })
    expect(ok('snapshot')).toEqual({ kind: 'snapshot' })
    expect(ok('break host')).toEqual({ kind: 'break', stepId: 'host' })
    expect(ok('delete host')).toEqual({ kind: 'delete', stepId: 'host' })
    expect(ok('breakpoints')).toEqual({ kind: 'breakpoints' })
    expect(ok('skip df hangs here')).toEqual({ kind: 'skip', reason: 'df hangs here' })
    expect(ok('skip')).toEqual({ kind: 'skip' })
    expect(ok('quit')).toEqual({ kind: 'quit' })
    expect(ok('help next')).toEqual({ kind: 'help', topic: 'next' })
    expect(ok('   ')).toEqual({ kind: 'empty' })
  })

  it('says what was expected, with "did you mean" for a typo', () => {
    expect(error('nxt')).toBe(
      "unknown command 'nxt'; did you mean 'next'? (help lists the commands)"
    )
    expect(error('contineu')).toMatch(/did you mean 'continue'/)
    expect(error('frobnicate')).toBe("unknown command 'frobnicate' (help lists the commands)")
    expect(error('print var')).toBe(
      "cannot print 'var'; did you mean 'vars'?; usage: print vars|captures|step [ID]"
    )
    expect(error('evidence sett ticket x')).toMatch(
      /no evidence operation 'sett'; did you mean 'set'\?/
    )
    expect(error('evidence set ticket')).toMatch(/evidence set needs NAME and VALUE/)
    expect(error('approve --as')).toMatch(/--as needs a value/)
    expect(error('approve --who bob')).toMatch(/unknown option '--who'/)
    expect(error('next now')).toMatch(/next takes no arguments/)
    expect(error('evidence set t "open')).toBe('unclosed " quote')
  })

  it('splits quoted words back to what was quoted', () => {
    const word = fc.string({ minLength: 1 }).filter((w) => !/["\\]/.test(w))
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const line = words.map((w) => `"${w}"`).join(' ')
        const split = splitWords(line)
        expect(split).toEqual({ ok: true, words })
      })
    )
  })

  it('finds the nearest name only when it is near', () => {
    expect(closest('operator_reveiw', ['host', 'operator_review'])).toBe('operator_review')
    expect(closest('xyz', ['host', 'operator_review'])).toBeUndefined()
  })
})

describe('the history file', () => {
  const redact = (s: string) => s.replace(/hunter2/g, '<redacted>')
  it('never stores an evidence value, even in a mistyped command', () => {
    expect(redactHistoryLine('evidence set ticket INC-1234', redact)).toBe(
      'evidence set ticket <redacted>'
    )
    expect(redactHistoryLine('evidnce set token s3cr3t value', redact)).toBe(
      'evidnce set token <redacted>'
    )
    expect(redactHistoryLine('evidence attach df_output df.txt', redact)).toBe(
      'evidence attach df_output <redacted>'
    )
    expect(redactHistoryLine('evidence check review No core dumps', redact)).toBe(
      'evidence check review No core dumps'
    )
    expect(redactHistoryLine('skip password is hunter2', redact)).toBe(
      'skip password is <redacted>'
    )
  })
})
