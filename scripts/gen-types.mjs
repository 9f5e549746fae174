// Generates src/runbook/runbook.generated.ts from schema/runbook.v0.schema.json, the one source of
// truth for the runbook contract. `--check` fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs'
import { compile } from 'json-schema-to-typescript'

const schemaPath = 'schema/runbook.v0.schema.json'
const outPath = 'src/runbook/runbook.generated.ts'
const check = process.argv.includes('--check')

// The schema lets optional fields be written as null (or "", [], {}) because the Go peer gert writes
// them that way; the loader normalises all of those to "absent". The generated types describe the
// normalised model, so "null" is stripped from every type list and enum here.
function stripNull(node) {
  if (Array.isArray(node)) return node.map(stripNull)
  if (node === null || typeof node !== 'object') return node
  const out = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples') continue
    if (key === 'type' && Array.isArray(value) && value.length === 2 && value.includes('null')) {
      out.type = value.find((t) => t !== 'null')
    } else if (key === 'enum' && Array.isArray(value)) {
      out.enum = value.filter((v) => v !== null && v !== '')
    } else {
      out[key] = stripNull(value)
    }
  }
  return out
}

const schema = stripNull(JSON.parse(readFileSync(schemaPath, 'utf8')))
const banner = `/* Generated from ${schemaPath} by scripts/gen-types.mjs. Do not edit: run \`npm run gen\`. */`
const generated = await compile(schema, 'RunbookDocument', {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: true,
  strictIndexSignatures: true,
  style: { semi: false, singleQuote: true, printWidth: 100, trailingComma: 'none' }
})

// The document may hold `steps` or gert's `tree`; the loader turns a tree into steps, so the rest of
// the code sees RunbookV0: the flat form, which always has steps.
const flat = `
/** A validated runbook in its flat form: a tree has been read as the steps it stands for. */
export type RunbookV0 = Omit<RunbookDocument, 'steps' | 'tree'> & { steps: [Step, ...Step[]] }
`
const ts =
  generated.replace('export interface RunbookV0 {', 'export interface RunbookDocument {') + flat

if (check) {
  const current = readFileSync(outPath, 'utf8')
  if (current !== ts) {
    console.error(`${outPath} is stale: run \`npm run gen\` and commit the result`)
    process.exit(1)
  }
} else {
  writeFileSync(outPath, ts)
}
