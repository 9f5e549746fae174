// git, terraform, ansible-playbook and ansible.
import { flagValue, hasFlag, positionals } from '../argv.js'
import type { Classification, ToolClassifier } from '../types.js'
import { classified } from '../types.js'
import type { VerbSpec } from '../verbs.js'
import { classifyVerb } from '../verbs.js'
import { unwrapOnce } from '../wrapped.js'

const GIT: VerbSpec = {
  readOnly: `status, log, diff, show, blame, grep, ls-files, ls-tree, ls-remote, rev-parse, rev-list,
    describe, shortlog, reflog, cat-file, version, help, whatchanged, for-each-ref, show-ref,
    name-rev, merge-base, verify-commit, verify-tag, fsck, count-objects, check-ignore`,
  mutating: `fetch, clone, pull, commit, add, checkout, switch, merge, rebase, stash, cherry-pick,
    revert, init, am, apply, mv, restore, submodule, config, remote, tag, branch, push,
    notes, worktree, bisect, sparse-checkout, lfs`,
  destructive: `clean, filter-branch, filter-repo, rm, prune, update-ref, gc`,
  reasons: {
    gc: 'git gc expires reflogs and deletes unreachable objects: the refs a recovery needs are lost',
    clean: 'git clean deletes untracked files',
    rm: 'git rm deletes files from the work tree'
  }
}

/** Classifies git; force pushes, hard resets and forced branch deletion are destructive. */
export const classifyGit: ToolClassifier = (tool, args) => {
  const config = unwrapOnce(tool, args)
  if ('opaque' in config) return classified('unknown', tool, 'git.config-command', config.opaque)
  const words = positionals(args, new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace']))
  const verb = words[0]
  const d = (rule: string, reason: string): Classification =>
    classified('destructive', tool, rule, reason)
  if (
    verb === 'push' &&
    hasFlag(args, '-f', '--force', '--force-with-lease', '--delete', '-d', '--mirror', '--prune')
  )
    return d('git.push-force', 'git push --force/--delete overwrites or deletes remote history')
  if (verb === 'reset') {
    return hasFlag(args, '--hard', '--merge', '--keep')
      ? d('git.reset-hard', 'git reset --hard discards uncommitted work')
      : classified('mutating', tool, 'git.reset', 'git reset moves HEAD and the index')
  }
  if (verb === 'branch' && hasFlag(args, '-D', '--delete', '-d'))
    return d('git.branch-delete', 'git branch -d/-D deletes a branch')
  if (verb === 'checkout' && (args.includes('.') || hasFlag(args, '-f', '--force')))
    return d('git.checkout-discard', 'git checkout -f / checkout . discards local changes')
  if (verb === 'stash' && (words[1] === 'drop' || words[1] === 'clear'))
    return d('git.stash-drop', 'git stash drop/clear deletes stashed work')
  if (
    (verb === 'branch' || verb === 'tag' || verb === 'remote' || verb === 'stash') &&
    words.length === 1 &&
    !hasFlag(args, '-m', '-M', '-a', '-c')
  )
    return classified(
      'read-only',
      tool,
      `git.${verb}-list`,
      `git ${verb} without arguments only lists`
    )
  if (verb === 'remote' && (words[1] === 'show' || words[1] === 'get-url' || hasFlag(args, '-v')))
    return classified('read-only', tool, 'git.remote-list', 'git remote -v only lists')
  if (verb === 'config' && hasFlag(args, '--get', '--list', '-l', '--get-all', '--get-regexp'))
    return classified('read-only', tool, 'git.config-get', 'git config --get only reads')
  return classifyVerb(tool, verb, GIT)
}

const TERRAFORM: VerbSpec = {
  readOnly: `plan, show, output, validate, version, providers, graph, console, state list, state show,
    state pull, workspace list, workspace show, fmt -check, test, metadata`,
  mutating: `init, apply, import, taint, untaint, refresh, fmt, get, login, logout, workspace new,
    workspace select, state mv, state push, state replace-provider, force-unlock`,
  destructive: `destroy, state rm, workspace delete`,
  reasons: {
    destroy: 'terraform destroy deletes every managed resource',
    'state rm': 'state rm makes terraform forget resources'
  }
}

/** Classifies terraform (and tofu); apply -destroy or -auto-approve applies deletions unreviewed. */
export const classifyTerraform: ToolClassifier = (tool, args) => {
  const words = positionals(
    args,
    new Set(['-chdir', '-var', '-var-file', '-target', '-out', '-state'])
  )
  const verb = words[0]
  if (verb === 'apply' && hasFlag(args, '-destroy'))
    return classified(
      'destructive',
      tool,
      'terraform.apply-destroy',
      'terraform apply -destroy deletes every managed resource'
    )
  if (verb === 'apply' && hasFlag(args, '-auto-approve'))
    return classified(
      'destructive',
      tool,
      'terraform.auto-approve',
      'terraform apply -auto-approve applies every change, deletions included, without review'
    )
  if (verb === 'plan' && hasFlag(args, '-destroy'))
    return classified(
      'read-only',
      tool,
      'terraform.plan',
      'terraform plan -destroy only shows what would be deleted'
    )
  const two = classifyVerb(tool, words.slice(0, 2).join(' '), TERRAFORM)
  return two.level !== 'unknown' ? two : classifyVerb(tool, verb, TERRAFORM)
}

const DESTRUCTIVE_PLAYBOOK =
  /(^|\/)(remove|reset|destroy|delete|purge|teardown|uninstall|decommission|wipe)[-_\w]*\.ya?ml$/

/** ansible-playbook: --check and listing are read-only; removal playbooks are destructive. */
export const classifyAnsiblePlaybook: ToolClassifier = (tool, args) => {
  if (
    hasFlag(args, '--check', '-C', '--syntax-check', '--list-hosts', '--list-tasks', '--list-tags')
  )
    return classified(
      'read-only',
      tool,
      'ansible-playbook.check',
      'ansible-playbook --check/--list-* changes nothing'
    )
  const books = positionals(
    args,
    new Set([
      '-i',
      '--inventory',
      '-e',
      '--extra-vars',
      '-l',
      '--limit',
      '-u',
      '--user',
      '-t',
      '--tags',
      '--skip-tags',
      '-f',
      '--forks',
      '-b',
      '--become-user',
      '--private-key',
      '--vault-password-file'
    ])
  )
  const bad = books.find((b) => DESTRUCTIVE_PLAYBOOK.test(b))
  if (bad !== undefined)
    return classified(
      'destructive',
      tool,
      'ansible-playbook.remove',
      `the playbook ${bad} removes or resets hosts`
    )
  return classified(
    'mutating',
    tool,
    'ansible-playbook.run',
    'ansible-playbook changes the hosts it targets'
  )
}

/** ansible ad-hoc: the module decides (ping/setup read; shell/command/raw run anything). */
export const classifyAnsible: ToolClassifier = (tool, args) => {
  const mod = flagValue(args, '-m', '--module-name') ?? 'command'
  if (
    hasFlag(args, '--check', '-C') ||
    /^(ping|setup|gather_facts|stat|slurp|debug|command_info)$/.test(mod)
  )
    return classified('read-only', tool, 'ansible.read', `ansible -m ${mod} only reads`)
  if (/^(shell|command|raw|script)$/.test(mod))
    return classified(
      'unknown',
      tool,
      'ansible.command',
      `ansible -m ${mod} runs an arbitrary command on the hosts`
    )
  return classified('mutating', tool, 'ansible.module', `ansible -m ${mod} changes the hosts`)
}
