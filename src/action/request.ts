// Idempotent run identity: a request id names one run. The record beside the runs keeps which run
// it is and a salted, slow digest of the inputs it started with (never the var values themselves:
// they may be secrets), so a second start with the same id and inputs finds that run, and the same
// id with other inputs is refused.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { InputError } from './settings.js'
import { Inputs } from './constants.js'

/** What identifies a request's inputs (only names of vars are kept in the clear). */
export interface RequestInputs {
  command: string
  runbook: string
  /** Digest of the runbook (or TSG) file the run started from. */
  runbook_digest: string
  mode: string
  scenario?: string
  vars: readonly string[]
}

export interface RequestRecord {
  format: 'runbook-request/v1'
  request_id: string
  run_id: string
  runbook: string
  mode: string
  var_names: string[]
  salt: string
  /** scrypt(canonical inputs, salt), hex. */
  inputs_digest: string
  /**
   * `pause: environment`: the environment whose job alone may continue the run. Kept here, in the
   * artifact GitHub vouches for, because the pause issue's copy is editable by anyone with write
   * access.
   */
  environment?: string
}

function canonical(i: RequestInputs): string {
  return JSON.stringify([
    i.command,
    i.runbook,
    i.runbook_digest,
    i.mode,
    i.scenario ?? '',
    [...i.vars].sort()
  ])
}

function digest(i: RequestInputs, salt: string): Buffer {
  return scryptSync(canonical(i), Buffer.from(salt, 'hex'), 32)
}

/** The record file of a request below the requests directory. */
export function recordPath(requestsDir: string, requestId: string): string {
  return join(requestsDir, `${requestId}.json`)
}

/** Reads a request's record; undefined when there is none. */
export async function readRecord(path: string): Promise<RequestRecord | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
  const r = JSON.parse(text) as RequestRecord
  if (r.format !== 'runbook-request/v1' || typeof r.run_id !== 'string')
    throw new InputError(`${path} is not a request record (format runbook-request/v1)`)
  return r
}

/** Writes the record of a new request. */
export async function writeRecord(
  path: string,
  requestId: string,
  runId: string,
  inputs: RequestInputs,
  environment?: string
): Promise<RequestRecord> {
  const salt = randomBytes(16).toString('hex')
  const record: RequestRecord = {
    format: 'runbook-request/v1',
    request_id: requestId,
    run_id: runId,
    runbook: inputs.runbook,
    mode: inputs.mode,
    var_names: inputs.vars.map((v) => v.slice(0, v.indexOf('='))).sort(),
    salt,
    inputs_digest: digest(inputs, salt).toString('hex'),
    ...(environment === undefined ? {} : { environment })
  }
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${JSON.stringify(record, null, 2)}\n`)
  return record
}

/** Throws when `inputs` are not the ones the request's run started with. */
export function checkSameInputs(record: RequestRecord, inputs: RequestInputs): void {
  const want = Buffer.from(record.inputs_digest, 'hex')
  const got = digest(inputs, record.salt)
  if (want.length === got.length && timingSafeEqual(want, got)) return
  throw new InputError(
    `Input '${Inputs.RequestId}': '${record.request_id}' already names run ${record.run_id} (runbook ${record.runbook}, mode ${record.mode}, vars ${record.var_names.join(', ') || '(none)'}), started with different inputs. Expected the same inputs to continue that run, or another request-id to start a new one.`
  )
}
