// A ```sql block: statements the operator types in a database session. They are never automated
// (no client, server or credentials are named); the step shows them and states their safety.
import type { Classification } from '../../runbook/safety/index.js'
import { classifySql } from '../../runbook/safety/index.js'
import type { IrCode } from '../ir.js'

const SQL_LANGS =
  /^(sql|mysql|mariadb|psql|pgsql|postgres|postgresql|plpgsql|plsql|tsql|mssql|sqlite|sqlite3)$/

/** True for a code block written in a SQL language. */
export function isSqlBlock(code: IrCode): boolean {
  return code.kind === 'code' && SQL_LANGS.test(code.lang)
}

/** The safety of the statements of `blocks` (the most dangerous one decides). */
export function sqlSafety(blocks: readonly IrCode[]): Classification {
  return classifySql('sql', blocks.map((b) => b.body ?? '').join(';\n'))
}

/** The sentence a manual step adds under SQL statements: why not automated, and how safe. */
export function sqlNote(c: Classification): string {
  const how =
    c.level === 'destructive'
      ? ' Run the statements only if it is safe to do so, then record what you did.'
      : ''
  return `Not automated (SQL to run in a database session): ${c.level}, ${c.reason}.${how}`
}
