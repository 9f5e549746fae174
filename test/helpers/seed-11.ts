// The inputs that complete the manual step 'review' of test/fixtures/runbooks/exec/seed-11.yaml,
// as `runbook resume` flags.

/** Every required item of 'review': a ticket, both checklist items, the log, a DRI's approval. */
export function seed11ReviewFlags(ticket: string, log: string, approver: string): string[] {
  return [
    '--evidence',
    `ticket=${ticket}`,
    '--check',
    'checks=greeting seen',
    '--check',
    'checks=kernel is Linux',
    '--attach',
    `log=${log}`,
    '--approve',
    '--as',
    approver,
    '--role',
    'DRI'
  ]
}
