// Ceph and the Rook tooling around it: ceph, rbd, rados, radosgw-admin, ceph-volume, monmaptool,
// ceph-mon, ceph-objectstore-tool, and the `kubectl rook-ceph` plugin.
import { hasFlag, positionals } from '../argv.js'
import type { Classification, Classify, ToolClassifier } from '../types.js'
import { classified } from '../types.js'
import type { VerbSpec } from '../verbs.js'
import { classifyVerb } from '../verbs.js'

const CEPH_VALUE_FLAGS = new Set([
  '-c',
  '--conf',
  '-n',
  '--name',
  '--id',
  '-k',
  '--keyring',
  '-f',
  '--format',
  '-m',
  '--cluster',
  '-i',
  '--in-file',
  '-o',
  '--out-file'
])

// ceph <group> <verb>: the pair decides; a lone word (`ceph status`) is its own verb.
const CEPH: VerbSpec = {
  readOnly: `status, -s, health, df, versions, version, report, quorum_status, time-sync-status, fsid,
    -v, --version, osd tree, osd ls, osd df, osd dump, osd stat, osd find, osd metadata,
    osd perf, osd pool ls, osd pool get, osd pool stats, osd blocklist ls, osd crush tree,
    osd crush dump, osd crush rule ls, osd utilization, osd ok-to-stop, osd safe-to-destroy,
    mon stat, mon dump, mon metadata, mon versions, mon ok-to-stop, pg stat, pg dump,
    pg query, pg ls, pg dump_stuck, pg ls-by-pool, pg ls-by-osd, fs status, fs ls, fs dump,
    fs get, mds stat, mgr dump, mgr stat, mgr module ls, mgr services, auth get, auth list,
    auth ls, auth print-key, config get, config dump, config show, config ls, config-key get,
    config-key ls, crash ls, crash info, crash stat, orch ls, orch ps, orch status,
    orch host ls, orch device ls, balancer status, progress, log last, features`,
  mutating: `osd out, osd in, osd down, osd set, osd unset, osd reweight, osd crush reweight,
    osd pool set, osd pool create, osd create, osd pool application enable,
    osd blocklist add, osd primary-affinity, config set, config rm, config-key set,
    mgr module enable, mgr module disable, mgr fail, auth import, auth add, auth caps,
    auth get-or-create, crash archive, crash archive-all, balancer on, balancer off, mon add,
    mon enable-msgr2, fs set, orch apply, orch restart, orch daemon add, pg repair,
    pg deep-scrub, pg scrub, osd deep-scrub, osd scrub, tell`,
  destructive: `osd purge, osd destroy, osd rm, osd lost, osd pool delete, osd pool rm, osd crush remove,
    osd crush rm, fs rm, fs fail, mon remove, mon rm, auth del, auth rm, config-key rm,
    pg force_create_pg, osd force-create-pg, mds fail, crash rm, crash prune, orch rm,
    orch daemon rm, orch host rm, orch device zap, osd pool rmsnap`,
  reasons: {
    'osd purge': 'osd purge removes the OSD and its data from the cluster',
    'osd destroy': 'osd destroy marks the OSD destroyed; its data is gone',
    'osd pool delete': 'pool delete deletes every object in the pool'
  }
}

/** Classifies `ceph`. */
export const classifyCeph: ToolClassifier = (tool, args) => {
  const words = positionals(args, CEPH_VALUE_FLAGS)
  if (args[0] === '-s' || args[0] === '--version' || args[0] === '-v')
    return classifyVerb(tool, args[0], CEPH)
  // Longest known prefix of up to four words.
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const verb = words.slice(0, n).join(' ')
    const c = classifyVerb(tool, verb, CEPH)
    if (c.level !== 'unknown') return c
  }
  return classifyVerb(tool, words.slice(0, 2).join(' ') || undefined, CEPH)
}

const RBD: VerbSpec = {
  readOnly: `ls, list, info, status, du, diff, showmapped, device, snap ls, trash ls, children, watch,
    mirror`,
  mutating: `create, resize, map, unmap, snap create, snap protect, snap unprotect, clone, flatten,
    cp, copy, import, export, feature, lock, trash mv, trash restore, rename, mv`,
  destructive: `rm, remove, snap rm, snap purge, snap rollback, trash rm, trash purge`
}
const RADOS: VerbSpec = {
  readOnly: `ls, lspools, df, stat, get, listxattr, getxattr, listomapkeys, listomapvals,
    list-inconsistent-obj, bench`,
  mutating: `put, setxattr, setomapval, mkpool, cp, create, append, truncate`,
  destructive: `rm, purge, rmpool, cleanup, rmxattr, rmomapkey`
}
const RGW_ADMIN: VerbSpec = {
  readOnly: `user info, user list, user stats, bucket stats, bucket list, bucket check, zone get,
    zonegroup get, period get, sync status, metadata list, metadata get, realm list,
    zone list, gc list, usage show`,
  mutating: `user create, user modify, user suspend, user enable, key create, caps add, quota set,
    quota enable, bucket link, bucket unlink, bucket reshard, zone modify, zonegroup modify,
    period update, gc process`,
  destructive: `user rm, bucket rm, key rm, object rm, zone delete, zonegroup delete, usage trim,
    caps rm`
}
const CEPH_VOLUME: VerbSpec = {
  readOnly: `lvm list, inventory, raw list, simple scan`,
  mutating: `lvm create, lvm prepare, lvm activate, lvm deactivate, lvm batch, raw prepare,
    raw activate, simple activate`,
  destructive: `lvm zap, zap`
}

