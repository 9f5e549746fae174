// Public surface of the output pipeline: redaction and per-stream collection.
export { compileRedactor, Redactor, DEFAULT_LINE_CAP, DEFAULT_OVERLAP } from './redactor.js'
export type { RedactionStream, RedactorCompile, RedactorOptions } from './redactor.js'
export { OutputCollector, DEFAULT_PREVIEW_BYTES, DEFAULT_RETAIN_BYTES } from './collector.js'
export type { CollectorOptions } from './collector.js'
export { REDACTED, MIN_SECRET_LENGTH } from './secrets.js'
