// git in a test's repository, with a fixed identity (a fresh machine has none configured).
import { execFileSync } from 'node:child_process'

/** Runs git with argv in `cwd`; returns its trimmed stdout. */
export const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@x'
    }
  }).trim()
