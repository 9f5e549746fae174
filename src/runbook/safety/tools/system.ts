// Host administration: services, logs, files and disks, processes, power, firewall, mounts.
import { flagValue, hasFlag, positionals } from '../argv.js'
import type { ToolClassifier } from '../types.js'
import { classified } from '../types.js'
import type { VerbSpec } from '../verbs.js'
import { classifyVerb } from '../verbs.js'

const SYSTEMCTL: VerbSpec = {
  readOnly: `status, show, list-units, list-unit-files, list-sockets, list-timers, list-jobs,
    list-dependencies, list-machines, is-active, is-enabled, is-failed, is-system-running,
    cat, get-default, show-environment, help`,
  mutating: `start, restart, reload, try-restart, reload-or-restart, try-reload-or-restart, enable,
    disable, reenable, daemon-reload, daemon-reexec, reset-failed, mask, unmask,
    set-property, edit, set-default, preset, stop, link, revert, set-environment,
    unset-environment`,
  destructive: `kill, isolate, poweroff, reboot, halt, kexec, rescue, emergency, suspend, hibernate,
    soft-reboot, clean`,
  reasons: {
    stop: 'systemctl stop stops the service until it is started again',
    reboot: 'systemctl reboot restarts the host'
  }
}

/** Classifies systemctl. */
export const classifySystemctl: ToolClassifier = (tool, args) => {
  const words = positionals(
    args,
    new Set([
      '-H',
      '--host',
      '-M',
      '--machine',
      '-p',
      '--property',
      '-t',
      '--type',
      '--state',
      '-s',
      '--signal',
      '-n',
      '--lines',
      '-o',
      '--output'
    ])
  )
  return classifyVerb(tool, words[0] ?? 'list-units', SYSTEMCTL)
}

/** journalctl reads logs; --vacuum-* deletes them. */
export const classifyJournalctl: ToolClassifier = (tool, args) => {
  if (hasFlag(args, '--vacuum-size', '--vacuum-time', '--vacuum-files'))
    return classified(
      'destructive',
      tool,
      'journalctl.vacuum',
      'journalctl --vacuum-* deletes archived logs'
    )
  if (hasFlag(args, '--rotate', '--flush', '--sync', '--relinquish-var', '--setup-keys'))
    return classified(
      'mutating',
      tool,
      'journalctl.maintenance',
      'journalctl --rotate/--flush changes the journal files'
    )
  return classified('read-only', tool, 'journalctl.read', 'journalctl only reads logs')
}

/** rm: every rm deletes; recursive or forced deletion is called out. */
export const classifyRm: ToolClassifier = (tool, args) =>
  hasFlag(args, '-r', '-R', '--recursive')
    ? classified('destructive', tool, 'rm.recursive', 'rm -r deletes a whole directory tree')
    : classified('destructive', tool, 'rm.file', 'rm deletes files; they cannot be recovered')

/** dd writes its output file; without of= it only copies to stdout. */
export const classifyDd: ToolClassifier = (tool, args) =>
  args.some((a) => a.startsWith('of='))
    ? classified('destructive', tool, 'dd.of', 'dd of= overwrites the output file or device')
    : classified('read-only', tool, 'dd.stdout', 'dd without of= only copies to standard output')

/** Tools that wipe or cut data whatever their arguments. */
export const classifyWipe: ToolClassifier = (tool) => {
  const what: Record<string, string> = {
    shred: 'shred overwrites files so they cannot be recovered',
    truncate: 'truncate cuts files to a size, dropping their content',
    wipefs: 'wipefs erases filesystem signatures from a device',
    blkdiscard: 'blkdiscard discards every block of a device'
  }
  const reason =
    tool.startsWith('mkfs') || tool.startsWith('mke2fs') || tool === 'mkswap'
      ? `${tool} creates a new filesystem, erasing the device`
      : (what[tool] ?? `${tool} erases data`)
  return classified('destructive', tool, `${tool.startsWith('mkfs') ? 'mkfs' : tool}.wipe`, reason)
}

/** Partition editors: listing is read-only, anything else rewrites the partition table. */
export const classifyPartition: ToolClassifier = (tool, args) =>
  hasFlag(args, '-l', '--list', '-p', '--print') || args.includes('print')
    ? classified('read-only', tool, `${tool}.list`, `${tool} -l only lists partitions`)
    : classified('destructive', tool, `${tool}.edit`, `${tool} rewrites the partition table`)

/** kill, pkill, killall: signals stop processes; `kill -0` and `-l` only check. */
export const classifyKill: ToolClassifier = (tool, args) => {
  if (tool === 'kill' && (args[0] === '-0' || args[0] === '-l' || args[0] === '-L'))
    return classified('read-only', tool, 'kill.check', `kill ${args[0]} sends no signal`)
  return classified('destructive', tool, `${tool}.signal`, `${tool} stops running processes`)
}

/** shutdown, reboot, halt, poweroff. */
export const classifyPower: ToolClassifier = (tool, args) =>
  tool === 'shutdown' && hasFlag(args, '-c')
    ? classified('mutating', tool, 'shutdown.cancel', 'shutdown -c cancels a pending shutdown')
    : classified('destructive', tool, `${tool}.power`, `${tool} takes the host down`)

