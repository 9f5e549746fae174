// redis-cli: options (`-h host -p 6379 -a pass -n 0`) come first, then either a mode flag
// (`--scan`, `--bigkeys`, `--stat`) or a Redis command and its arguments. The command decides.
import type { Classification, ToolClassifier } from '../types.js'
import { classified } from '../types.js'
import type { VerbSpec } from '../verbs.js'
import { classifyVerb } from '../verbs.js'

// Options that take a value (redis-cli --help, Redis 7).
const VALUE_OPTIONS = new Set(
  `-h -p -s -a -u -r -i -n -d -D -t --user --pass --pattern --quoted-pattern --count
  --memkeys-samples --cacert --cacertdir --cert --key --tls-ciphers --tls-ciphersuites --sni
  --pipe-timeout --rdb --functions-rdb --intrinsic-latency`.split(/\s+/)
)

// Modes that only read the server (a scan, sampling, latency probes, a dump copied to a local file).
const READ_MODES = new Set(
  `--scan --bigkeys --memkeys --hotkeys --keystats --latency --latency-history --latency-dist
  --stat --intrinsic-latency --rdb --functions-rdb --replica --slave`.split(/\s+/)
)

// Commands are case-insensitive; the table is lower-case. Two-word entries are container commands
// (`config get`); `replicaof no one` is three words.
const REDIS: VerbSpec = {
  readOnly: `ping, echo, info, get, mget, exists, type, ttl, pttl, expiretime, pexpiretime, strlen,
    getrange, substr, scan, sscan, hscan, zscan, keys, randomkey, dbsize, time, lastsave, role,
    hget, hmget, hgetall, hkeys, hvals, hlen, hexists, hstrlen, hrandfield, lrange, llen, lindex,
    lpos, smembers, scard, sismember, smismember, srandmember, sinter, sunion, sdiff, zrange,
    zrangebyscore, zrangebylex, zrevrange, zrevrangebyscore, zrevrangebylex, zcard, zscore,
    zmscore, zrank, zrevrank, zcount, zlexcount, xlen, xrange, xrevrange, xpending, pfcount,
    bitcount, bitpos, getbit, dump, lolwut, monitor, subscribe, psubscribe, ssubscribe,
    config get, client list, client info, client getname, client id, memory usage, memory stats,
    memory doctor, memory malloc-stats, slowlog get, slowlog len, latency latest,
    latency history, latency doctor, latency graph, cluster info, cluster nodes, cluster slots,
    cluster shards, cluster myid, cluster keyslot, cluster countkeysinslot, cluster getkeysinslot,
    object encoding, object freq, object idletime, object refcount, xinfo stream, xinfo groups,
    xinfo consumers, command count, command docs, command info, command list, pubsub channels,
    pubsub numsub, pubsub numpat, acl list, acl users, acl whoami, acl getuser, acl cat, acl log,
    module list, function list, function dump, script exists, sentinel masters, sentinel master,
    sentinel replicas, sentinel slaves, sentinel sentinels, sentinel get-master-addr-by-name,
    sentinel ckquorum, sentinel info-cache`,
  mutating: `set, setex, psetex, setnx, mset, msetnx, append, setrange, setbit, incr, incrby,
    incrbyfloat, decr, decrby, getset, getex, expire, pexpire, expireat, pexpireat, persist,
    rename, renamenx, copy, move, restore, hset, hmset, hsetnx, hincrby, hincrbyfloat, lpush,
    rpush, lpushx, rpushx, linsert, lset, lmove, rpoplpush, sadd, smove, zadd, zincrby, xadd,
    xgroup create, xack, pfadd, publish, config set, config resetstat, config rewrite,
    client setname, client pause, client unpause, client no-evict, client reply, slowlog reset,
    latency reset, memory purge, bgsave, save, bgrewriteaof, replicaof no one, slaveof no one,
    failover, cluster failover, cluster meet, cluster addslots, cluster setslot, script load,
    acl setuser, acl save, acl load, module load, function load, sentinel set, sentinel monitor,
    sentinel failover`,
  destructive: `flushall, flushdb, del, unlink, getdel, hdel, lpop, rpop, blpop, brpop, lmpop, lrem,
    ltrim, srem, spop, zrem, zremrangebyscore, zremrangebyrank, zremrangebylex, zpopmin,
    zpopmax, bzpopmin, bzpopmax, xdel, xtrim, xgroup destroy, swapdb, migrate, shutdown, debug,
    client kill, replicaof, slaveof, cluster forget, cluster reset, cluster delslots,
    cluster flushslots, script flush, script kill, function flush, function delete,
    function kill, acl deluser, module unload, sentinel remove, sentinel reset`,
  reasons: {
    flushall: 'FLUSHALL deletes every key of every database',
    flushdb: 'FLUSHDB deletes every key of the database',
    del: 'DEL deletes keys',
    unlink: 'UNLINK deletes keys',
    shutdown: 'SHUTDOWN stops the server (and may lose writes since the last save)',
    debug: 'DEBUG can crash, block or reload the server',
    'client kill': 'CLIENT KILL ends client connections',
    replicaof:
      'REPLICAOF makes the server a replica: it discards its own data and copies the primary',
    slaveof: 'SLAVEOF makes the server a replica: it discards its own data and copies the primary',
    keys: 'KEYS only reads (but blocks the server while it walks the whole keyspace)',
    'config rewrite':
      'CONFIG REWRITE rewrites redis.conf with the running settings (a CONFIG SET undoes it)'
  }
}