/** Classifies a tool whose verb may be one or two words. */
function twoWord(tool: string, args: readonly string[], spec: VerbSpec): Classification {
  const words = positionals(args, CEPH_VALUE_FLAGS)
  const two = classifyVerb(tool, words.slice(0, 2).join(' '), spec)
  return two.level !== 'unknown' ? two : classifyVerb(tool, words[0], spec)
}

export const classifyRbd: ToolClassifier = (tool, args) => twoWord(tool, args, RBD)
export const classifyRados: ToolClassifier = (tool, args) => twoWord(tool, args, RADOS)
export const classifyRgwAdmin: ToolClassifier = (tool, args) => twoWord(tool, args, RGW_ADMIN)
export const classifyCephVolume: ToolClassifier = (tool, args) => twoWord(tool, args, CEPH_VOLUME)

/** monmaptool: --print reads a monmap file; --rm/--add/--create rewrite it. */
export const classifyMonmaptool: ToolClassifier = (tool, args) =>
  hasFlag(
    args,
    '--rm',
    '--add',
    '--addv',
    '--create',
    '--clobber',
    '--set-min-mon-release',
    '--fsid'
  )
    ? classified('mutating', tool, 'monmaptool.edit', 'monmaptool rewrites the monmap file')
    : classified(
        'read-only',
        tool,
        'monmaptool.print',
        'monmaptool --print only reads the monmap file'
      )

/** ceph-mon run by hand: --inject-monmap overwrites the monitor's store. */
export const classifyCephMon: ToolClassifier = (tool, args) => {
  if (hasFlag(args, '--inject-monmap', '--mkfs')) {
    return classified(
      'destructive',
      tool,
      'ceph-mon.inject',
      'ceph-mon --inject-monmap/--mkfs overwrites the monitor store'
    )
  }
  if (hasFlag(args, '--extract-monmap')) {
    return classified(
      'read-only',
      tool,
      'ceph-mon.extract',
      'ceph-mon --extract-monmap copies the monmap out of the store'
    )
  }
  return classified(
    'unknown',
    tool,
    'ceph-mon.daemon',
    'ceph-mon without --extract-monmap starts or changes a monitor'
  )
}

/** ceph-objectstore-tool: the --op decides. */
export const classifyObjectstoreTool: ToolClassifier = (tool, args) => {
  const op = args[args.indexOf('--op') + 1]
  if (op === undefined || !args.includes('--op'))
    return classified('unknown', tool, `${tool}.no-op`, `${tool} without --op`)
  if (
    /^(list|info|log|dump|list-pgs|list-lost|meta-list|get-osdmap|get-inc-osdmap|fuse|export)$/.test(
      op
    )
  )
    return classified('read-only', tool, `${tool}.read`, `${tool} --op ${op} only reads the store`)
  if (/^(remove|export-remove|mark-complete|fix-lost|trim-pg-log|remove-pgs)$/.test(op))
    return classified(
      'destructive',
      tool,
      `${tool}.remove`,
      `${tool} --op ${op} removes data from the OSD store`
    )
  return classified('mutating', tool, `${tool}.write`, `${tool} --op ${op} changes the OSD store`)
}

/** `kubectl rook-ceph ...`: the Rook plugin passes `ceph`/`rbd` through and has its own verbs. */
export function classifyRookPlugin(
  tool: string,
  args: readonly string[],
  classify: Classify
): Classification {
  const words = positionals(args, CEPH_VALUE_FLAGS)
  const first = words[0]
  if (first === 'ceph' || first === 'rbd' || first === 'radosgw-admin') {
    const c = classify(args.slice(args.indexOf(first)))
    return classified(
      c.level,
      tool,
      `${tool}.rook-ceph-${first}`,
      `kubectl rook-ceph ${first}: ${c.reason}`
    )
  }
  const pair = words.slice(0, 2).join(' ')
  if (
    /^(health|operator status|mons status|debug status|rook status|rook version|ceph status)$/.test(
      pair
    ) ||
    first === 'health'
  )
    return classified(
      'read-only',
      tool,
      `${tool}.rook-ceph-read`,
      `kubectl rook-ceph ${pair} only reads`
    )
  if (
    /^(mons restore-quorum|rook purge-osd|destroy-cluster|rook destroy-cluster|mons remove)$/.test(
      pair
    ) ||
    first === 'destroy-cluster'
  )
    return classified(
      'destructive',
      tool,
      `${tool}.rook-ceph-${words[1] ?? first}`,
      `kubectl rook-ceph ${pair} removes mons, OSDs or the cluster`
    )
  if (
    /^(operator restart|operator set|debug start|debug stop|maintenance start|maintenance stop)$/.test(
      pair
    )
  )
    return classified(
      'mutating',
      tool,
      `${tool}.rook-ceph-write`,
      `kubectl rook-ceph ${pair} changes the cluster`
    )
  return classified(
    'unknown',
    tool,
    `${tool}.rook-ceph-unknown`,
    `kubectl rook-ceph ${pair} is not a subcommand the classifier knows`
  )
}
