// The redaction rules of examples/log-triage.yaml and the secrets test/fixtures/bin/gen-lines.mjs
// writes for them: shared by the benchmark and the bounded-memory test.
import type { RedactRule } from '../src/runbook/index.js'

export const RULES: RedactRule[] = [
  { pattern: 'Bearer [A-Za-z0-9._~+/-]+=*', replace: 'Bearer <redacted>' },
  { pattern: '(?i)(password|passwd|pwd)\\s*[:=]\\s*\\S+', replace: '$1=<redacted>' },
  { pattern: '([a-z][a-z0-9+.-]*://[^:/@\\s]+):[^@\\s]+@', replace: '$1:<redacted>@' }
]

/** Parts of every secret gen-lines.mjs writes; none may reach the redacted stream. */
export const SECRET_MARKS = ['hunter2-', 'eyJhbGci', ':pw-']
