// Generates the JSON Schema validators as standalone code (ajv's `standaloneCode`), so no command
// compiles a schema at run time and the ajv compiler stays out of the bundles. One generated
// module per schema, beside the checker that uses it. `--check` fails when a committed file is
// stale. The output depends only on the schema and the ajv version (no dates, no paths).
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import standaloneCode from 'ajv/dist/standalone/index.js'

const VALIDATORS = [
  ['schema/runbook.v0.schema.json', 'src/runbook/runbook-validator.generated.ts'],
  ['schema/evidence.v0.schema.json', 'src/runbook/evidence-validator.generated.ts'],
  ['schema/runbook-test.schema.json', 'src/app/test/runbook-test-validator.generated.ts'],
  [
    'schema/cli-replay-scenario.schema.json',
    'src/providers/replay/cli-replay-validator.generated.ts'
  ],
  ['schema/gert-scenario.schema.json', 'src/providers/replay/gert-validator.generated.ts']
]

const check = process.argv.includes('--check')
let stale = 0
for (const [schemaPath, outPath] of VALIDATORS) {
  const ts = generate(schemaPath, outPath)
  if (!check) writeFileSync(outPath, ts)
  else if (readFileSync(outPath, 'utf8') !== ts) {
    console.error(`${outPath} is stale: run \`npm run gen\` and commit the result`)
    stale++
  }
}
if (stale > 0) process.exit(1)

function generate(schemaPath, outPath) {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'))
  // The options the checkers always used (every error, strict schema, the failing data and
  // subschema in each error). inlineRefs: false keeps each $ref a function of its own, so an
  // error's schemaPath names the subschema from the root (#/$defs/duration/pattern): the
  // explainers match on it instead of on object identity.
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    verbose: true,
    inlineRefs: false,
    code: { source: true, esm: true, lines: true }
  })
  let code = standaloneCode.default(ajv, ajv.compile(schema))
  // The ESM output still require()s ajv's runtime helpers; the only one these schemas use is
  // ucs2length, which src/runbook/schema-runtime.ts re-exports for both module systems.
  const helper = 'require("ajv/dist/runtime/ucs2length").default'
  const uses = code.includes(helper)
  code = code.replaceAll(helper, 'ucs2length')
  if (/require\(/.test(code)) throw new Error(`${schemaPath}: unexpected runtime require`)
  const runtime = relative(dirname(outPath), 'src/runbook/schema-runtime.js')
  const header = [
    `/* Generated from ${schemaPath} by scripts/gen-validators.mjs. Do not edit: run \`npm run gen\`. */`,
    '// @ts-nocheck',
    ...(uses
      ? [`import { ucs2length } from '${runtime.startsWith('.') ? '' : './'}${runtime}'`]
      : [])
  ]
  return `${header.join('\n')}\n${code.replace(/^"use strict";\n?/, '')}\n`
}
