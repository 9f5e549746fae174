// SQL clients (psql, mysql, mariadb, sqlite3, sqlcmd, clickhouse-client, cqlsh): the SQL text decides.
// DROP, TRUNCATE and DELETE/UPDATE without WHERE are destructive; reads are read-only; a session
// without SQL on the command line, or SQL read from a file, is unknown.
import { flagValue, hasFlag, positionals } from '../argv.js'
import type { Classification, ToolClassifier } from '../types.js'
import { classified, worst } from '../types.js'

/** Finds the SQL a client will run from its argv, or undefined. */
function sqlText(tool: string, args: readonly string[]): string | undefined {
  switch (tool) {
    case 'psql':
      return flagValue(args, '-c', '--command')
    case 'mysql':
    case 'mariadb':
      return flagValue(args, '-e', '--execute')
    case 'sqlcmd':
      return flagValue(args, '-Q', '-q')
    case 'clickhouse-client':
      return flagValue(args, '-q', '--query')
    case 'cqlsh':
      return flagValue(args, '-e', '--execute')
    case 'sqlite3': {
      const words = positionals(args, new Set(['-cmd', '-separator', '-nullvalue']))
      return words[1]
    }
    default:
      return undefined
  }
}

/** Classifies a SQL client by the statements it is given. */
export const classifySqlClient: ToolClassifier = (tool, args) => {
  const sql = sqlText(tool, args)
  if (sql === undefined) {
    return classified(
      'unknown',
      tool,
      'sql.no-statement',
      `${tool} without SQL on the command line opens a session or reads a script`
    )
  }
  return classifySql(tool, sql)
}

/**
 * mysqldump (mariadb-dump) reads the server; the dump goes to standard output (a redirect that
 * writes a file is the shell's, judged by the compiler). It can also flush or purge logs.
 */
export const classifyMysqldump: ToolClassifier = (tool, args) => {
  if (hasFlag(args, '--delete-master-logs', '--delete-source-logs'))
    return classified(
      'destructive',
      tool,
      'mysqldump.purge',
      `${tool} --delete-master-logs purges the binary logs after the dump`
    )
  if (hasFlag(args, '-F', '--flush-logs', '--flush-privileges'))
    return classified(
      'mutating',
      tool,
      'mysqldump.flush',
      `${tool} --flush-logs starts new log files on the server`
    )
  return classified('read-only', tool, 'mysqldump.read', `${tool} only reads the server`)
}

/** Classifies SQL text: the most dangerous of its statements. */
export function classifySql(tool: string, sql: string): Classification {
  const statements = splitStatements(sql).map((s) => classifyStatement(tool, s))
  return worst(statements) ?? classified('read-only', tool, 'sql.empty', 'no SQL statement')
}

