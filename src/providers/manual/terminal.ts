// Manual input at a terminal: prompts for each missing item, re-asking on invalid input. An empty
// answer (or end of input) leaves the item missing, which pauses the run.
import type {
  Confirmation,
  ConfirmRequest,
  ManualProvider,
  ManualRequest,
  ManualSubmission
} from '../../engine/providers.js'
import type { Prompter } from '../../engine/ports.js'
import type { EvidenceInput, Evidence } from '../../runbook/index.js'

export interface TerminalOptions {
  prompter: Prompter
  /** The operator (--as). Their approval is offered when the step needs approvals. */
  actor: string
  role?: string
  /** Resolves and checks an attachment path; returns the absolute path or a reason it is unusable. */
  checkFile(path: string): Promise<{ ok: true; path: string } | { ok: false; reason: string }>
  /** Releases the terminal (closes the prompter) when the run stops. */
  close?: () => void
}

const SKIP = 'press Enter to leave it for later (the run pauses)'

export class TerminalManualProvider implements ManualProvider {
  constructor(private readonly opts: TerminalOptions) {}

  /** Releases the terminal so the process can exit. */
  close(): void {
    this.opts.close?.()
  }

  async collect(req: ManualRequest): Promise<ManualSubmission> {
    const { prompter } = this.opts
    prompter.say(
      `\nManual step '${req.step.id}'${req.step.title === undefined ? '' : `: ${req.step.title}`}\n${req.instructions.trimEnd()}\n`
    )
    const evidence: EvidenceInput[] = []
    for (const spec of req.missingEvidence) {
      const input = await this.ask(spec)
      if (input === undefined) continue
      evidence.push(input)
    }
    const approvals = []
    if (req.approvalsNeeded > 0) {
      const roles = req.roles ?? []
      const role = this.opts.role
      if (roles.length > 0 && (role === undefined || !roles.includes(role))) {
        prompter.say(
          `This step needs approval by ${roles.join(' or ')}; you (${this.opts.actor}) cannot approve it. Others approve with: runbook resume RUN_ID --approve --as NAME --role ROLE`
        )
      } else {
        const answer = await prompter.ask(
          `Approve step '${req.step.id}' as ${this.opts.actor}${role === undefined ? '' : ` (${role})`}? [y/N] `
        )
        if (/^y(es)?$/i.test(answer.trim()))
          approvals.push({ approver: this.opts.actor, ...(role === undefined ? {} : { role }) })
      }
    }
    return { evidence, approvals }
  }

  async confirm(req: ConfirmRequest): Promise<Confirmation | undefined> {
    const { prompter } = this.opts
    prompter.say(
      `\nStep '${req.step.id}' needs confirmation: ${req.reason}\n  ${req.argv.join(' ')}`
    )
    for (let tries = 0; tries < 3; tries++) {
      const typed = (
        await prompter.ask(`Type the step id '${req.step.id}' to run it (${SKIP}): `)
      ).trim()
      if (typed === '') return undefined
      if (typed === req.step.id) return { by: this.opts.actor, method: 'typed' }
      prompter.say(`'${typed}' is not the step id; nothing was run.`)
    }
    return undefined
  }

  private async ask(spec: Evidence): Promise<EvidenceInput | undefined> {
    const { prompter } = this.opts
    const hint = spec.description === undefined ? '' : ` (${spec.description})`
    switch (spec.kind) {
      case 'text': {
        const value = (await prompter.ask(`${spec.name}${hint}, ${SKIP}: `)).trim()
        return value === '' ? undefined : { name: spec.name, kind: 'text', value }
      }
      case 'checklist': {
        const ticked: string[] = []
        for (const item of spec.items ?? []) {
          for (;;) {
            const a = (await prompter.ask(`[ ] ${item} - done? [y/n] `)).trim().toLowerCase()
            if (a === 'y' || a === 'yes') ticked.push(item)
            if (a === 'y' || a === 'yes' || a === 'n' || a === 'no' || a === '') break
            prompter.say(`Answer y or n.`)
          }
        }
        return ticked.length === 0
          ? undefined
          : { name: spec.name, kind: 'checklist', items: ticked }
      }
      case 'attachment':
        for (;;) {
          const path = (
            await prompter.ask(`${spec.name}${hint}: path of the file to attach, ${SKIP}: `)
          ).trim()
          if (path === '') return undefined
          const checked = await this.opts.checkFile(path)
          if (checked.ok) return { name: spec.name, kind: 'attachment', path: checked.path }
          prompter.say(`${path}: ${checked.reason}`)
        }
      case 'choice':
        return this.choose(spec, hint)
    }
  }

  /** A numbered list; the answer is the number or the option's value. */
  private async choose(spec: Evidence, hint: string): Promise<EvidenceInput | undefined> {
    const { prompter } = this.opts
    const options = (spec.options ?? []).map((o) => (typeof o === 'string' ? { value: o } : o))
    prompter.say(
      `${spec.name}${hint}:\n${options
        .map(
          (o, i) =>
            `  ${i + 1}) ${o.label ?? o.value}${o.label === undefined ? '' : ` [${o.value}]`}${o.description === undefined ? '' : ` - ${o.description}`}`
        )
        .join('\n')}`
    )
    for (;;) {
      const a = (await prompter.ask(`Pick 1-${options.length}, ${SKIP}: `)).trim()
      if (a === '') return undefined
      const n = /^[0-9]+$/.test(a) ? Number(a) : NaN
      const picked = options[n - 1] ?? options.find((o) => o.value === a)
      if (picked !== undefined) return { name: spec.name, kind: 'choice', value: picked.value }
      prompter.say(
        `'${a}' is not one of the options; answer with a number from 1 to ${options.length}.`
      )
    }
  }
}
