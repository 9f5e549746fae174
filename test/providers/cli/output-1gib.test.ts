// SLOW (about 10-15 s on a 2-core machine with JavaScript regexes; several times that on RE2, see bench/README.md): 1 GiB of real process output through
// NodeProcessRunner -> OutputCollector -> redactor, in a separate Node process whose peak RSS
// is read at the end. Proves memory stays bounded whatever the output size.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { RULES } from '../../../bench/log-triage-rules.js'
import { compileRedactor } from '../../../src/engine/output/index.js'
import { fixture, ROOT } from '../../helpers/fixtures.js'

const GIB = 2 ** 30
const BLOCK = 64 * 1024
const RSS_BOUND = 300 * 1024 * 1024
const GENERATOR = fixture('bin', 'gen-lines.mjs')
const DRIVER = `${ROOT}/bench/output-pipeline.ts`

interface Report {
  exitCode: number | null
  rawBytes: number
  bytes: number
  overflowed: boolean
  seenRaw: Record<string, boolean>
  leaked: Record<string, boolean>
  seconds: number
  maxRssBytes: number
}

const run = promisify(execFile)

describe('bounded memory [slow: 1 GiB]', () => {
  it('streams 1 GiB with three redaction rules in bounded memory, redacting every secret', async () => {
    // The generator repeats one 64 KiB block of whole lines, so the redacted size is known.
    const block = (await run(process.execPath, [GENERATOR, String(BLOCK)], { encoding: 'utf8' }))
      .stdout
    const compiled = compileRedactor(RULES, [])
    if (!compiled.ok) throw new Error(compiled.errors.join('; '))
    const redactedBlockBytes = Buffer.byteLength(compiled.redactor.redactText(block))

    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', DRIVER, '--verify', '--', process.execPath, GENERATOR, String(GIB)],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 }
    )
    const report = JSON.parse(stdout) as Report
    expect(report).toMatchObject({
      exitCode: 0,
      rawBytes: GIB,
      bytes: (GIB / BLOCK) * redactedBlockBytes,
      overflowed: true,
      seenRaw: { 'hunter2-': true, eyJhbGci: true, ':pw-': true },
      leaked: { 'hunter2-': false, eyJhbGci: false, ':pw-': false }
    })
    expect(report.maxRssBytes).toBeLessThan(RSS_BOUND)
  }, 600_000)
})
