// Public surface of the trace layer: the run directory (create, resume, list), its hash-chained
// trace, and verify.
export { canonicalJson, canonicalEqual, CanonicalJsonError } from './canonical-json.js'
export { GENESIS_HASH, recordHash, sealRecord, recordLine, checkChain } from './hash-chain.js'
export type { TraceHead, ChainBreak, ChainBreakKind } from './hash-chain.js'
export { parseTrace, readTrace } from './trace-reader.js'
export type { ParsedTrace, TraceBreak, TornTail } from './trace-reader.js'
export { RunLockedError, RunNotFoundError, TraceTamperedError, RunStoreError } from './errors.js'
export type { LockHolder } from './errors.js'
