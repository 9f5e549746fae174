// The classifier's entry point: argv[0]'s basename picks a tool classifier; everything unlisted
// is unknown. Pure and deterministic: it reads only the argv it is given.
import { commandName, commandRunnerReason } from '../commands.js'
import { classifyAws, classifyAz, classifyGcloud, classifyHelm } from './tools/cloud.js'
import {
  classifyCrictl,
  classifyCtr,
  classifyDocker,
  classifyVirsh,
  classifyVirtctl
} from './tools/containers.js'
import {
  classifyAnsible,
  classifyAnsiblePlaybook,
  classifyGit,
  classifyTerraform
} from './tools/devops.js'
import { classifyEtcdctl, classifyEtcdutl } from './tools/etcd.js'
import { classifyCurl, classifyHttpie, classifyWget } from './tools/http.js'
import { classifyKube } from './tools/kube.js'
import * as plain from './tools/plain.js'
import * as rook from './tools/rook.js'
import { classifyKafka } from './tools/kafka.js'
import { classifyCertbot, classifyNetcat } from './tools/network.js'
import { classifyRedisCli } from './tools/redis.js'
import { classifyMysqldump, classifySqlClient } from './tools/sql.js'
import * as sys from './tools/system.js'
import * as admin from './tools/admin.js'
import { classifyRunner, classifyWrapper } from './tools/wrappers.js'
import { isLoader, wrapperReason } from './wrapped.js'
import type { Classification, ToolClassifier } from './types.js'
import { classified } from './types.js'
import { irreversibleUnknown } from './irreversible.js'

