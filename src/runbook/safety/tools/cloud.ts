// helm and the cloud CLIs (az, aws, gcloud). The clouds name operations by a verb word that follows
// fixed conventions (list/show/describe/get-*, create/update/set-*, delete/remove/terminate-*).
import { flagValue, hasFlag, positionals, scriptCommands } from '../argv.js'
import type { Classification, Classify, ToolClassifier } from '../types.js'
import { classified, worst } from '../types.js'
import type { VerbSpec } from '../verbs.js'
import { classifyVerb } from '../verbs.js'

const HELM: VerbSpec = {
  readOnly: `list, ls, status, get, history, hist, show, inspect, template, search, version, env,
    lint, verify, test`,
  mutating: `install, upgrade, rollback, repo, dependency, dep, plugin, pull, fetch, package, push,
    registry, create`,
  destructive: `uninstall, delete, del, un`,
  reasons: { uninstall: 'helm uninstall deletes every resource of the release' }
}
const HELM_VALUE_FLAGS = new Set([
  '-n',
  '--namespace',
  '--kube-context',
  '--kubeconfig',
  '-f',
  '--values',
  '--set',
  '--version',
  '-o',
  '--output'
])

/** Classifies helm; --dry-run makes any verb read-only. */
export const classifyHelm: ToolClassifier = (tool, args) => {
  const words = positionals(args, HELM_VALUE_FLAGS)
  const verb = words[0]
  const c = classifyVerb(tool, verb, HELM)
  if ((c.level === 'mutating' || c.level === 'destructive') && hasFlag(args, '--dry-run'))
    return classified(
      'read-only',
      tool,
      'helm.dry-run',
      `helm ${verb ?? ''} --dry-run changes nothing`
    )
  if (verb === 'repo' && (words[1] === 'list' || words[1] === 'ls'))
    return classified('read-only', tool, 'helm.repo-list', 'helm repo list only reads')
  return c
}

/** The level of a cloud operation verb (az, gcloud) or operation name (aws), by convention. */
function cloudVerbLevel(verb: string): Classification['level'] | undefined {
  if (verb === 'get-credentials') return 'mutating'
  if (
    /^(list|show|describe|get|read|tail|wait|query|check|browse|version|search|head|lookup|validate|export|download|test|logs|ls|get-.*|show-.*|list-.*|describe-.*|check-.*|head-.*|wait-.*|lookup-.*|batch-get-.*|estimate-.*|simulate-.*|validate-.*|search-.*|generate-.*)$/.test(
      verb
    )
  )
    return 'read-only'
  if (
    /^(delete|purge|remove|terminate|destroy|wipe|reimage|rb|rm|delete-.*|remove-.*|terminate-.*|purge-.*|deregister-.*|disassociate-.*|revoke-.*|release-.*|detach-.*|cancel-.*|reset-.*|drop-.*)$/.test(
      verb
    )
  )
    return 'destructive'
  if (
    /^(create|update|set|add|start|stop|restart|scale|upgrade|enable|disable|assign|attach|import|login|logout|deallocate|redeploy|run|invoke|put|tag|untag|copy|cp|mv|sync|move|rotate|renew|resize|apply|deploy|register|modify|associate|authorize|reboot|promote|failover|swap|upload|configure|init|install|get-credentials|create-.*|update-.*|put-.*|start-.*|stop-.*|reboot-.*|modify-.*|run-.*|attach-.*|associate-.*|authorize-.*|register-.*|enable-.*|disable-.*|set-.*|add-.*|import-.*|copy-.*|restore-.*|tag-.*|untag-.*|send-.*|publish-.*|invoke-.*|upload-.*|change-.*|replace-.*|allocate-.*|assume-.*|request-.*|rotate-.*)$/.test(
      verb
    )
  )
    return 'mutating'
  return undefined
}

function cloud(tool: string, path: string[], verb: string | undefined): Classification {
  const label = [tool, ...path].join(' ')
  if (verb === undefined)
    return classified('unknown', tool, `${tool}.no-operation`, `${label} without an operation`)
  let level = cloudVerbLevel(verb)
  if (verb === 'sync' && tool === 'aws') level = 'mutating'
  if (level === undefined)
    return classified(
      'unknown',
      tool,
      `${tool}.unknown-operation`,
      `${label} ${verb} is not an operation the classifier knows`
    )
  const what =
    level === 'read-only'
      ? 'only reads'
      : level === 'mutating'
        ? 'changes cloud resources or local settings'
        : 'deletes or detaches cloud resources'
  return classified(level, tool, `${tool}.${level}`, `${label} ${verb} ${what}`)
}

