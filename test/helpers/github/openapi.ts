// GitHub's published REST description (the operations the fake serves, vendored by
// scripts/vendor-openapi.mjs) compiled with ajv: routes a request to its operation and checks
// request and response bodies against the schemas GitHub publishes.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { ROOT } from '../fixtures.js'

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
type Obj = Record<string, Json>

export interface Operation {
  id: string
  method: string
  template: string
  regex: RegExp
  params: string[]
  request?: ValidateFunction
  /** Per status code: the body validator, or null when GitHub answers with no body. */
  responses: Map<number, ValidateFunction | null>
}

export interface Match {
  op: Operation
  params: Record<string, string>
}

const SPEC = join(ROOT, 'test/fixtures/github/openapi.json')
// ajv-formats is CommonJS: under NodeNext its default export is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: Ajv) => Ajv

/** OAS 3.0 `nullable` is not JSON Schema: rewrite it as a `null` type, as ajv expects. */
export function rewriteNullable(node: Json): Json {
  if (Array.isArray(node)) return node.map(rewriteNullable)
  if (node === null || typeof node !== 'object') return node
  const out: Obj = {}
  for (const [k, v] of Object.entries(node)) if (k !== 'nullable') out[k] = rewriteNullable(v)
  if (node.nullable !== true) return out
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null']
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    return out
  }
  return { anyOf: [out, { type: 'null' }] }
}

function resolve(spec: Obj, node: Json): Obj {
  let cur = node as Obj
  while (typeof cur.$ref === 'string') {
    const parts = cur.$ref.slice(2).split('/')
    cur = parts.reduce<Json>((n, p) => (n as Obj)[p] as Json, spec) as Obj
  }
  return cur
}

/** The vendored description, compiled once per process. */
export class OpenApi {
  readonly operations: Operation[] = []
  readonly spec: Obj
  private readonly ajv: Ajv

  constructor(path = SPEC) {
    this.spec = rewriteNullable(JSON.parse(readFileSync(path, 'utf8')) as Json) as Obj
    this.ajv = new Ajv({ strict: false, allErrors: true })
    addFormats(this.ajv)
    this.ajv.addSchema({ $id: 'gh', components: this.spec.components })
    const compile = (schema: Json): ValidateFunction =>
      this.ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/', '"gh#/')) as Obj)
    for (const [template, item] of Object.entries(this.spec.paths as Obj)) {
      for (const [method, raw] of Object.entries(item as Obj)) {
        const op = raw as Obj
        const params = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string)
        const regex = new RegExp(`^${template.replace(/\{\w+\}/g, '([^/]+)')}$`)
        const body = (op.requestBody as Obj | undefined)?.content as Obj | undefined
        const reqSchema = (body?.['application/json'] as Obj | undefined)?.schema
        const responses = new Map<number, ValidateFunction | null>()
        for (const [status, r] of Object.entries(op.responses as Obj)) {
          const content = resolve(this.spec, r).content as Obj | undefined
          const schema = (content?.['application/json'] as Obj | undefined)?.schema
          responses.set(Number(status), schema === undefined ? null : compile(schema))
        }
        this.operations.push({
          id: op.operationId as string,
          method: method.toUpperCase(),
          template,
          regex,
          params,
          ...(reqSchema === undefined ? {} : { request: compile(reqSchema) }),
          responses
        })
      }
    }
    // Literal segments win over parameters (…/issues/comments/{id} before …/issues/{n}/…).
    this.operations.sort((a, b) => literalWeight(b.template) - literalWeight(a.template))
  }

  /** The operation serving METHOD PATH, with its path parameters decoded. */
  match(method: string, pathname: string): Match | undefined {
    for (const op of this.operations) {
      if (op.method !== method) continue
      const m = op.regex.exec(pathname)
      if (!m) continue
      const params: Record<string, string> = {}
      op.params.forEach((p, i) => (params[p] = decodeURIComponent(m[i + 1] ?? '')))
      return { op, params }
    }
    return undefined
  }

  operation(id: string): Operation {
    const op = this.operations.find((o) => o.id === id)
    if (!op) throw new Error(`operation ${id} is not vendored`)
    return op
  }

  /** Problems with a request body, in ajv's words; empty when it is valid. */
  checkRequest(op: Operation, body: unknown): string[] {
    if (!op.request) return []
    return op.request(body) ? [] : describe(op.request)
  }

  /** Problems with a response: an undeclared status, or a body that does not match its schema. */
  checkResponse(op: Operation, status: number, body: unknown): string[] {
    if (!op.responses.has(status)) return [`status ${status} is not declared for ${op.id}`]
    const v = op.responses.get(status)
    if (!v)
      return body === undefined ? [] : [`${op.id} ${status} has no body in GitHub's description`]
    return v(body) ? [] : describe(v)
  }

  /** A copy of a named example from components.examples (GitHub's own sample values). */
  example<T>(name: string): T {
    const ex = (this.spec.components as Obj).examples as Obj
    const found = ex[name] as Obj | undefined
    if (!found) throw new Error(`example ${name} is not vendored`)
    return structuredClone(found.value) as T
  }
}

function literalWeight(template: string): number {
  return (
    template.split('/').filter((s) => s !== '' && !s.startsWith('{')).length * 100 -
    template.length / 1000
  )
}

function describe(v: ValidateFunction): string[] {
  return (v.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? 'is invalid'}`)
}

let shared: OpenApi | undefined
/** One compiled description per test process (compiling costs about a second). */
export function openApi(): OpenApi {
  return (shared ??= new OpenApi())
}
