// Azurite (Microsoft's Azure Storage emulator, devDependency `azurite`) as the blob store behind
// the fake artifact service: started in memory on a free loopback port, stopped by the test.
import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { tmpdir } from 'node:os'

export interface Azurite {
  /** http://127.0.0.1:PORT (path-style: /devstoreaccount1/<container>/<blob>). */
  url: string
  stop(): Promise<void>
}

const require = createRequire(import.meta.url)
const MAIN = join(dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js')

/** Starts azurite-blob; resolves once it listens (fails after 120 s, never hangs). */
export function startAzurite(): Promise<Azurite> {
  // --skipApiVersionCheck: @azure/storage-blob sends an API version newer than Azurite knows.
  // --disableTelemetry: otherwise Azurite tries to reach Application Insights.
  const child: ChildProcess = spawn(
    process.execPath,
    [
      MAIN,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--silent'
    ],
    { cwd: tmpdir(), stdio: ['ignore', 'pipe', 'pipe'] }
  )
  return new Promise((resolve, reject) => {
    let out = ''
    // Generous: on a loaded 2-core machine loading Azurite's modules alone can take tens of seconds.
    const timer = setTimeout(
      () => fail(new Error(`azurite did not start in 120 s:\n${out}`)),
      120_000
    )
    const fail = (err: Error) => {
      clearTimeout(timer)
      child.kill()
      reject(err)
    }
    const onData = (chunk: Buffer) => {
      out += chunk.toString()
      const m = /listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (!m) return
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.stdout?.resume()
      resolve({ url: m[1] as string, stop: () => stop(child) })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()))
    child.on('exit', (code) => fail(new Error(`azurite exited with ${code}:\n${out}`)))
  })
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.removeAllListeners('exit')
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