// Operations that run a script or command inside a VM, container or cluster (`az vm run-command
// invoke --scripts "rm -rf ..."`, `gcloud compute ssh vm --command ...`, `aws ssm send-command`).
// The cloud CLI only carries the script: automating it would let any command through
// allowed_commands, so the level is unknown, or destructive when the script visibly destroys.
const REMOTE_RUNNERS: readonly { words: RegExp; script: string[] }[] = [
  { words: /\brun-command(?: (?:invoke|create|update))?$/, script: ['--scripts'] },
  { words: /\baks command invoke\b/, script: ['--command'] },
  { words: /\bcontainer exec\b/, script: ['--exec-command'] },
  { words: /\bssh\b/, script: ['--command'] },
  { words: /^ssm (send-command|start-session)\b/, script: ['--parameters'] },
  { words: /^ecs execute-command\b/, script: ['--command'] }
]

function remoteRunner(
  tool: string,
  words: string[],
  args: readonly string[],
  classify: Classify
): Classification | undefined {
  const path = words.join(' ')
  const runner = REMOTE_RUNNERS.find((r) => r.words.test(path))
  const match = runner?.words.exec(path)
  if (runner === undefined || match === null || match === undefined) return undefined
  const label = `${tool} ${path.slice(0, match.index + match[0].length)}`
  const script = flagValue(args, ...runner.script)
  if (script === undefined)
    return classified(
      'unknown',
      tool,
      `${tool}.remote-command`,
      `${label} opens a session or runs a command elsewhere that the classifier cannot see`
    )
  const inner = worst(scriptCommands(script).map((c) => classify(c)))
  if (inner?.level === 'destructive')
    return classified(
      'destructive',
      tool,
      `${tool}.remote-command`,
      `${label} runs '${script}' elsewhere: ${inner.reason}`
    )
  return classified(
    'unknown',
    tool,
    `${tool}.remote-command`,
    `${label} runs the script '${script}' elsewhere; allowing ${tool} would let any script through the allowlist`
  )
}

/** az GROUP [SUBGROUP...] VERB [--flags]: the last word before the first flag is the verb. */
export const classifyAz: ToolClassifier = (tool, args, classify) =>
  remoteRunner(tool, leadingWords(args), args, classify) ?? groupThenVerb(tool, leadingWords(args))

/** gcloud [alpha|beta] GROUP... VERB: like az. */
export const classifyGcloud: ToolClassifier = (tool, args, classify) => {
  const words = leadingWords(args).filter((w) => w !== 'alpha' && w !== 'beta')
  return remoteRunner(tool, words, args, classify) ?? groupThenVerb(tool, words)
}

/**
 * The last word after the command group that is a known verb (`compute instances delete vm1`); the
 * last, since a group may itself look like a verb (`az vm run-command list`).
 */
function groupThenVerb(tool: string, words: string[]): Classification {
  const at = words.findLastIndex((w, i) => i > 0 && cloudVerbLevel(w) !== undefined)
  return at === -1
    ? cloud(tool, words.slice(0, -1), words[words.length - 1])
    : cloud(tool, words.slice(0, at), words[at])
}

/** aws SERVICE OPERATION: s3 has its own verbs; `s3 sync --delete` deletes. */
export const classifyAws: ToolClassifier = (tool, args, classify) => {
  const words = positionals(
    args,
    new Set(['--region', '--profile', '--output', '--endpoint-url', '--query'])
  )
  const remote = remoteRunner(tool, words.slice(0, 2), args, classify)
  if (remote !== undefined) return remote
  const [service, op] = words
  if (service === 's3' && op === 'sync' && hasFlag(args, '--delete'))
    return classified(
      'destructive',
      tool,
      'aws.s3-sync-delete',
      'aws s3 sync --delete deletes objects missing from the source'
    )
  if (service === 'configure')
    return classified('mutating', tool, 'aws.mutating', 'aws configure changes local settings')
  return cloud(tool, service === undefined ? [] : [service], op)
}

function leadingWords(args: readonly string[]): string[] {
  const out: string[] = []
  for (const a of args) {
    if (a.startsWith('-')) break
    out.push(a)
  }
  return out
}