const CLUSTER_MODE: VerbSpec = {
  readOnly: 'check, info, help, backup',
  mutating: 'create, add-node, reshard, rebalance, set-timeout, import, fix',
  destructive: 'del-node'
}

/** Classifies redis-cli by its mode flag or its Redis command. */
export const classifyRedisCli: ToolClassifier = (tool, args) => {
  const modes: string[] = []
  let i = 0
  for (; i < args.length; i++) {
    const a = args[i] as string
    if (!a.startsWith('-') || a === '-') break
    const name = a.replace(/=.*/, '')
    if (name === '--pipe' || name === '--eval')
      return classified(
        'unknown',
        tool,
        `${tool}.script`,
        `${tool} ${name} runs commands or a script the classifier cannot see`
      )
    if (name === '--cluster') return clusterMode(tool, args.slice(i + 1))
    if (READ_MODES.has(name)) modes.push(name)
    if (VALUE_OPTIONS.has(a)) i++
  }
  const words = args.slice(i).map((w) => w.toLowerCase())
  if (words.length === 0) {
    if (modes.length > 0)
      return classified('read-only', tool, `${tool}.mode`, `${tool} ${modes.join(' ')} only reads`)
    return classified(
      'unknown',
      tool,
      `${tool}.session`,
      `${tool} without a command opens an interactive session`
    )
  }
  return redisCommand(tool, words)
}

/** The longest known command of up to three words (`get`, `config get`, `replicaof no one`). */
function redisCommand(tool: string, words: readonly string[]): Classification {
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const c = classifyVerb(tool, words.slice(0, n).join(' '), REDIS, tool)
    if (c.level !== 'unknown') return c
  }
  return classifyVerb(tool, words[0], REDIS, tool)
}

/** `redis-cli --cluster SUBCOMMAND`; `call host:port CMD...` runs CMD on every node. */
function clusterMode(tool: string, rest: readonly string[]): Classification {
  const sub = rest[0]
  if (sub === 'call') {
    const cmd = rest.slice(2).filter((w) => !w.startsWith('--'))
    if (cmd.length === 0)
      return classified('unknown', tool, `${tool}.cluster-call`, '--cluster call without a command')
    const c = redisCommand(
      tool,
      cmd.map((w) => w.toLowerCase())
    )
    return classified(c.level, tool, c.rule, `${c.reason}, on every node of the cluster`)
  }
  return classifyVerb(tool, sub, CLUSTER_MODE, `${tool} --cluster`)
}
