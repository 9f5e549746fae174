// Puts a planned recording on disk: the scenario, its response files, the evidence file and the
// attachments, beside OUT.yaml. Text attachments go through the runbook's redaction too; binary
// ones are copied as they are.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { RecordingInput } from './record-plan.js'
import { planRecording } from './record-plan.js'

export type RecordingWrite =
  { ok: true; written: string[]; notes: string[] } | { ok: false; error: string }

/** Writes OUT.yaml and what goes beside it; `runDir` is where the run stored attachments. */
export async function writeRecording(
  input: RecordingInput,
  runDir: string
): Promise<RecordingWrite> {
  const plan = planRecording(input)
  if ('error' in plan) return { ok: false, error: plan.error }
  const base = dirname(resolve(input.outPath))
  const written: string[] = []
  const put = async (rel: string, data: string | Buffer) => {
    const path = join(base, rel)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, data)
    written.push(path)
  }
  try {
    for (const f of plan.files) await put(f.path, f.text)
    for (const c of plan.copies) {
      const bytes = await readFile(join(runDir, c.from))
      const text = asText(bytes)
      await put(c.to, text === undefined ? bytes : input.recorder.redact(text))
    }
  } catch (err) {
    return { ok: false, error: `cannot write the recording: ${(err as Error).message}` }
  }
  return { ok: true, written, notes: plan.notes }
}

function asText(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return undefined
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}
