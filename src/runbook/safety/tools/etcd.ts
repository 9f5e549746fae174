// etcdctl and etcdutl. Compaction, defragmentation, alarm disarm and member removal are
// destructive: they drop history, block the member, or change quorum.
import { positionals } from '../argv.js'
import type { ToolClassifier } from '../types.js'
import type { VerbSpec } from '../verbs.js'
import { classifyVerb } from '../verbs.js'

const ETCDCTL: VerbSpec = {
  readOnly: `get, endpoint status, endpoint health, endpoint hashkv, member list, alarm list, version,
    snapshot status, watch, lease list, lease timetolive, user list, user get, role list,
    role get, auth status, check datascale`,
  mutating: `put, txn, lock, elect, member add, member update, member promote, lease grant,
    lease keep-alive, user add, user grant-role, user passwd, role add,
    role grant-permission, auth enable, auth disable, move-leader, snapshot save, check perf,
    make-mirror`,
  destructive: `del, compact, compaction, defrag, alarm disarm, member remove, lease revoke,
    snapshot restore, user delete, user revoke-role, role delete, role revoke-permission,
    downgrade enable`,
  reasons: {
    compact: 'compact drops all key history before the revision',
    compaction: 'compaction drops all key history before the revision',
    defrag: 'defrag blocks reads and writes on the member while it rebuilds its store',
    'alarm disarm': 'alarm disarm clears the NOSPACE alarm that protects the cluster',
    'member remove': 'member remove takes a member out of the cluster and changes quorum',
    del: 'del deletes keys',
    'snapshot save': 'snapshot save writes a backup file (it only reads the cluster)'
  }
}
const ETCDUTL: VerbSpec = {
  readOnly: `snapshot status, version, hashkv`,
  mutating: `backup, migrate`,
  destructive: `snapshot restore, defrag, downgrade`
}
const VALUE_FLAGS = new Set([
  '--endpoints',
  '--cacert',
  '--cert',
  '--key',
  '-w',
  '--write-out',
  '--user',
  '--password',
  '--command-timeout',
  '--dial-timeout',
  '--data-dir',
  '--rev'
])

function twoWords(tool: string, args: readonly string[], spec: VerbSpec) {
  const words = positionals(args, VALUE_FLAGS)
  const two = classifyVerb(tool, words.slice(0, 2).join(' '), spec)
  return two.level !== 'unknown' ? two : classifyVerb(tool, words[0], spec)
}

/** Classifies etcdctl. */
export const classifyEtcdctl: ToolClassifier = (tool, args) => twoWords(tool, args, ETCDCTL)
/** Classifies etcdutl. */
export const classifyEtcdutl: ToolClassifier = (tool, args) => twoWords(tool, args, ETCDUTL)