// Functions that act although a SELECT calls them: they end sessions, drop replication slots,
// promote a replica, pause replay or change settings. A statement that calls one is not a read.
const DESTRUCTIVE_FUNCTIONS =
  /\b(pg_terminate_backend|pg_drop_replication_slot|pg_promote|pg_replication_origin_drop|pg_logical_slot_get_changes|pg_logical_slot_get_binary_changes|lo_unlink)\s*\(/i
const MUTATING_FUNCTIONS =
  /\b(pg_cancel_backend|pg_reload_conf|pg_rotate_logfile|pg_switch_wal|pg_switch_xlog|pg_wal_replay_pause|pg_wal_replay_resume|pg_xlog_replay_pause|pg_xlog_replay_resume|pg_create_restore_point|pg_create_physical_replication_slot|pg_create_logical_replication_slot|pg_copy_physical_replication_slot|pg_copy_logical_replication_slot|pg_replication_slot_advance|pg_replication_origin_create|pg_replication_origin_advance|pg_stat_reset\w*|pg_backup_start|pg_backup_stop|pg_start_backup|pg_stop_backup|pg_advisory_(?:xact_)?lock\w*|pg_advisory_unlock\w*|pg_notify|set_config|nextval|setval|lo_import|lo_export|lo_create|dblink_exec|get_lock|release_lock|release_all_locks)\s*\(/i

function classifyStatement(tool: string, stmt: string): Classification {
  const text = stmt.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim()
  const upper = text.toUpperCase()
  const kw = /^[\\A-Z]+/.exec(upper)?.[0] ?? ''
  const hasWhere = /\bWHERE\b/.test(upper)
  const unsafe = DESTRUCTIVE_FUNCTIONS.exec(text) ?? MUTATING_FUNCTIONS.exec(text)
  if (unsafe !== null) {
    const destructive = DESTRUCTIVE_FUNCTIONS.test(text)
    return classified(
      destructive ? 'destructive' : 'mutating',
      tool,
      'sql.function',
      `${unsafe[1] as string}() ${destructive ? 'ends sessions, drops data or changes roles for good' : 'changes the server state'} although it is called from ${kw || 'a statement'}`
    )
  }
  if (kw.startsWith('\\'))
    return classified(
      'read-only',
      tool,
      'sql.meta',
      `${kw} is a client meta-command that shows information`
    )
  if (kw === 'DROP' || kw === 'TRUNCATE')
    return classified(
      'destructive',
      tool,
      `sql.${kw.toLowerCase()}`,
      `${kw} removes a table or its rows`
    )
  if ((kw === 'DELETE' || kw === 'UPDATE') && !hasWhere)
    return classified(
      'destructive',
      tool,
      `sql.${kw.toLowerCase()}-all`,
      `${kw} without WHERE changes every row`
    )
  const admin = adminStatement(kw, upper)
  if (admin !== undefined) return classified(admin[0], tool, admin[1], admin[2])
  if (kw === 'ALTER' && /\bDROP\b/.test(upper))
    return classified(
      'destructive',
      tool,
      'sql.alter-drop',
      'ALTER ... DROP removes a column, constraint or partition'
    )
  if (
    /^(SELECT|SHOW|EXPLAIN|DESCRIBE|DESC|VALUES|TABLE|PRAGMA|USE)$/.test(kw) &&
    !/\bINTO\b/.test(upper)
  )
    return classified('read-only', tool, 'sql.read', `${kw} only reads`)
  if (kw === 'WITH' && !/\b(INSERT|UPDATE|DELETE|MERGE)\b/.test(upper))
    return classified('read-only', tool, 'sql.read', 'WITH ... SELECT only reads')
  if (
    /^(INSERT|UPDATE|DELETE|CREATE|ALTER|GRANT|REVOKE|SET|BEGIN|COMMIT|ROLLBACK|START|VACUUM|ANALYZE|REINDEX|COPY|MERGE|REPLACE|UPSERT|COMMENT|REFRESH|CLUSTER|LOCK|SELECT|WITH)$/.test(
      kw
    )
  )
    return classified('mutating', tool, `sql.write`, `${kw} changes the database`)
  return classified(
    'unknown',
    tool,
    'sql.unknown',
    `the SQL statement '${kw || text.slice(0, 20)}' is not one the classifier knows`
  )
}

// Server administration (MySQL/MariaDB, PostgreSQL): deleting binary logs, resetting replication,
// ending a connection or skipping replicated transactions cannot be put back; stopping replication
// or flushing can.
function adminStatement(
  kw: string,
  upper: string
): [Classification['level'], string, string] | undefined {
  if (/^PURGE\s+(BINARY|MASTER)\s+LOGS\b/.test(upper))
    return ['destructive', 'sql.purge', 'PURGE BINARY LOGS deletes binary logs for good']
  if (/^RESET\s+(MASTER|SLAVE|REPLICA|BINARY)\b/.test(upper))
    return ['destructive', 'sql.reset', 'RESET deletes binary logs or replication state for good']
  if (kw === 'KILL')
    return ['destructive', 'sql.kill', 'KILL ends a connection or its running statement']
  if (kw === 'SET' && /\bSQL_(SLAVE|REPLICA)_SKIP_COUNTER\b/.test(upper))
    return [
      'destructive',
      'sql.skip',
      'the skip counter drops replicated transactions: the replica no longer matches its source'
    ]
  if (/^(STOP|START)\s+(SLAVE|REPLICA|GROUP_REPLICATION|ALL\s+SLAVES|ALL\s+REPLICAS)\b/.test(upper))
    return ['mutating', 'sql.replication', `${kw} stops or starts replication`]
  if (
    /^CHANGE\s+(MASTER|REPLICATION)\b/.test(upper) ||
    /^(FLUSH|CHECKPOINT|DISCARD|OPTIMIZE|REPAIR|INSTALL|UNINSTALL)$/.test(kw)
  )
    return ['mutating', 'sql.admin', `${kw} changes the server state`]
  return undefined
}

/** Splits SQL on `;` outside quotes. */
function splitStatements(sql: string): string[] {
  const out: string[] = []
  let cur = ''
  let quote: string | undefined
  for (const ch of sql) {
    if (quote !== undefined) {
      if (ch === quote) quote = undefined
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch
    else if (ch === ';') {
      out.push(cur)
      cur = ''
      continue
    }
    cur += ch
  }
  out.push(cur)
  return out.filter((s) => s.trim() !== '')
}
