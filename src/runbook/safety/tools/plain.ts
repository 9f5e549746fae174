// Everyday tools whose effect hardly depends on arguments: readers, local file writers, and the
// few readers with a writing flag (find -delete, sed -i, tar x, hostname NAME, dmesg -c).
import { hasFlag, positionals } from '../argv.js'
import type { ToolClassifier } from '../types.js'
import { classified, worst } from '../types.js'
import { unwrapOnce } from '../wrapped.js'
import { list } from '../verbs.js'

/** Tools that only read, whatever their arguments. */
export const READ_ONLY_TOOLS: ReadonlySet<string> = new Set(
  list(`ls, cat, head, tail, less, more, grep, egrep, fgrep, zgrep, rg, ag, df, du, ps, top, htop,
  atop, uname, uptime, free, whoami, id, groups, pwd, echo, printf, wc, sort, uniq, cut, tr,
  jq, stat, file, which, whereis, type, lsblk, blkid, lsof, netstat, ss, ping, ping6,
  traceroute, tracepath, mtr, dig, nslookup, host, base64, sha256sum, sha1sum, md5sum, cksum,
  diff, cmp, tree, vmstat, iostat, mpstat, pidstat, sar, nproc, lscpu, lsmod, lspci, lsusb,
  lshw, dmidecode, getent, last, lastlog, w, who, zcat, xxd, hexdump, od, strings, column,
  nl, fold, rev, tac, paste, join, comm, expand, seq, basename, dirname, realpath, readlink,
  test, [, true, false, sleep, nvidia-smi, iotop, iftop, nload, pgrep, pidof, pstree,
  printenv, locale, tty, arch, getconf, ldd, nm, objdump, readelf, findmnt, lsns, ipcs,
  showmount, ethtool, arp, route, resolvectl, yes, cal, factor, numfmt, jp, gron, promtool,
  amtool`)
)

/** Tools that write local files or settings but delete nothing. */
export const LOCAL_WRITE_TOOLS: ReadonlySet<string> = new Set(
  list(`touch, mkdir, cp, mv, ln, chmod, chown, chgrp, tee, rmdir, install, rsync, scp, zip, unzip,
  gzip, gunzip, xz, bzip2, patch, export, alias, cd, set, unset, ssh-keygen, htpasswd,
  setfacl, chattr, usermod, useradd, groupadd, passwd, crontab, update-ca-certificates, apt,
  apt-get, yum, dnf, zypper, apk, pip, pip3, brew, snap, modprobe, insmod, swapon, swapoff,
  losetup, exportfs, vi, vim, nano, emacs, ed`)
)

/** Classifies the tools of the two sets above. */
export const classifyPlain: ToolClassifier = (tool) =>
  READ_ONLY_TOOLS.has(tool)
    ? classified('read-only', tool, 'read-only-tool', `${tool} only reads`)
    : classified('mutating', tool, 'local-write-tool', `${tool} changes local files or settings`)

/** find: -delete is destructive; -exec/-ok take the level of the command they run. */
export const classifyFind: ToolClassifier = (tool, args, classify) => {
  if (args.includes('-delete'))
    return classified('destructive', tool, 'find.delete', 'find -delete deletes every match')
  const u = unwrapOnce(tool, args)
  const commands = 'inner' in u ? u.inner : []
  if (commands.some((c) => c[0]?.includes('{}') === true))
    return classified('unknown', tool, 'find.exec', 'find -exec runs a command named by the match')
  const inner = worst(commands.map((c) => classify(c)))
  if (inner !== undefined) {
    return classified(
      inner.level,
      inner.tool,
      inner.rule,
      `find -exec runs it on every match: ${inner.reason}`
    )
  }
  return classified('read-only', tool, 'find.read', 'find only lists files')
}

/** tar: t lists, x/c/r/u write. */
export const classifyTar: ToolClassifier = (tool, args) => {
  const mode = (args[0] ?? '').replace(/^-/, '')
  return /^[a-z]*t/.test(mode) || hasFlag(args, '--list')
    ? classified('read-only', tool, 'tar.list', 'tar t only lists the archive')
    : classified('mutating', tool, 'tar.write', 'tar writes an archive or extracts files')
}

/** openssl: inspecting certificates is read-only; generating keys and requests writes files. */
export const classifyOpenssl: ToolClassifier = (tool, args) => {
  const verb = args[0] ?? ''
  if (
    /^(x509|s_client|verify|version|crl|asn1parse|ciphers|dgst|sess_id|rsa|ec|pkey|pkcs12|pkcs7|req|storeutl|base64|enc|list)$/.test(
      verb
    ) &&
    !hasFlag(args, '-new', '-newkey', '-signkey', '-out', '-x509toreq')
  )
    return classified('read-only', tool, 'openssl.read', `openssl ${verb} only reads or prints`)
  return classified(
    'mutating',
    tool,
    'openssl.write',
    `openssl ${verb} writes keys, requests or files`
  )
}

/** hostname and dmesg read unless told to set or clear. */
export const classifyHostTool: ToolClassifier = (tool, args) => {
  if (tool === 'dmesg') {
    return hasFlag(args, '-c', '-C', '--clear', '--read-clear', '-n', '--console-level', '-D', '-E')
      ? classified('mutating', tool, 'dmesg.clear', 'dmesg -c/-C clears the kernel ring buffer')
      : classified('read-only', tool, 'dmesg.read', 'dmesg only reads the kernel log')
  }
  const words = positionals(args, new Set(['-F', '--file']))
  return words.length > 0 || hasFlag(args, '-F', '--file', '-b', '--boot')
    ? classified('mutating', tool, `${tool}.set`, `${tool} NAME changes a system setting`)
    : classified('read-only', tool, `${tool}.read`, `${tool} only prints`)
}

/** timedatectl, hostnamectl, localectl: status is read-only, set-* changes the system. */
export const classifyCtl: ToolClassifier = (tool, args) => {
  const verb = positionals(args, new Set(['-H', '--host']))[0] ?? 'status'
  return /^(status|show|list-.*|timesync-status)$/.test(verb)
    ? classified('read-only', tool, `${tool}.status`, `${tool} ${verb} only reads`)
    : classified('mutating', tool, `${tool}.set`, `${tool} ${verb} changes a system setting`)
}