const TOOLS: ReadonlyMap<string, ToolClassifier> = new Map<string, ToolClassifier>([
  ...names(classifyKube, 'kubectl', 'oc', 'k'),
  ...names(classifyHelm, 'helm'),
  ...names(classifyAz, 'az'),
  ...names(classifyAws, 'aws'),
  ...names(classifyGcloud, 'gcloud'),
  ...names(classifyEtcdctl, 'etcdctl'),
  ...names(classifyEtcdutl, 'etcdutl'),
  ...names(rook.classifyCeph, 'ceph'),
  ...names(rook.classifyRbd, 'rbd'),
  ...names(rook.classifyRados, 'rados'),
  ...names(rook.classifyRgwAdmin, 'radosgw-admin'),
  ...names(rook.classifyCephVolume, 'ceph-volume'),
  ...names(rook.classifyMonmaptool, 'monmaptool'),
  ...names(rook.classifyCephMon, 'ceph-mon'),
  ...names(rook.classifyObjectstoreTool, 'ceph-objectstore-tool', 'ceph-bluestore-tool'),
  ...names(classifyCrictl, 'crictl'),
  ...names(classifyCtr, 'ctr'),
  ...names(classifyDocker, 'docker', 'podman', 'nerdctl'),
  ...names(classifyVirsh, 'virsh'),
  ...names(classifyVirtctl, 'virtctl'),
  ...names(sys.classifySystemctl, 'systemctl'),
  ...names(sys.classifyJournalctl, 'journalctl'),
  ...names(sys.classifyService, 'service'),
  ...names(sys.classifyRm, 'rm', 'unlink'),
  ...names(sys.classifyDd, 'dd'),
  ...names(sys.classifyWipe, 'shred', 'truncate', 'wipefs', 'blkdiscard', 'mkswap'),
  ...names(sys.classifyPartition, 'fdisk', 'sfdisk', 'gdisk', 'sgdisk', 'parted', 'cfdisk'),
  ...names(sys.classifyKill, 'kill', 'pkill', 'killall', 'skill'),
  ...names(sys.classifyPower, 'shutdown', 'reboot', 'halt', 'poweroff'),
  ...names(
    sys.classifyIptables,
    'iptables',
    'ip6tables',
    'iptables-legacy',
    'iptables-nft',
    'iptables-save',
    'ip6tables-save',
    'iptables-restore',
    'ip6tables-restore'
  ),
  ...names(sys.classifyNft, 'nft'),
  ...names(sys.classifyMount, 'mount', 'umount'),
  ...names(sys.classifySysctl, 'sysctl'),
  ...names(sys.classifyIp, 'ip'),
  ...names(sys.classifyDate, 'date'),
  ...names(
    classifySqlClient,
    'psql',
    'mysql',
    'mariadb',
    'sqlite3',
    'sqlcmd',
    'clickhouse-client',
    'cqlsh'
  ),
  ...names(classifyMysqldump, 'mysqldump', 'mariadb-dump'),
  ...names(classifyRedisCli, 'redis-cli', 'valkey-cli'),
  ...names(
    classifyKafka,
    'kafka-topics',
    'kafka-topics.sh',
    'kafka-consumer-groups',
    'kafka-consumer-groups.sh',
    'kafka-configs',
    'kafka-configs.sh'
  ),
  ...names(classifyCertbot, 'certbot'),
  ...names(classifyNetcat, 'nc', 'ncat', 'netcat'),
  ...names(classifyCurl, 'curl'),
  ...names(classifyWget, 'wget'),
  ...names(classifyHttpie, 'http', 'https', 'xh'),
  ...names(classifyGit, 'git'),
  ...names(classifyTerraform, 'terraform', 'tofu'),
  ...names(classifyAnsiblePlaybook, 'ansible-playbook'),
  ...names(classifyAnsible, 'ansible'),
  ...names(plain.classifyFind, 'find'),
  ...names(plain.classifyTar, 'tar'),
  ...names(plain.classifyOpenssl, 'openssl'),
  ...names(plain.classifyHostTool, 'hostname', 'dmesg'),
  ...names(plain.classifyCtl, 'timedatectl', 'hostnamectl', 'localectl', 'loginctl', 'networkctl'),
  ...names(
    classifyWrapper,
    'sudo',
    'doas',
    'env',
    'nice',
    'ionice',
    'nohup',
    'timeout',
    'stdbuf',
    'time',
    'xargs',
    'watch',
    'chroot',
    'setsid',
    'ssh',
    'flock',
    'taskset',
    'prlimit',
    'chrt',
    'setpriv',
    'unshare',
    'nsenter',
    'runuser',
    'systemd-run',
    'strace',
    'ltrace',
    'valgrind',
    'busybox'
  ),
  ...names(plain.classifyPlain, ...plain.READ_ONLY_TOOLS, ...plain.LOCAL_WRITE_TOOLS),
  // After the plain tools: these replace their entries.
  ...names(admin.classifyInPlace, 'sed', 'yq'),
  ...names(admin.classifyCopy, 'cp', 'mv', 'install', 'ln', 'tee'),
  ...names(admin.classifyPermissions, 'chmod', 'chown', 'chgrp', 'setfacl'),
  ...names(admin.classifyRsync, 'rsync'),
  ...names(admin.classifyCrontab, 'crontab'),
  ...names(admin.classifyAccountDelete, 'userdel', 'groupdel'),
  ...names(admin.classifyZfs, 'zpool', 'zfs'),
  ...names(admin.classifyLvm, ...admin.LVM_TOOLS)
])

function names(fn: ToolClassifier, ...tools: string[]): [string, ToolClassifier][] {
  return tools.map((t) => [t, fn])
}

/** Classifies an argv (argv[0] by basename, then subcommands/flags). Pure and deterministic. */
export function classifyCommand(argv: readonly string[]): Classification {
  const argv0 = argv[0]
  if (argv0 === undefined || argv0 === '') {
    return classified('unknown', '', 'empty-command', 'an empty command')
  }
  const tool = commandName(argv0)
  const args = argv.slice(1)
  const fn =
    TOOLS.get(tool) ??
    (/^mkfs(\..+)?$|^mke2fs$/.test(tool)
      ? sys.classifyWipe
      : isLoader(tool)
        ? classifyWrapper
        : undefined)
  if (fn !== undefined) return irreversibleUnknown(tool, args, fn(tool, args, classifyCommand))
  if (commandRunnerReason(tool) !== undefined || wrapperReason(tool) !== undefined)
    return classifyRunner(tool, args, classifyCommand)
  return irreversibleUnknown(
    tool,
    args,
    classified('unknown', tool, 'unknown-command', `${tool} is not a command the classifier knows`)
  )
}

/** The tool names the classifier knows (for documentation and tests). */
export function knownTools(): string[] {
  return [...TOOLS.keys()].sort()
}
