// The runner harness spawns the bundled action as a runner does and reads back what a workflow
// sees; its parsers read @actions/core's file and stdout formats.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../fixtures.js'
import { startLoopbackGitHub, type LoopbackGitHub } from './index.js'
import { actionDefaults, runAction } from './runner.js'
import { annotations, groups, parseCommands, parseFileCommands } from './workflow-commands.js'

test('file commands: heredocs with any delimiter, plain lines, last value wins; unreadable lines throw', () => {
  const text = 'a<<ghadelimiter_1\nline 1\nline 2\nghadelimiter_1\nb=x=y\na<<EOF\nlast\nEOF\n'
  expect(parseFileCommands(text)).toEqual({ a: 'last', b: 'x=y' })
  expect(() => parseFileCommands('c<<D\nno end\n')).toThrow(/unterminated c<<D at line 1/)
  expect(() => parseFileCommands('garbage\n')).toThrow(/line 1/)
})

test('workflow commands: escaped properties and messages, annotations and groups', () => {
  const out =
    '::group::Step 1%3A look\nhello\n::endgroup::\n::error title=a%2Cb,file=r.yaml,line=3,col=5::bad%0Athing 100%25\n::add-mask::s3cret\n'
  const cmds = parseCommands(out)
  expect(annotations(cmds)).toEqual([
    { level: 'error', message: 'bad\nthing 100%', title: 'a,b', file: 'r.yaml', line: 3, col: 5 }
  ])
  expect(groups(out)).toEqual([{ name: 'Step 1%3A look', lines: ['hello'] }])
  expect(cmds.find((c) => c.command === 'add-mask')?.message).toBe('s3cret')
})

test('defaults come from action.yml with ${{ github.* }} evaluated; an unknown context is an error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'action-'))
  const yml = join(dir, 'action.yml')
  writeFileSync(
    yml,
    "inputs:\n  token: {default: '${{ github.token }}'}\n  mode: {default: real}\n  runbook: {required: true}\n"
  )
  expect(actionDefaults({ 'github.token': 'T' }, yml)).toEqual({ token: 'T', mode: 'real' })
  expect(() => actionDefaults({}, yml)).toThrow(/'token' uses \$\{\{ github\.token \}\}/)
  expect(Object.values(actionDefaults({ 'github.token': 'T' })).join('\n')).not.toContain('${{')
})

describe('the bundled action', () => {
  let gh: LoopbackGitHub
  beforeAll(async () => (gh = await startLoopbackGitHub()), 150_000)
  afterAll(() => gh?.stop())

  test('runs from dist/index.js with INPUT_* and GITHUB_*: annotation on file and line, output, exit 1', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ws-'))
    copyFileSync(
      join(ROOT, 'test/fixtures/runbooks/invalid/approvals-min.yaml'),
      join(workspace, 'rb.yaml')
    )
    const run = gh.state.startRun({ workflow: 'validate.yml', event: 'push', actor: 'alice' })
    const res = await runAction(gh, {
      run,
      workspace,
      inputs: { command: 'validate', runbooks: 'rb.yaml' }
    })
    expect(res.exitCode).toBe(1)
    expect(res.annotations[0]).toMatchObject({ level: 'error', file: 'rb.yaml', line: 8, col: 22 })
    expect(res.outputs.valid).toBe('false')
    expect(gh.state.run(run.id)).toMatchObject({ status: 'completed', conclusion: 'failure' })
  }, 120_000)
})
