// Container runtimes and VM tools: docker/podman/nerdctl, crictl, ctr, virsh, virtctl.
import { hasFlag, positionals } from '../argv.js'
import type { Classification, ToolClassifier } from '../types.js'
import { classified } from '../types.js'
import type { VerbSpec } from '../verbs.js'
import { classifyVerb } from '../verbs.js'

const DOCKER: VerbSpec = {
  readOnly: `ps, images, inspect, logs, stats, top, version, info, history, port, diff, events,
    search, ls, df`,
  mutating: `run, start, restart, stop, pull, push, build, tag, create, cp, pause, unpause, login,
    logout, commit, load, import, save, export, rename, update, compose, exec, attach`,
  destructive: `rm, rmi, kill, prune`,
  reasons: {
    rmi: 'rmi deletes images',
    rm: 'rm deletes containers and their writable layer',
    kill: 'kill stops the container without a clean shutdown'
  }
}
const DOCKER_GROUPS = new Set([
  'container',
  'image',
  'volume',
  'network',
  'system',
  'builder',
  'buildx',
  'plugin',
  'context',
  'node',
  'service',
  'stack',
  'secret',
  'config'
])
const DOCKER_VALUE_FLAGS = new Set(['-H', '--host', '--context', '--config', '-l', '--log-level'])

/** Classifies docker, podman and nerdctl (same verbs; `docker image rm` = `docker rmi`). */
export const classifyDocker: ToolClassifier = (tool, args) => {
  const words = positionals(args, DOCKER_VALUE_FLAGS)
  let verb = words[0]
  let label = tool
  if (verb !== undefined && DOCKER_GROUPS.has(verb)) {
    label = `${tool} ${verb}`
    const sub = words[1]
    if (sub === 'ls' || sub === 'list' || sub === 'inspect' || sub === 'df')
      return classifyVerb(tool, sub, DOCKER, label)
    if (sub === 'rm' || sub === 'remove' || sub === 'prune')
      return classifyVerb(tool, sub === 'remove' ? 'rm' : sub, DOCKER, label)
    if (sub === 'create' || sub === 'connect' || sub === 'disconnect' || sub === 'use')
      return classified('mutating', tool, `${tool}.${verb}-${sub}`, `${label} ${sub} changes state`)
    verb = sub
  }
  if (verb === 'exec' || verb === 'run') {
    if (hasFlag(args, '-i', '-t', '--interactive', '--tty'))
      return classified(
        'unknown',
        tool,
        `${tool}.${verb}-interactive`,
        `${label} ${verb} -it opens an interactive session in which anything can run`
      )
  }
  return classifyVerb(tool, verb, DOCKER, label)
}

const CRICTL: VerbSpec = {
  readOnly: `ps, images, img, inspect, inspecti, inspectp, logs, pods, info, stats, statsp, version,
    imagefsinfo, port-forward, checkpoint`,
  mutating: `pull, start, stop, stopp, runp, create, run, update, exec, attach`,
  destructive: `rm, rmi, rmp`,
  reasons: {
    rmi: 'crictl rmi deletes images from the node',
    rm: 'crictl rm deletes containers',
    rmp: 'crictl rmp deletes pod sandboxes'
  }
}

/** Classifies crictl. */
export const classifyCrictl: ToolClassifier = (tool, args) => {
  const words = positionals(
    args,
    new Set(['-r', '--runtime-endpoint', '-i', '--image-endpoint', '--config', '-t', '--timeout'])
  )
  if (words[0] === 'exec' && hasFlag(args, '-i', '-t', '--interactive', '--tty'))
    return classified(
      'unknown',
      tool,
      'crictl.exec-interactive',
      'crictl exec -it opens an interactive session in which anything can run'
    )
  return classifyVerb(tool, words[0], CRICTL)
}

const CTR: VerbSpec = {
  readOnly: `ls, list, info, version`,
  mutating: `pull, push, run, start, create, tag, import, export, mount, unmount`,
  destructive: `rm, remove, delete, del, kill, prune`
}

/** Classifies containerd's ctr: `ctr [-n ns] GROUP VERB`. */
export const classifyCtr: ToolClassifier = (tool, args) => {
  const words = positionals(args, new Set(['-n', '--namespace', '-a', '--address']))
  return classifyVerb(tool, words[1] ?? words[0], CTR, `${tool} ${words[0] ?? ''}`.trim())
}

const VIRSH: VerbSpec = {
  readOnly: `list, dumpxml, dominfo, domstate, domblklist, domiflist, domstats, nodeinfo,
    capabilities, version, net-list, pool-list, vol-list, domjobinfo, domblkinfo, vcpuinfo,
    uri, hostname, sysinfo`,
  mutating: `start, shutdown, reboot, suspend, resume, define, create, attach-disk, detach-disk,
    attach-device, detach-device, setmem, setvcpus, migrate, autostart, edit`,
  destructive: `destroy, undefine, reset, vol-delete, pool-delete, pool-destroy, net-destroy,
    net-undefine`,
  reasons: { destroy: 'virsh destroy pulls the power on the domain' }
}
/** Classifies virsh. */
export const classifyVirsh: ToolClassifier = (tool, args) =>
  classifyVerb(tool, positionals(args, new Set(['-c', '--connect']))[0], VIRSH)

const VIRTCTL: VerbSpec = {
  readOnly: `version, guestosinfo, fslist, userlist, port-forward`,
  mutating: `start, stop, restart, migrate, migrate-cancel, pause, unpause, expose, addvolume,
    removevolume, soft-reboot, image-upload, memory-dump`,
  destructive: '',
  reasons: { migrate: 'virtctl migrate live-migrates the VM to another node' }
}
/** Classifies virtctl; console/vnc/ssh are interactive sessions. */
export const classifyVirtctl: ToolClassifier = (tool, args): Classification => {
  const verb = positionals(args, new Set(['-n', '--namespace', '--kubeconfig']))[0]
  if (verb === 'console' || verb === 'vnc' || verb === 'ssh' || verb === 'scp')
    return classified(
      'unknown',
      tool,
      `virtctl.${verb}`,
      `virtctl ${verb} opens an interactive session`
    )
  if ((verb === 'stop' || verb === 'restart') && hasFlag(args, '--force'))
    return classified(
      'destructive',
      tool,
      'virtctl.force-stop',
      `virtctl ${verb} --force kills the VM without a clean shutdown`
    )
  return classifyVerb(tool, verb, VIRTCTL)
}
