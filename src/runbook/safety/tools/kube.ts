// kubectl and oc (same verbs; oc adds `adm` and OpenShift verbs), with the rules that depend on
// more than the verb: dry runs, scale to zero, NoExecute taints, finalizer patches, exec.
import { afterDoubleDash, flagValue, hasFlag, positionals } from '../argv.js'
import type { Classification, Classify, ToolClassifier } from '../types.js'
import { classified } from '../types.js'
import type { VerbSpec } from '../verbs.js'
import { classifyVerb, list } from '../verbs.js'
import { classifyRookPlugin } from './rook.js'

/** Flags of kubectl/oc that take a value (so the value is not mistaken for the verb). */
export const KUBE_VALUE_FLAGS: ReadonlySet<string> = new Set(
  list(`-n, --namespace, --context, --cluster, --kubeconfig, --user, -s, --server, --token, --as,
  --as-group, --request-timeout, -l, --selector, -o, --output, -c, --container, -f,
  --filename, --field-selector, --sort-by, --template, --type, -p, --patch, --image,
  --replicas, --grace-period, --timeout, --tail, --since, --to`)
)

const KUBE_VERBS: VerbSpec = {
  readOnly: `get, describe, logs, top, explain, api-resources, api-versions, version, cluster-info,
    diff, wait, events, kustomize, port-forward, proxy, whoami, status, projects, extract,
    observe, completion, plugin`,
  mutating: `apply, create, patch, edit, label, annotate, set, autoscale, expose, run, cordon,
    uncordon, cp, replace, certificate, login, logout, new-app, new-project, new-build,
    start-build, cancel-build, import-image, tag, process, rsync, image, registry`,
  destructive: `delete, drain`,
  reasons: {
    delete: 'delete removes resources; their pods and data may not come back',
    drain: 'drain evicts every pod from the node',
    'port-forward': 'port-forward only forwards a port (it runs until stopped)',
    edit: 'edit opens an editor and changes the resource'
  }
}

const ROLLOUT: VerbSpec = {
  readOnly: `status, history`,
  mutating: `restart, undo, pause, resume, retry, latest, cancel`
}
const CONFIG: VerbSpec = {
  readOnly: `view, get-contexts, current-context, get-clusters, get-users`,
  mutating: `use-context, use, set, set-context, set-cluster, set-credentials, unset, delete-context,
    delete-cluster, delete-user, rename-context`
}
const AUTH: VerbSpec = { readOnly: `can-i, whoami`, mutating: 'reconcile' }
const ADM: VerbSpec = {
  readOnly: `top, node-logs, inspect, release, verify-image-signature, completion`,
  mutating: `cordon, uncordon, policy, groups, certificate, must-gather, new-project, pod-network,
    create-bootstrap-project-template, ca, catalog, ocp-certificates`,
  destructive: `drain, prune`,
  reasons: { drain: 'adm drain evicts every pod from the node', prune: 'adm prune deletes objects' }
}

/** Classifies kubectl and oc. */
export const classifyKube: ToolClassifier = (tool, args, classify) => {
  const words = positionals(args, KUBE_VALUE_FLAGS)
  const verb = words[0]
  const base = special(tool, verb, words, args, classify)
  if (base.level !== 'read-only' && base.level !== 'unknown' && isDryRun(args)) {
    return classified(
      'read-only',
      tool,
      `${tool}.dry-run`,
      `${tool} ${verb ?? ''} --dry-run changes nothing`
    )
  }
  return base
}

function isDryRun(args: readonly string[]): boolean {
  const v = flagValue(args, '--dry-run')
  return args.includes('--dry-run') || (v !== undefined && v !== 'none')
}

