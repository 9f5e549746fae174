// Governance defaults of a compiled runbook: the allowlist is exactly the automated programs; a
// denylist of always-destructive programs; redaction of common secrets; evidence for manual steps.
import type { Governance, RedactRule } from '../../runbook/index.js'

/** Programs that are destructive whatever their arguments: never allowed to run unattended. */
export const DENIED_COMMANDS = [
  'dd',
  'halt',
  'mkfs',
  'poweroff',
  'reboot',
  'rm',
  'shred',
  'shutdown',
  'truncate',
  'wipefs'
]

/** Environment variables that templates may never read (their values are also redacted). */
export const DENIED_ENV_VARS = [
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'GITHUB_TOKEN',
  'OPENAI_API_KEY',
  'RUNBOOK_LLM_TOKEN',
  '*_PASSWORD',
  '*_SECRET_KEY'
]

/** Redaction of bearer tokens, key=value secrets, AWS keys, private keys and connection strings. */
export const REDACT_RULES: RedactRule[] = [
  { pattern: '(?i)\\bbearer\\s+[A-Za-z0-9._~+/=-]+', replace: 'Bearer <redacted>' },
  {
    pattern:
      '(?i)\\b(password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)(["\']?\\s*[:=]\\s*)["\']?[^\\s"\',;]+',
    replace: '$1$2<redacted>'
  },
  { pattern: '\\b(AKIA|ASIA)[A-Z0-9]{16}\\b', replace: '<redacted-aws-access-key>' },
  {
    pattern: '(?i)(aws_secret_access_key|aws_session_token)(\\s*[:=]\\s*)\\S+',
    replace: '$1$2<redacted>'
  },
  { pattern: '-----BEGIN [A-Z ]*PRIVATE KEY-----', replace: '<redacted-private-key>' },
  { pattern: '^[A-Za-z0-9+/]{60,}={0,2}$', replace: '<redacted-base64>' },
  { pattern: '(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s:@]+:[^/\\s@]+@', replace: '$1<redacted>@' },
  {
    pattern: '(?i)\\b(AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd)=[^;\\s]+',
    replace: '$1=<redacted>'
  }
]

/** The governance block for a runbook whose automated steps run `programs`. */
export function governanceFor(programs: readonly string[]): Governance {
  const allowed = [...new Set(programs)].sort()
  return {
    allowed_commands: allowed,
    denied_commands: DENIED_COMMANDS.filter((d) => !allowed.includes(d)),
    deny_env_vars: DENIED_ENV_VARS,
    redact: REDACT_RULES,
    evidence: { require_for_manual: true, store_full_stdout: false }
  }
}
