// A section that ends the procedure by escalating becomes an outcome (issue 13, item 5), on TSGs
// written for this test: a trailing "Escalation" section (asked first: yes escalates, no ends the run
// resolved) and an "If none of the above, escalate" alternative; end to end, a compiled runbook run
// and the choice made ends the run with the outcome.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileTsg } from '../../src/compiler/index.js'
import type { CompileResult } from '../../src/compiler/index.js'
import { validateRunbookText } from '../../src/runbook/index.js'
import { FIXTURES } from '../helpers/fixtures.js'
import { workspace } from '../helpers/workspace.js'

const DIR = join(FIXTURES, 'compiler', 'escalation')
const compile = (name: string): CompileResult =>
  compileTsg(readFileSync(join(DIR, name), 'utf8'), { file: name })
const flow = (r: CompileResult): unknown[] =>
  r.runbook.steps.map((s) => ({
    id: s.id,
    ...(s.when === undefined ? {} : { when: s.when }),
    ...(s.outcomes === undefined ? {} : { outcomes: s.outcomes })
  }))

describe('compiler: a section that ends the procedure by escalating becomes an outcome', () => {
  it('a trailing "Escalation": asked yes/no first, yes ends escalated, no ends resolved', () => {
    const r = compile('trailing.md')
    expect(r.diagnostics).toEqual([])
    expect(validateRunbookText(r.yaml, 'runbook.yaml').diagnostics).toEqual([])
    const ask = 'evidence.decide_escalation.case'
    expect(flow(r)).toEqual([
      { id: 'check_the_lag' },
      { id: 'restart_the_consumers' },
      {
        id: 'decide_escalation',
        outcomes: [
          {
            when: `${ask} == "no"`,
            state: 'resolved',
            recommendation: 'Resolved without escalation.'
          }
        ]
      },
      {
        id: 'escalation',
        when: `${ask} == "yes"`,
        outcomes: [
          {
            state: 'escalated',
            recommendation: 'If the lag keeps growing after the restart, page the billing on-call.'
          }
        ]
      }
    ])
    expect(r.runbook.steps[2]?.title).toBe('Is escalation needed?')
    // validate counts the decision's own `no` outcome as covering `no`; without the `yes` outcome a
    // path still ends without one.
    const yesless = r.yaml.replace(/\n {4}outcomes:\n {6}- state: escalated\n.*$/s, '\n')
    expect(yesless).not.toBe(r.yaml)
    expect(validateRunbookText(yesless, 'runbook.yaml').diagnostics.map((d) => d.rule)).toEqual([
      'outcome-missing'
    ])
    expect(r.mapping).toContain(
      '- `escalation` (line 19) ends the run `escalated`: If the lag keeps growing after the restart, page the billing on-call.'
    )
  })

  it('an "If none of the above, escalate" alternative ends escalated; the others end resolved at the last step', () => {
    const r = compile('otherwise.md')
    expect(r.diagnostics).toEqual([])
    expect(validateRunbookText(r.yaml, 'runbook.yaml').diagnostics).toEqual([])
    const pick = 'evidence.choose_responses.case'
    const resolved = { state: 'resolved', recommendation: 'Resolved without escalation.' }
    expect(flow(r)).toEqual([
      { id: 'inspect_the_certificate' },
      { id: 'choose_responses' },
      { id: 'if_the_acme_challenge_failed', when: `${pick} == "acme-challenge-failed"` },
      { id: 'if_the_disk_is_full', when: `${pick} == "disk-is-full"` },
      {
        id: 'if_none_of_the_above_escalate',
        when: `${pick} == "otherwise"`,
        outcomes: [
          {
            state: 'escalated',
            recommendation: 'Escalate to the security team with the certbot log.'
          }
        ]
      },
      { id: 'confirm', outcomes: [resolved] }
    ])
    expect(r.mapping).toContain(
      '- `if_none_of_the_above_escalate` (line 25) ends the run `escalated`: Escalate to the security team with the certbot log.'
    )
  })

  it('"Escalation policy", an escalation followed by more steps, a last-resort fix: no ending', () => {
    const src = (h: string, text: string, after = ''): string =>
      `# T\n\n## Check\n\n\`\`\`sh\nuname -a\n\`\`\`\n\n## ${h}\n\n${text}\n${after}`
    const more = '\n## Verify\n\n```sh\ndf -h\n```\n'
    const cases = [
      ['Escalation policy', 'Page the on-call only for sev 1.', '', []],
      ['Escalation', 'Page the on-call.', more, []],
      // "If nothing helps" that recreates the VM is a fix, asked as a lone "If", not an escalation.
      ['If nothing helps', 'Recreate the VM from a snapshot.', '', ['if']]
    ] as const
    for (const [h, text, after, why] of cases) {
      const r = compileTsg(src(h, text, after), { file: 't.md' })
      expect(r.diagnostics).toEqual([])
      expect(r.runbook.steps.some((s) => s.outcomes !== undefined)).toBe(false)
      expect(r.interpretation.choices.map((c) => c.why)).toEqual(why)
    }
  })
})

describe('a compiled trailing escalation, run', () => {
  it.each([
    ['yes', 'escalated'],
    ['no', 'resolved']
  ])('choosing %s at the decision ends the run %s', async (choice, state) => {
    const ws = workspace()
    try {
      writeFileSync(join(ws.dir, 'esc.md'), ESC)
      expect((await ws.run(['compile', 'esc.md', '-o', 'esc.yaml'])).code).toBe(0)
      const paused = await ws.run(['exec', 'esc.yaml'])
      expect(paused.code).toBe(5)
      expect(paused.stdout).toContain("paused: step 'decide_escalation' waits for evidence 'case'")
      const id = ws.onlyRun()
      let r = await ws.run(['resume', id, '--choose', `case=${choice}`])
      if (choice === 'yes') {
        // The escalation step asks the person to attest they escalated.
        expect(r.stdout).toContain("paused: step 'escalate_to_the_platform_team'")
        r = await ws.run(['resume', id, '--evidence', 'attestation=paged the on-call'])
      }
      expect(r.stderr).toBe('')
      expect(r.code).toBe(0)
      expect(r.stdout).toContain(
        choice === 'yes'
          ? "outcome: escalated (step 'escalate_to_the_platform_team'): Page the platform on-call with the output above."
          : "outcome: resolved (step 'decide_escalation'): Resolved without escalation."
      )
      expect(r.stdout).toContain(`outcome: ${state}`)
    } finally {
      ws.cleanup()
    }
  })
})

const ESC =
  '# Esc\n\n## Check\n\n```sh\nuname -a\n```\n\n## Escalate to the platform team\n\nPage the platform on-call with the output above.\n'
