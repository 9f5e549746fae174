import type { CommenterFacts } from '../../../src/action/answer/authorise.js'
import {
  tally,
  type CommentView,
  type PausedStep,
  type TallyContext
} from '../../../src/action/answer/tally.js'

const step: PausedStep = {
  stepId: 'approve-failover',
  kind: 'manual',
  requirements: {
    evidence: [
      { kind: 'text', name: 'ticket' },
      { kind: 'checklist', name: 'checks', items: ['replica healthy', 'traffic drained'] }
    ],
    approvals: { min: 2, roles: ['DRI', 'SRE'] }
  }
}

function facts(
  login: string,
  permission: CommenterFacts['permission'],
  extra: Partial<CommenterFacts> = {}
): CommenterFacts {
  return { login, permission, roleName: permission, teams: {}, ...extra }
}

function ctx(over: Partial<TallyContext> = {}): TallyContext {
  return {
    botLogin: 'github-actions[bot]',
    roles: {
      DRI: [
        { kind: 'login', login: 'alice' },
        { kind: 'login', login: 'carol' }
      ],
      SRE: [
        { kind: 'team', org: 'octo-org', team: 'sre' },
        { kind: 'repo-role', role: 'maintain' }
      ]
    },
    starters: ['starter'],
    step,
    facts: new Map(
      [
        facts('alice', 'write'),
        facts('bob', 'write', { teams: { 'octo-org/sre': true } }),
        facts('carol', 'admin'),
        facts('dave', 'write', { roleName: 'maintain' }),
        facts('mallory', 'read'),
        facts('starter', 'admin'),
        facts('erin', 'write', {
          teams: { 'octo-org/sre': { unreadable: 'the token cannot read organization membership' } }
        })
      ].map((f) => [f.login, f])
    ),
    ...over
  }
}

let nextId = 1
function c(login: string | null, body: string, edited = false): CommentView {
  const id = nextId++
  return {
    id,
    body,
    login,
    createdAt: `2026-01-01T00:00:${String(id).padStart(2, '0')}Z`,
    updatedAt: edited ? '2026-01-02T00:00:00Z' : `2026-01-01T00:00:${String(id).padStart(2, '0')}Z`,
    url: `https://github.com/o/r/issues/1#issuecomment-${id}`
  }
}

const statuses = (t: ReturnType<typeof tally>) => t.verdicts.map((v) => v.status)

describe('tally', () => {
  it('counts authorised, unedited answers once and says when the step is complete', () => {
    const ok = c('alice', '/evidence ticket INC-9\n/check checks replica healthy\n/approve')
    const t = tally(
      [
        c('github-actions[bot]', '/approve'),
        c('mallory', '/approve'),
        ok,
        ok, // delivered twice
        c('bob', '/check checks traffic drained\n/approve fine by me')
      ],
      ctx()
    )
    expect(statuses(t)).toEqual(['ignored', 'refused', 'recorded', 'recorded'])
    expect(t.verdicts[1]).toMatchObject({
      reasons: ['line 1: @mallory has read access to this repository; answering needs write access']
    })
    expect(t.approvals.map((a) => [a.approver, a.role, a.reason])).toEqual([
      ['alice', 'DRI', undefined],
      ['bob', 'SRE', 'fine by me']
    ])
    expect(t.complete).toBe(true)
  })

  it('records /choose only with an option of the choice, as choice evidence', () => {
    const choosing: PausedStep = {
      stepId: 'pick',
      kind: 'manual',
      requirements: {
        evidence: [
          { kind: 'choice', name: 'path', options: ['failover', { value: 'wait', label: 'Wait' }] }
        ]
      }
    }
    const t = tally(
      [c('bob', '/choose path reboot'), c('carol', '/choose path wait')],
      ctx({ step: choosing })
    )
    expect(statuses(t)).toEqual(['refused', 'recorded'])
    expect(t.verdicts[0]).toMatchObject({
      reasons: [
        "line 1: 'reboot' is not an option of the choice 'path'; its options are: failover, wait"
      ]
    })
    expect(t.verdicts[1]).toMatchObject({ recorded: ['path: wait'] })
    expect(t.evidence.map((e) => [e.kind, e.name, 'value' in e ? e.value : ''])).toEqual([
      ['choice', 'path', 'wait']
    ])
    expect(t.complete).toBe(true)
  })

  it('never counts an edited comment', () => {
    const t = tally([c('alice', '/approve', true), c('carol', '/approve')], ctx())
    expect(statuses(t)).toEqual(['edited', 'recorded'])
    expect(t.missing.approvalsNeeded).toBe(1)
    expect(t.complete).toBe(false)
  })

  it('refuses self-approval unless the step allows it', () => {
    const starterCtx = ctx({ roles: { DRI: [{ kind: 'login', login: 'starter' }] } })
    const refused = tally([c('starter', '/approve')], starterCtx)
    expect(refused.verdicts[0]).toMatchObject({
      status: 'refused',
      reasons: [expect.stringContaining('started this run and may not approve it')]
    })
    const allowed = tally([c('starter', '/approve')], {
      ...starterCtx,
      step: {
        ...step,
        requirements: {
          ...step.requirements,
          approvals: { min: 2, roles: ['DRI'], allow_self: true }
        }
      }
    })
    expect(statuses(allowed)).toEqual(['recorded'])
  })

  it('matches roles by login, team and repository role name, and says when membership is unreadable', () => {
    const t = tally([c('dave', '/approve'), c('erin', '/approve')], ctx())
    expect(t.approvals.map((a) => a.role)).toEqual(['SRE'])
    expect(t.verdicts[1]).toMatchObject({
      status: 'refused',
      reasons: [
        expect.stringContaining(
          'team membership could not be read: @octo-org/sre: the token cannot read organization membership'
        )
      ]
    })
  })

  it('refuses a comment whole when one line is refused, and the same approver counts once', () => {
    const t = tally(
      [
        c('alice', '/evidence ticket INC-1\n/evidence nope x'),
        c('alice', '/approve'),
        c('alice', '/approve again')
      ],
      ctx()
    )
    expect(statuses(t)).toEqual(['refused', 'recorded', 'refused'])
    expect(t.evidence).toEqual([])
    expect(t.verdicts[2]).toMatchObject({
      reasons: ['line 1: @alice has already approved; the same person counts once']
    })
  })

  it('/deny ends the run; later answers are ignored', () => {
    const t = tally([c('carol', '/deny the replica is lagging'), c('alice', '/approve')], ctx())
    expect(t.end).toMatchObject({
      kind: 'deny',
      reason: 'the replica is lagging',
      source: { by: 'carol' }
    })
    expect(statuses(t)).toEqual(['recorded', 'ignored'])
    expect(t.complete).toBe(false)
  })

  it('a confirmation pause takes only /confirm of its own step', () => {
    const confirmStep: PausedStep = {
      stepId: 'drop-table',
      kind: 'confirmation',
      requirements: { evidence: [] }
    }
    const t = tally(
      [
        c('alice', '/confirm other'),
        c('alice', '/evidence ticket x'),
        c('bob', '/confirm drop-table')
      ],
      ctx({ step: confirmStep })
    )
    expect(statuses(t)).toEqual(['refused', 'refused', 'recorded'])
    expect(t.confirmation).toMatchObject({ by: 'bob' })
    expect(t.complete).toBe(true)
  })
})
