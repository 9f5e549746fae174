import type { Prompter } from '../../src/engine/ports.js'
import type { ManualRequest } from '../../src/engine/providers.js'
import { SuppliedManualProvider } from '../../src/providers/manual/supplied.js'
import { TerminalManualProvider } from '../../src/providers/manual/terminal.js'
import type { Step } from '../../src/runbook/index.js'

const step: Step = {
  id: 'review',
  type: 'manual',
  title: 'Review',
  instructions: 'Look.',
  required_evidence: [
    { kind: 'text', name: 'ticket' },
    { kind: 'checklist', name: 'checks', items: ['a', 'b'] },
    { kind: 'attachment', name: 'shot' }
  ],
  approvals: { min: 1, roles: ['DRI'] }
}
const request: ManualRequest = {
  step,
  index: 0,
  instructions: 'Look.',
  missingEvidence: step.required_evidence ?? [],
  approvalsNeeded: 1,
  roles: ['DRI']
}

/** A prompter answering from a script, recording what it was asked and told. */
class ScriptedPrompter implements Prompter {
  asked: string[] = []
  said: string[] = []
  constructor(private readonly answers: string[]) {}
  ask(message: string): Promise<string> {
    this.asked.push(message)
    return Promise.resolve(this.answers.shift() ?? '')
  }
  say(text: string): void {
    this.said.push(text)
  }
}

describe('TerminalManualProvider', () => {
  const checkFile = (p: string) =>
    Promise.resolve(
      p === 'missing.png'
        ? { ok: false as const, reason: 'no such file' }
        : { ok: true as const, path: `/abs/${p}` }
    )

  it('prompts for every item, re-asking on invalid input, and offers the operator approval', async () => {
    const prompter = new ScriptedPrompter([
      'INC-9',
      'maybe',
      'y',
      'n',
      'missing.png',
      'shot.png',
      'y'
    ])
    const provider = new TerminalManualProvider({
      prompter,
      actor: 'alice',
      role: 'DRI',
      checkFile
    })
    const got = await provider.collect(request)
    expect(got).toEqual({
      evidence: [
        { name: 'ticket', kind: 'text', value: 'INC-9' },
        { name: 'checks', kind: 'checklist', items: ['a'] },
        { name: 'shot', kind: 'attachment', path: '/abs/shot.png' }
      ],
      approvals: [{ approver: 'alice', role: 'DRI' }]
    })
    expect(prompter.said).toContain('Answer y or n.')
    expect(prompter.said).toContain('missing.png: no such file')
  })

  it('leaves items missing when the operator presses Enter, and refuses an approver without the role', async () => {
    const prompter = new ScriptedPrompter(['', '', '', ''])
    const provider = new TerminalManualProvider({ prompter, actor: 'bob', checkFile })
    expect(await provider.collect(request)).toEqual({ evidence: [], approvals: [] })
    expect(
      prompter.said.some((s) => s.includes('needs approval by DRI; you (bob) cannot approve it'))
    ).toBe(true)
  })

  it('confirms a step only when its id is typed back', async () => {
    const confirmReq = {
      step: { id: 'cleanup', type: 'cli' as const },
      index: 0,
      argv: ['kubectl', 'delete', 'pod', 'x'],
      reason: 'destructive command: kubectl delete'
    }
    const wrong = new TerminalManualProvider({
      prompter: new ScriptedPrompter(['yes', 'cleanpu', 'nope']),
      actor: 'a',
      checkFile
    })
    expect(await wrong.confirm(confirmReq)).toBeUndefined()
    const right = new TerminalManualProvider({
      prompter: new ScriptedPrompter(['cleanup']),
      actor: 'a',
      checkFile
    })
    expect(await right.confirm(confirmReq)).toEqual({ by: 'a', method: 'typed' })
  })
})

describe('SuppliedManualProvider', () => {
  it('hands out the supplied items for the requested step once, with the --approve approver', async () => {
    const provider = new SuppliedManualProvider(
      { review: { evidence: [{ name: 'ticket', kind: 'text', value: 'x' }], approvals: [] } },
      { approver: 'alice', role: 'DRI' }
    )
    expect(await provider.collect(request)).toEqual({
      evidence: [{ name: 'ticket', kind: 'text', value: 'x' }],
      approvals: [{ approver: 'alice', role: 'DRI' }]
    })
    expect(await provider.collect(request)).toEqual({ evidence: [], approvals: [] })
  })

  it('treats --approve as the confirmation of a destructive step, and has none without it', async () => {
    const req = { step: { id: 'cleanup', type: 'cli' as const }, index: 0, argv: [], reason: 'x' }
    expect(await new SuppliedManualProvider({}, { approver: 'alice' }).confirm(req)).toEqual({
      by: 'alice',
      method: 'approval'
    })
    expect(await new SuppliedManualProvider({}).confirm(req)).toBeUndefined()
  })
})
