// Certificates and connections: certbot (Let's Encrypt) and nc/ncat/netcat.
import { hasFlag, positionals } from '../argv.js'
import type { ToolClassifier } from '../types.js'
import { classified } from '../types.js'
import type { VerbSpec } from '../verbs.js'
import { classifyVerb } from '../verbs.js'

const CERTBOT_VALUE_FLAGS = new Set(
  `-d --domain --domains --cert-name -m --email -w --webroot-path --config-dir --work-dir
  --logs-dir -c --config --server --cert-path --key-path --reason --preferred-challenges -a
  --authenticator -i --installer --key-type --rsa-key-size --elliptic-curve --csr
  --fullchain-path --chain-path --eab-kid --eab-hmac-key --user-agent`.split(/\s+/)
)

const CERTBOT: VerbSpec = {
  readOnly: 'certificates, plugins, show_account, config_changes, --version, -h, --help, help',
  mutating:
    'renew, certonly, run, install, enhance, register, update_account, reconfigure, rollback',
  destructive: 'revoke, delete, unregister',
  reasons: {
    revoke: 'certbot revoke revokes the certificate: every server using it stops being trusted',
    delete: 'certbot delete deletes the certificate, its key and its renewal configuration',
    unregister: 'certbot unregister deactivates the ACME account for good'
  }
}

/** certbot: certificates reads; renew/certonly write; revoke/delete destroy; hooks run shell. */
export const classifyCertbot: ToolClassifier = (tool, args) => {
  const hook = args.find((a) => /^--[a-z-]*-hook(=|$)/.test(a))
  if (hook !== undefined)
    return classified(
      'unknown',
      tool,
      'certbot.hook',
      `certbot runs the ${hook.replace(/=.*/, '')} command through a shell`
    )
  const verb =
    args[0] === '--version' || args[0] === '--help'
      ? args[0]
      : (positionals(args, CERTBOT_VALUE_FLAGS)[0] ?? 'run')
  const c = classifyVerb(tool, verb, CERTBOT)
  if (hasFlag(args, '--dry-run') && (verb === 'renew' || verb === 'certonly'))
    return classified(
      'read-only',
      tool,
      'certbot.dry-run',
      `certbot ${verb} --dry-run uses the staging server and saves nothing`
    )
  return c
}

/** nc/ncat/netcat: `-z` only checks that a port is open; anything else sends or listens. */
export const classifyNetcat: ToolClassifier = (tool, args) => {
  if (hasFlag(args, '-e', '-c', '--exec', '--sh-exec', '--lua-exec'))
    return classified('unknown', tool, `nc.exec`, `${tool} -e/-c runs a command for the connection`)
  if (hasFlag(args, '-l', '--listen'))
    return classified('unknown', tool, 'nc.listen', `${tool} -l listens until stopped`)
  if (hasFlag(args, '-z'))
    return classified(
      'read-only',
      tool,
      'nc.port-check',
      `${tool} -z only checks that a port is open`
    )
  return classified(
    'unknown',
    tool,
    'nc.connection',
    `${tool} without -z opens a connection and sends whatever its input holds`
  )
}
