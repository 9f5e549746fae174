// Public surface of the trace layer: the run directory (create, resume, list), its hash-chained
// trace, and verify.
export { canonicalJson, canonicalEqual, CanonicalJsonError } from './canonical-json.js'
export { GENESIS_HASH, recordHash, sealRecord, recordLine, checkChain } from './hash-chain.js'
export type { TraceHead, ChainBreak, ChainBreakKind } from './hash-chain.js'
export { parseTrace, readTrace } from './trace-reader.js'
export type { ParsedTrace, TraceBreak, TornTail } from './trace-reader.js'
export { createRun } from './create-run.js'
export type { CreateRunOptions } from './create-run.js'
export { openRun } from './open-run.js'
export type { OpenRunOptions, OpenedRun } from './open-run.js'
export { listRuns } from './list-runs.js'
export type { RunListing } from './list-runs.js'
export { FileRunStore } from './file-run-store.js'
export {
  NEVER_STARTED,
  RunLockedError,
  RunNotFoundError,
  TraceTamperedError,
  RunStoreError
} from './errors.js'
export type { LockHolder } from './errors.js'
export { MANIFEST_FORMAT } from './manifest.js'
export type { Manifest, ManifestStep, FileDigest } from './manifest.js'
export { SNAPSHOT_FORMAT } from './snapshot.js'
export type { Snapshot } from './snapshot.js'
export { RUN_ID_PATTERN } from './run-id.js'
export { verifyRun, formatVerifyReport } from './verify.js'
export type { VerifyReport, VerifyCheck, VerifyCheckId, VerifyProblem } from './verify.js'
export { GROUP_FILE, isMachineLocal } from './run-paths.js'
