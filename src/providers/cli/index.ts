// Public surface of the cli provider: real processes and command lookup.
export {
  NodeProcessRunner,
  DEFAULT_KILL_GRACE_MS,
  DEFAULT_LINGER_MS
} from './node-process-runner.js'
export type { NodeProcessRunnerOptions } from './node-process-runner.js'
export { NodeCommandResolver } from './command-resolver.js'
export { GroupLedger, endLeftoverGroup } from './group-ledger.js'
export type { LeftoverGroup } from './group-ledger.js'
export type { StepCommand } from './group-leader.js'