function special(
  tool: string,
  verb: string | undefined,
  words: string[],
  args: readonly string[],
  classify: Classify
): Classification {
  switch (verb) {
    case 'rollout':
      return classifyVerb(tool, words[1], ROLLOUT, `${tool} rollout`)
    case 'config':
      return classifyVerb(tool, words[1], CONFIG, `${tool} config`)
    case 'auth':
      return classifyVerb(tool, words[1], AUTH, `${tool} auth`)
    case 'adm':
      return admin(tool, words, args)
    case 'scale':
      return scale(tool, args)
    case 'taint':
      return taint(tool, words)
    case 'patch':
      return patch(tool, args)
    case 'exec':
    case 'rsh':
    case 'debug':
    case 'attach':
      return inContainer(tool, verb, words, args, classify)
    case 'project':
      return words.length > 1
        ? classified(
            'mutating',
            tool,
            `${tool}.project`,
            `${tool} project NAME switches the current project`
          )
        : classified(
            'read-only',
            tool,
            `${tool}.project`,
            `${tool} project shows the current project`
          )
    case 'rook-ceph':
      return classifyRookPlugin(tool, args.slice(args.indexOf('rook-ceph') + 1), classify)
    case 'apply':
      return hasFlag(args, '--prune')
        ? classified(
            'destructive',
            tool,
            `${tool}.apply-prune`,
            'apply --prune deletes resources missing from the manifests'
          )
        : classifyVerb(tool, verb, KUBE_VERBS)
    case 'replace':
      return hasFlag(args, '--force')
        ? classified(
            'destructive',
            tool,
            `${tool}.replace-force`,
            'replace --force deletes and re-creates the resource'
          )
        : classifyVerb(tool, verb, KUBE_VERBS)
    default:
      return classifyVerb(tool, verb, KUBE_VERBS)
  }
}

function admin(tool: string, words: string[], args: readonly string[]): Classification {
  const sub = words[1]
  if (sub === 'taint') return taint(tool, words.slice(1))
  if (sub === 'upgrade') {
    return hasFlag(args, '--to', '--to-latest', '--to-image', '--clear')
      ? classified(
          'mutating',
          tool,
          `${tool}.adm-upgrade`,
          'adm upgrade --to starts a cluster upgrade'
        )
      : classified(
          'read-only',
          tool,
          `${tool}.adm-upgrade`,
          'adm upgrade without --to shows the upgrade status'
        )
  }
  return classifyVerb(tool, sub, ADM, `${tool} adm`)
}

function scale(tool: string, args: readonly string[]): Classification {
  const replicas = flagValue(args, '--replicas')
  if (replicas === '0') {
    return classified(
      'destructive',
      tool,
      `${tool}.scale-to-zero`,
      'scale --replicas=0 stops every pod of the workload'
    )
  }
  return classified('mutating', tool, `${tool}.scale`, 'scale changes the number of replicas')
}

function taint(tool: string, words: string[]): Classification {
  const specs = words
    .slice(1)
    .filter((w) => /:(NoExecute|NoSchedule|PreferNoSchedule)-?$/.test(w) || w.endsWith('-'))
  if (specs.some((w) => /:NoExecute$/.test(w))) {
    return classified(
      'destructive',
      tool,
      `${tool}.taint-noexecute`,
      'a NoExecute taint evicts every pod that does not tolerate it'
    )
  }
  return classified('mutating', tool, `${tool}.taint`, 'taint changes where pods may be scheduled')
}

function patch(tool: string, args: readonly string[]): Classification {
  const body = flagValue(args, '-p', '--patch') ?? ''
  if (/finalizers/.test(body)) {
    return classified(
      'destructive',
      tool,
      `${tool}.patch-finalizers`,
      'removing finalizers lets the API delete the object at once, skipping its cleanup'
    )
  }
  if (/"?replicas"?\s*:\s*0\b/.test(body)) {
    return classified(
      'destructive',
      tool,
      `${tool}.scale-to-zero`,
      'patching replicas to 0 stops every pod of the workload'
    )
  }
  return classified('mutating', tool, `${tool}.patch`, 'patch changes the resource')
}

function inContainer(
  tool: string,
  verb: string,
  words: string[],
  args: readonly string[],
  classify: Classify
): Classification {
  let inner = afterDoubleDash(args)
  // `oc rsh POD CMD...` takes the command without `--`.
  if (inner === undefined && verb === 'rsh' && words.length > 2) {
    const at = args.indexOf(words[1] as string, args.indexOf('rsh') + 1)
    inner = args.slice(at + 1)
  }
  if (verb === 'attach' || inner === undefined || inner.length === 0) {
    return classified(
      'unknown',
      tool,
      `${tool}.${verb}-shell`,
      `${tool} ${verb} opens an interactive session in which anything can run`
    )
  }
  const c = classify(inner)
  const floor = verb === 'debug' ? 'mutating' : 'read-only'
  const level = c.level === 'read-only' ? floor : c.level
  return classified(
    level,
    tool,
    `${tool}.${verb}`,
    `${tool} ${verb} runs '${inner.join(' ')}' in a container: ${c.reason}`
  )
}
