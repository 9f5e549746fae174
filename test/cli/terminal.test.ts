// The terminal experience through a real pseudo-terminal (util-linux `script`): prompts for each
// piece of evidence, re-asking on invalid input, the operator's approval, and typing the step id
// back to confirm a destructive step. Answers are typed only once their prompt has appeared.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cliBundle } from '../helpers/bundles.js'
import { converse, hasScript } from '../helpers/terminal.js'

/** The bundled CLI (dist/cli.js in CI), started as a user starts it. */
let CLI = ''
beforeAll(async () => {
  CLI = await cliBundle()
}, 120_000)

const maybe = hasScript ? describe : describe.skip

maybe('at a terminal', () => {
  it('asks for each item, re-asks on invalid input, takes the approval, and confirms by step id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'runbook-tty-'))
    try {
      mkdirSync(join(dir, 'junk'))
      writeFileSync(join(dir, 'shot.txt'), 'screenshot\n')
      writeFileSync(
        join(dir, 'rb.yaml'),
        [
          'apiVersion: runbook/v0',
          'meta: {name: tty}',
          'steps:',
          '  - {id: os, type: cli, with: {argv: [uname, -s]}, capture: {os: stdout}}',
          '  - id: review',
          '    type: manual',
          '    instructions: Look at {{ .os }}.',
          '    required_evidence:',
          '      - {kind: text, name: ticket}',
          '      - {kind: checklist, name: checks, items: [one, two]}',
          '      - {kind: attachment, name: shot}',
          '    approvals: {min: 1, roles: [DRI]}',
          `  - {id: wipe, type: cli, with: {argv: [rm, -r, ${join(dir, 'junk')}]}}`
        ].join('\n')
      )
      const cmd = `node ${CLI} exec rb.yaml --as alice --role DRI`
      const { code, out } = await converse(cmd, dir, [
        [/ticket, press Enter/, 'INC-5'],
        [/one - done\? \[y\/n\]/, 'maybe'],
        [/one - done\? \[y\/n\]/, 'y'],
        [/two - done\? \[y\/n\]/, 'y'],
        [/shot: path of the file/, 'nope.txt'],
        [/shot: path of the file/, 'shot.txt'],
        [/Approve step 'review' as alice \(DRI\)\? \[y\/N\]/, 'y'],
        [/Type the step id 'wipe'/, 'wpie'],
        [/Type the step id 'wipe'/, 'wipe']
      ])
      expect(out).toContain('Look at Linux.')
      expect(out).toContain('Answer y or n.')
      expect(out).toContain('nope.txt: no such file')
      expect(out).toContain("'wpie' is not the step id; nothing was run.")
      expect(out).toContain('run passed: 3 passed, 0 failed')
      expect(code).toBe(0)
      expect(existsSync(join(dir, 'junk'))).toBe(false)
      const runs = join(dir, '.runbook', 'runs')
      const trace = readFileSync(join(runs, readdirSync(runs)[0] as string, 'trace.jsonl'), 'utf8')
      expect(trace).toContain('"method":"typed"')
      expect(trace).toContain('"approver":"alice"')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
