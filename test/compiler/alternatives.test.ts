// Alternatives in prose become one choice step plus guards (issue 13, item 5), on TSGs written for
// this test (FAQ questions, nested options with an "Otherwise", a numbered sequence that must stay a
// line, a lone "If ..." heading), and end to end: the compiled FAQ runs only the branch picked.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileTsg } from '../../src/compiler/index.js'
import type { CompileResult } from '../../src/compiler/index.js'
import { FIXTURES } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'

const DIR = join(FIXTURES, 'compiler', 'alternatives')
const compile = (name: string): CompileResult =>
  compileTsg(readFileSync(join(DIR, name), 'utf8'), { file: name })
const when = (r: CompileResult): Record<string, string | undefined> =>
  Object.fromEntries(r.runbook.steps.map((s) => [s.id, s.when]))
const choiceOf = (r: CompileResult, id: string): unknown =>
  r.runbook.steps.find((s) => s.id === id)?.required_evidence?.[0]

describe('compiler: alternatives become one choice and guarded branches', () => {
  it('a FAQ: one choice named from the questions, each answer guarded, valid with no warning', () => {
    const r = compile('faq.md')
    expect(r.diagnostics).toEqual([])
    expect(r.checks.filter((c) => !c.ok)).toEqual([])
    expect(r.runbook.steps.map((s) => s.id)).toEqual([
      'choose_faq',
      'why_is_the_root_filesystem_full',
      'which_kernel_is_the_host_running'
    ])
    expect(choiceOf(r, 'choose_faq')).toMatchObject({
      kind: 'choice',
      name: 'case',
      options: [
        { value: 'why-is-the-root-filesystem-full', label: 'Why is the root filesystem full?' },
        { value: 'which-kernel-is-the-host-running' },
        // A question without a command is still an answer a person may pick.
        { value: 'why-are-the-jobs-failing-at-night' }
      ]
    })
    expect(when(r)).toEqual({
      choose_faq: undefined,
      why_is_the_root_filesystem_full:
        'evidence.choose_faq.case == "why-is-the-root-filesystem-full"',
      which_kernel_is_the_host_running:
        'evidence.choose_faq.case == "which-kernel-is-the-host-running"'
    })
    expect(r.mapping).toContain('## Choices and guards')
    expect(r.mapping).toContain(
      '| `which-kernel-is-the-host-running` | Which kernel is the host running? | 15–22 | `which_kernel_is_the_host_running` |'
    )
    expect(r.mapping).toContain(
      '| `why-are-the-jobs-failing-at-night` | Why are the jobs failing at night? | 23–25 | none |'
    )
  })

  it('nested options and an "Otherwise": the inner choice is asked only in its branch, guards conjoin', () => {
    const r = compile('nested.md')
    expect(r.diagnostics).toEqual([])
    const outer = 'evidence.choose_responses.case'
    const inner = 'evidence.choose_restart_the_agent.case'
    expect(when(r)).toEqual({
      triage: undefined,
      choose_responses: undefined,
      choose_restart_the_agent: `${outer} == "restart-the-agent"`,
      if_the_agent_is_installed_as_a_service: `${outer} == "restart-the-agent" && ${inner} == "agent-is-installed-as-a-service"`,
      if_the_agent_runs_in_a_container: `${outer} == "restart-the-agent" && ${inner} == "agent-runs-in-a-container"`,
      option_2_replace_the_node: `${outer} == "replace-the-node"`,
      otherwise: `${outer} == "otherwise"`,
      verify: undefined
    })
    // The drain stays manual (the safety classifier rates it destructive) and the choice says so.
    const choose = r.runbook.steps.find((s) => s.id === 'choose_responses')
    expect(choose?.instructions).toContain(
      '- `replace-the-node`: Option 2: Replace the node (lines 25–30; 1 step; runs destructive commands)'
    )
    expect(r.mapping).toContain(
      'Why: its subsections are marked as alternatives (lettered, "Option", "Case", "If", questions). Asked only when `evidence.choose_responses.case == "restart-the-agent"`.'
    )
  })

  it('numbered steps and a mitigation with one state-changing fix stay a line; a lone "If" asks yes or no', () => {
    const r = compile('sequence.md')
    expect(r.diagnostics).toEqual([])
    expect(r.interpretation.choices.map((c) => [c.planned.step.id, c.why])).toEqual([
      ['decide_if_the_upgrade_failed', 'if']
    ])
    expect(when(r)).toMatchObject({
      drain_the_node: undefined,
      upgrade_the_packages: undefined,
      read_the_logs: undefined,
      restart_kubelet: undefined,
      if_the_upgrade_failed: 'evidence.decide_if_the_upgrade_failed.case == "yes"'
    })
    // `yes`/`no` are written quoted: a YAML 1.1 reader would take a bare yes for true.
    expect(r.yaml).toContain('- value: "yes"')
    expect(r.yaml).toContain('- value: "no"')
  })
})

describe('a compiled FAQ, run', () => {
  const ws = workspace()
  afterAll(() => ws.cleanup())

  it('pauses at the choice, then runs only the answer picked; the others are not taken', async () => {
    writeFileSync(join(ws.dir, 'faq.md'), readFileSync(join(DIR, 'faq.md')))
    expect((await ws.run(['compile', 'faq.md', '-o', 'faq.yaml'])).code).toBe(0)
    const paused = await ws.run(['exec', 'faq.yaml'])
    expect(paused.code).toBe(5)
    expect(paused.stdout).toContain("paused: step 'choose_faq' waits for evidence 'case'")
    const id = ws.onlyRun()
    const r = await ws.run(['resume', id, '--choose', 'case=which-kernel-is-the-host-running'])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('run passed: 2 passed, 0 failed, 1 not taken')
    const statuses = ws
      .trace(id)
      .flatMap((t) => (t.type === 'step_result' ? [[t.result.step_id, t.result.status]] : []))
    expect(statuses).toEqual([
      ['choose_faq', 'passed'],
      ['why_is_the_root_filesystem_full', 'not_taken'],
      ['which_kernel_is_the_host_running', 'passed']
    ])
  })
})
