// Database and cache clients that would wait on a terminal: a password prompt, a session without a
// command, a stream that never ends (redis-cli MONITOR, --stat).

const MYSQL_CLIENTS =
  /^(mysql|mariadb|mysqldump|mariadb-dump|mysqladmin|mariadb-admin|mysqlcheck|mysqlshow|mysqlbinlog|mysqlimport)$/
const PG_CLIENTS =
  /^(psql|pg_dump|pg_dumpall|pg_restore|pg_basebackup|createdb|dropdb|createuser|dropuser|vacuumdb|reindexdb|clusterdb)$/

/**
 * The option that makes a database client prompt for its password: a bare `-p`/`--password`
 * (MySQL; `-psecret` and `--password=secret` carry the value) or `-W`/`--password` (PostgreSQL).
 */
export function passwordPrompt(tool: string, argv: readonly string[]): string | undefined {
  const end = argv.indexOf('--')
  const opts = end === -1 ? argv.slice(1) : argv.slice(1, end)
  if (MYSQL_CLIENTS.test(tool)) return opts.find((a) => a === '-p' || a === '--password')
  if (PG_CLIENTS.test(tool)) return opts.find((a) => a === '-W' || a === '--password')
  return undefined
}

const REDIS_VALUE_OPTIONS =
  /^(-[hpsaurinDdt]|--(user|pass|pattern|quoted-pattern|count|memkeys-samples|cacert|cacertdir|cert|key|tls-ciphers|tls-ciphersuites|sni|pipe-timeout|rdb|functions-rdb|intrinsic-latency|eval|cluster))$/
const REDIS_MODES = /^--(stat|latency|latency-history|latency-dist|replica|slave)$/

/** redis-cli: a session without a command; MONITOR, SUBSCRIBE, --stat and `-r -1` never end. */
export function redisStream(tool: string, args: readonly string[]): string | undefined {
  let i = 0
  let modes = 0
  for (; i < args.length; i++) {
    const a = args[i] as string
    if (!a.startsWith('-') || a === '-') break
    if (REDIS_MODES.test(a)) return `${tool} ${a} runs until stopped`
    if (a === '-r' && args[i + 1] === '-1') return `${tool} -r -1 repeats the command until stopped`
    if (
      /^--(scan|bigkeys|memkeys|hotkeys|keystats|intrinsic-latency|rdb|functions-rdb|pipe|eval|cluster)$/.test(
        a
      )
    )
      modes++
    if (REDIS_VALUE_OPTIONS.test(a)) i++
  }
  const cmd = args[i]?.toUpperCase()
  if (cmd === undefined)
    return modes > 0 ? undefined : `${tool} without a command opens an interactive session`
  if (/^(MONITOR|SUBSCRIBE|PSUBSCRIBE|SSUBSCRIBE)$/.test(cmd))
    return `${tool} ${cmd} runs until stopped`
  return undefined
}