/** iptables/ip6tables (and -legacy/-nft variants): list vs change vs flush/delete. */
export const classifyIptables: ToolClassifier = (tool, args) => {
  if (tool.includes('-save'))
    return classified('read-only', tool, 'iptables.save', `${tool} prints the rules`)
  if (tool.includes('-restore'))
    return classified(
      'destructive',
      tool,
      'iptables.restore',
      `${tool} replaces the whole rule set`
    )
  if (hasFlag(args, '-F', '--flush', '-X', '--delete-chain', '-D', '--delete', '-Z', '--zero'))
    return classified(
      'destructive',
      tool,
      'iptables.delete',
      `${tool} -F/-X/-D removes firewall rules`
    )
  if (
    hasFlag(
      args,
      '-A',
      '--append',
      '-I',
      '--insert',
      '-R',
      '--replace',
      '-N',
      '--new-chain',
      '-P',
      '--policy',
      '-E',
      '--rename-chain'
    )
  )
    return classified('mutating', tool, 'iptables.change', `${tool} changes firewall rules`)
  if (hasFlag(args, '-L', '--list', '-S', '--list-rules', '-C', '--check'))
    return classified('read-only', tool, 'iptables.list', `${tool} -L/-S only lists rules`)
  return classified(
    'unknown',
    tool,
    'iptables.unknown',
    `${tool} without a recognised command flag`
  )
}

/** nft: list is read-only; flush/delete are destructive; add/insert/replace mutate. */
export const classifyNft: ToolClassifier = (tool, args) => {
  const verb = positionals(args, new Set(['-f', '--file']))[0]
  if (verb === 'list' || verb === '-l')
    return classified('read-only', tool, 'nft.list', 'nft list only lists rules')
  if (verb === 'flush' || verb === 'delete' || verb === 'destroy' || hasFlag(args, '-f', '--file'))
    return classified(
      'destructive',
      tool,
      'nft.delete',
      'nft flush/delete (or a rule file) removes firewall rules'
    )
  if (
    verb === 'add' ||
    verb === 'insert' ||
    verb === 'replace' ||
    verb === 'create' ||
    verb === 'rename'
  )
    return classified('mutating', tool, 'nft.change', 'nft changes firewall rules')
  return classified(
    'unknown',
    tool,
    'nft.unknown',
    `nft ${verb ?? ''} is not a command the classifier knows`
  )
}

/** mount lists without arguments; umount -f/-l forces. */
export const classifyMount: ToolClassifier = (tool, args) => {
  if (tool === 'mount') {
    return args.length === 0 ||
      (args.length <= 2 &&
        hasFlag(args, '-l', '-t') &&
        positionals(args, new Set(['-t'])).length === 0)
      ? classified('read-only', tool, 'mount.list', 'mount without a device only lists mounts')
      : classified('mutating', tool, 'mount.mount', 'mount attaches a filesystem')
  }
  return hasFlag(args, '-f', '--force', '-l', '--lazy')
    ? classified(
        'destructive',
        tool,
        'umount.force',
        'umount -f/-l detaches a filesystem that is in use'
      )
    : classified('mutating', tool, 'umount.umount', 'umount detaches a filesystem')
}

/** sysctl: reading is read-only; -w or key=value writes a kernel setting. */
export const classifySysctl: ToolClassifier = (tool, args) =>
  hasFlag(args, '-w', '--write', '-p', '--load', '--system') ||
  args.some((a) => /^[a-z][\w.]*=/.test(a))
    ? classified('mutating', tool, 'sysctl.write', 'sysctl -w changes a kernel setting')
    : classified('read-only', tool, 'sysctl.read', 'sysctl only reads kernel settings')

/** ip (iproute2): show/list are read-only; flush/del are destructive; add/set mutate. */
export const classifyIp: ToolClassifier = (tool, args) => {
  const words = positionals(args, new Set(['-n', '-netns', '-f', '-family']))
  const action = words[1]
  if (action === undefined || /^(show|list|ls|get|lst|sh|s|l|monitor)$/.test(action))
    return classified('read-only', tool, 'ip.show', 'ip ... show only reads network settings')
  if (/^(flush|del|delete)$/.test(action))
    return classified(
      'destructive',
      tool,
      'ip.delete',
      `ip ${words[0] ?? ''} ${action} removes network configuration`
    )
  return classified(
    'mutating',
    tool,
    'ip.change',
    `ip ${words[0] ?? ''} ${action} changes network configuration`
  )
}

/** `systemd-run`, `service NAME ACTION`: the action decides. */
export const classifyService: ToolClassifier = (tool, args) => {
  const action = positionals(args, new Set())[1]
  if (action === 'status')
    return classified('read-only', tool, 'service.status', 'service NAME status only reads')
  if (action === undefined)
    return classified('unknown', tool, 'service.unknown', 'service without an action')
  return classified(
    'mutating',
    tool,
    'service.action',
    `service NAME ${action} changes the service`
  )
}

/** A value an option must have for a read-only use, e.g. `date` without `-s`. */
export const classifyDate: ToolClassifier = (tool, args) =>
  flagValue(args, '-s', '--set') !== undefined
    ? classified('mutating', tool, 'date.set', 'date -s sets the system clock')
    : classified('read-only', tool, 'date.read', 'date prints the time')
