// Paths to test fixtures and shared inputs, resolved from the repository root.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const FIXTURES = join(ROOT, 'test', 'fixtures')
export const SHARED = join(ROOT, '..', 'shared')

export const fixture = (...parts: string[]): string => join(FIXTURES, ...parts)

/** `--import` argument that loads tsx from this repository, whatever the child's working directory. */
export const TSX_IMPORT = `file://${join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')}`
