import { REDACT_RULES } from '../../src/compiler/interpret/governance.js'
import { compileRedactor } from '../../src/engine/output/index.js'

// The compiled runbooks redact with REDACT_RULES. A bare line of 60 or more base64 characters is
// taken for a key body; a bare 64-character hex line (a sha256 digest, `crictl ps -q`) is one too.
// That is accepted on purpose (docs/COMPILER.md, docs/COMPILER-REVIEW.md): the same line may be a
// hex-encoded secret (`openssl rand -hex 32`), RE2 (shared with the Go peer) cannot say "60 or more
// characters, not all hex" without a long pattern, and an ID inside a longer line stays visible.
const redact = (text: string): string => {
  const c = compileRedactor(REDACT_RULES, [])
  if (!c.ok) throw new Error(c.errors.join('; '))
  const s = c.redactor.stream()
  return s.push(text) + s.end()
}

describe('governance defaults: redaction', () => {
  const hex = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'

  it('hides key bodies, and a bare 64-character hex line with them', () => {
    expect(redact('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKjMzEf\n')).toBe(
      '<redacted-base64>\n'
    )
    expect(redact(`${hex}\n`)).toBe('<redacted-base64>\n')
  })

  it('keeps digests and IDs that stand inside a longer line', () => {
    for (const line of [
      `sha256:${hex}`,
      `containerd://${hex}`,
      `${hex}  backup.db`,
      '3f1c2d4e5a6b7   2 minutes ago   Running   etcd   0   etcd-node-1'
    ])
      expect(redact(`${line}\n`)).toBe(`${line}\n`)
  })
})
