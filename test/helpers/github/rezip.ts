// An artifact's zip with files added, built with the libraries the real @actions/artifact client
// uses (unzip-stream to read, archiver to write): the bytes a job would have uploaded had its
// directory held those files. They are the client's dependencies, loaded through require, untyped.
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Readable } from 'node:stream'

const require = createRequire(import.meta.url)
const unzip = require('unzip-stream') as {
  Extract(o: { path: string }): NodeJS.WritableStream
}
interface Archive extends NodeJS.ReadableStream {
  directory(dir: string, prefix: false): void
  finalize(): Promise<void>
}
const archiver = require('archiver') as (format: 'zip') => Archive

/** `zip` with `files` (path inside the archive -> text) added. */
export async function withFiles(zip: Buffer, files: Record<string, string>): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'rezip-'))
  try {
    await new Promise<void>((resolve, reject) => {
      const out = unzip.Extract({ path: dir })
      out.on('close', () => resolve())
      out.on('error', reject)
      Readable.from([zip]).pipe(out)
    })
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true })
      await writeFile(join(dir, path), text)
    }
    const archive = archiver('zip')
    const chunks: Buffer[] = []
    archive.on('data', (c: Buffer) => chunks.push(c))
    const ended = new Promise((resolve, reject) => {
      archive.on('end', resolve)
      archive.on('error', reject)
    })
    archive.directory(dir, false)
    await archive.finalize()
    await ended
    return Buffer.concat(chunks)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
