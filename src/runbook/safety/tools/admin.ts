// Host administration the other tables leave out: copies onto devices and system files, recursive
// permission changes, in-place edits without a backup, rsync --delete, crontab -r, users, ZFS and
// LVM. Each tool names what it cannot take back.
import { flagValue, hasFlag, positionals } from '../argv.js'
import type { ToolClassifier } from '../types.js'
import { classified } from '../types.js'
import { classifyPlain } from './plain.js'

/** Files a copy must not land on without a person looking: devices and the system's own files. */
const HARMLESS_DEVICES = /^\/dev\/(null|zero|stdout|stderr|stdin|tty|fd\/\d+)$/
const SYSTEM_PATH = /^\/(etc|boot|usr|bin|sbin|lib|lib32|lib64|libx32|proc|sys|var\/lib)(\/|$)/

function systemTarget(path: string): 'device' | 'system file' | undefined {
  if (path.startsWith('/dev/')) return HARMLESS_DEVICES.test(path) ? undefined : 'device'
  return SYSTEM_PATH.test(path) ? 'system file' : undefined
}

const TARGET_VALUE_FLAGS: Record<string, ReadonlySet<string>> = {
  cp: new Set(['-t', '--target-directory', '-S', '--suffix']),
  mv: new Set(['-t', '--target-directory', '-S', '--suffix']),
  install: new Set([
    '-t',
    '--target-directory',
    '-m',
    '--mode',
    '-o',
    '--owner',
    '-g',
    '--group',
    '-S',
    '--suffix'
  ]),
  ln: new Set(['-t', '--target-directory', '-S', '--suffix']),
  tee: new Set(['--output-error'])
}

/** cp, mv, install, ln, tee: writing onto a device or a system file is destructive. */
export const classifyCopy: ToolClassifier = (tool, args, classify) => {
  const words = positionals(args, TARGET_VALUE_FLAGS[tool] ?? new Set())
  const explicit = flagValue(args, '-t', '--target-directory')
  const targets = tool === 'tee' ? words : explicit !== undefined ? [explicit] : words.slice(-1)
  for (const t of targets) {
    const kind = systemTarget(t)
    if (kind !== undefined)
      return classified(
        'destructive',
        tool,
        `${tool}.${kind === 'device' ? 'device' : 'system-file'}`,
        `${tool} overwrites the ${kind} ${t}`
      )
  }
  return classifyPlain(tool, args, classify)
}

/** chmod, chown, chgrp, setfacl: -R changes a whole tree, which no command simply puts back. */
export const classifyPermissions: ToolClassifier = (tool, args, classify) =>
  hasFlag(args, '-R', '--recursive')
    ? classified(
        'destructive',
        tool,
        `${tool}.recursive`,
        `${tool} -R changes every file below; the old modes and owners are lost`
      )
    : classifyPlain(tool, args, classify)

/** sed -i and yq -i rewrite the file; without a backup suffix the old content is gone. */
export const classifyInPlace: ToolClassifier = (tool, args) => {
  const inPlace = args.find(
    (a) => a === '-i' || a === '--in-place' || /^-i\S/.test(a) || a.startsWith('--in-place=')
  )
  if (inPlace === undefined)
    return classified('read-only', tool, `${tool}.read`, `${tool} without -i only prints`)
  const backup = tool === 'sed' && inPlace !== '-i' && inPlace !== '--in-place'
  return backup
    ? classified(
        'mutating',
        tool,
        `${tool}.in-place-backup`,
        `${tool} ${inPlace} edits the file in place and keeps a backup`
      )
    : classified(
        'destructive',
        tool,
        `${tool}.in-place`,
        `${tool} -i rewrites the file in place, keeping no copy of what it was`
      )
}

/** rsync: --delete* and --remove-source-files delete files; -n is a dry run. */
export const classifyRsync: ToolClassifier = (tool, args) => {
  if (hasFlag(args, '-n', '--dry-run'))
    return classified('read-only', tool, 'rsync.dry-run', 'rsync -n only lists what it would do')
  const del = args.find((a) => /^--(delete[\w-]*|del|remove-source-files)$/.test(a))
  return del === undefined
    ? classified('mutating', tool, 'rsync.copy', 'rsync copies and overwrites files')
    : classified('destructive', tool, 'rsync.delete', `rsync ${del} deletes files`)
}

/** crontab: -l lists, -r (and -ir) removes the whole table. */
export const classifyCrontab: ToolClassifier = (tool, args, classify) => {
  if (args.some((a) => /^-[a-z]*r[a-z]*$/.test(a) && a !== '-u'))
    return classified('destructive', tool, 'crontab.remove', 'crontab -r deletes the whole crontab')
  if (hasFlag(args, '-l'))
    return classified('read-only', tool, 'crontab.list', 'crontab -l only lists')
  return classifyPlain(tool, args, classify)
}

/** userdel and groupdel remove accounts (userdel -r their files too). */
export const classifyAccountDelete: ToolClassifier = (tool, args) =>
  tool === 'userdel' && hasFlag(args, '-r', '--remove')
    ? classified(
        'destructive',
        tool,
        'userdel.remove',
        'userdel -r deletes the account and its home directory'
      )
    : classified(
        'destructive',
        tool,
        `${tool}.delete`,
        `${tool} deletes the account; its id may be reused`
      )

const ZFS_READS = /^(list|get|status|iostat|history|events|holds|diff|version|help)$/

/** zpool and zfs: destroy, labelclear and rollback lose data; list/get/status read. */
export const classifyZfs: ToolClassifier = (tool, args) => {
  const verb = positionals(args, new Set())[0] ?? 'help'
  if (/^(destroy|labelclear|rollback)$/.test(verb))
    return classified(
      'destructive',
      tool,
      `${tool}.${verb}`,
      `${tool} ${verb} loses data that cannot be brought back`
    )
  return ZFS_READS.test(verb)
    ? classified('read-only', tool, `${tool}.read`, `${tool} ${verb} only reads`)
    : classified('mutating', tool, `${tool}.change`, `${tool} ${verb} changes pools or datasets`)
}

/** LVM: *remove, lvreduce and pvcreate lose data; *s, *display and *scan read; the rest change. */
export const classifyLvm: ToolClassifier = (tool) => {
  if (/^(lv|vg|pv)remove$|^lvreduce$|^pvcreate$/.test(tool))
    return classified(
      'destructive',
      tool,
      `${tool}`,
      `${tool} deletes or shrinks volumes, or overwrites a disk label`
    )
  return /^(lv|vg|pv)(s|display|scan)$/.test(tool)
    ? classified('read-only', tool, 'lvm.read', `${tool} only reads`)
    : classified('mutating', tool, 'lvm.change', `${tool} changes volumes`)
}

export const LVM_TOOLS = [
  'lvremove',
  'vgremove',
  'pvremove',
  'lvreduce',
  'pvcreate',
  'lvs',
  'vgs',
  'pvs',
  'lvdisplay',
  'vgdisplay',
  'pvdisplay',
  'lvscan',
  'vgscan',
  'pvscan',
  'lvcreate',
  'lvextend',
  'vgextend',
  'vgcreate',
  'lvresize',
  'lvchange',
  'vgchange'
]
