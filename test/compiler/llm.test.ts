import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { llmSettings } from '../../src/cli/commands/compile.js'
import { cli } from '../helpers/cli.js'
import { GOLDEN, INPUTS } from './goldens.js'

// The LLM path against a local OpenAI-compatible server on 127.0.0.1 that plays recorded answers.
const input = join(
  INPUTS,
  'kubernetes__website__content_en_docs_tasks_debug_debug-application_debug-init-containers.md'
)
const golden = readFileSync(join(GOLDEN, 'k8s-debug-init-containers', 'runbook.yaml'), 'utf8')
const answer = (content: string): string =>
  JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] })
const fenced = (yaml: string): string => `Here is the runbook:\n\n\`\`\`yaml\n${yaml}\`\`\`\n`

type Reply = { status: number; body: string } | 'hang'
let reply: Reply = { status: 200, body: '' }
const requests: {
  auth: string | undefined
  url: string | undefined
  body: { model: string; messages: { role: string; content: string }[] }
}[] = []
let server: Server
let url = ''

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      requests.push({
        auth: req.headers.authorization,
        url: req.url,
        body: JSON.parse(body) as (typeof requests)[number]['body']
      })
      if (reply === 'hang') return
      res.writeHead(reply.status, { 'content-type': 'application/json' })
      res.end(reply.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

async function compileWithLlm(next: Reply, extra: string[] = []) {
  reply = next
  requests.length = 0
  const dir = mkdtempSync(join(tmpdir(), 'llm-'))
  const out = join(dir, 'runbook.yaml')
  const mapping = join(dir, 'mapping.md')
  const r = await cli(
    [
      'compile',
      input,
      '-o',
      out,
      '-m',
      mapping,
      '--llm',
      'openai-compatible',
      '--llm-url',
      url,
      '--llm-model',
      'test-model',
      ...extra
    ],
    {
      env: { NO_COLOR: '1', RUNBOOK_LLM_TOKEN: 'test-token' }
    }
  )
  return { ...r, yaml: readFileSync(out, 'utf8'), mapping: readFileSync(mapping, 'utf8') }
}

describe('runbook compile --llm openai-compatible', () => {
  it('sends the IR, schema, ontology, governance and draft, and accepts an answer that passes every check', async () => {
    const better = golden.replace(
      'title: Display the status of your pod',
      'title: Show the pod and its Init Container status'
    )
    const r = await compileWithLlm({ status: 200, body: answer(fenced(better)) })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('LLM refinement by test-model accepted')
    expect(r.yaml).toBe(better)
    expect(r.mapping).toContain('Accepted: the runbook was refined by `test-model`')
    const req = requests[0]
    expect(req?.url).toBe('/v1/chat/completions')
    expect(req?.auth).toBe('Bearer test-token')
    expect(req?.body.model).toBe('test-model')
    expect(req?.body.messages[0]?.content).toContain('Never invent credentials')
    for (const part of [
      '## TSG-IR (JSON)',
      '## runbook/v0 JSON Schema',
      '## Command ontology',
      '## Governance defaults',
      '## Deterministic draft'
    ])
      expect(req?.body.messages[1]?.content).toContain(part)
  })

  it.each([
    ['invalid YAML', { status: 200, body: answer('```yaml\nsteps: [\n```') }, 'yaml-syntax'],
    [
      'an invented command',
      {
        status: 200,
        body: answer(
          fenced(
            golden.replace(
              'argv: ["kubectl", "describe", "pod", "{{ .pod_name }}"]',
              'argv: ["kubectl", "get", "secrets", "--all-namespaces"]'
            )
          )
        )
      },
      "'secrets' (in 'secrets') is not in the source"
    ],
    [
      'a destructive command automated',
      {
        status: 200,
        body: answer(
          fenced(
            golden.replace(
              'argv: ["kubectl", "describe", "pod", "{{ .pod_name }}"]',
              'argv: ["kubectl", "delete", "pod", "{{ .pod_name }}"]'
            )
          )
        )
      },
      "fidelity check 'no destructive or ambiguous command automated' failed"
    ],
    [
      'a dropped command',
      {
        status: 200,
        body: answer(
          fenced(golden.replace(/ {2}- id: accessing_logs_from_init_containers\n[\s\S]*$/, ''))
        )
      },
      'is missing: kubectl logs <pod-name> -c <init-container-2>'
    ],
    ['HTTP 500', { status: 500, body: '{"error":"boom"}' }, 'answered HTTP 500'],
    ['an answer without choices', { status: 200, body: '{}' }, 'without choices[0].message.content']
  ] as const)('rejects %s and keeps the deterministic runbook', async (_, next, problem) => {
    const r = await compileWithLlm(next)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('LLM refinement rejected, the deterministic runbook is kept')
    expect(r.stderr).toContain(problem)
    expect(r.yaml).toBe(golden)
    expect(r.mapping).toContain('Rejected: the answer of `test-model` was not used')
  })

  it('gives up after --llm-timeout and keeps the deterministic runbook', async () => {
    const r = await compileWithLlm('hang', ['--llm-timeout', '0.2'])
    expect(r.stderr).toContain('no answer from')
    expect(r.yaml).toBe(golden)
  })

  it('refuses --llm without a URL outside GitHub Actions (exit 3)', async () => {
    const r = await cli(['compile', input, '--llm', 'openai-compatible'], {
      env: { NO_COLOR: '1' }
    })
    expect(r.code).toBe(3)
    expect(r.stderr).toContain('--llm openai-compatible needs --llm-url')
  })

  it('refuses an unknown provider (exit 3)', async () => {
    const r = await cli(['compile', input, '--llm', 'magic'])
    expect(r.code).toBe(3)
    expect(r.stderr).toContain(
      "argument 'magic' is invalid. Allowed choices are openai-compatible."
    )
  })
})

describe('llmSettings', () => {
  it('uses GitHub Models with GITHUB_TOKEN inside GitHub Actions', () => {
    expect(
      llmSettings({ llm: 'openai-compatible' }, { GITHUB_ACTIONS: 'true', GITHUB_TOKEN: 'gh' })
    ).toEqual({
      url: 'https://models.github.ai/inference',
      model: 'openai/gpt-4o-mini',
      timeoutMs: 60000,
      token: 'gh'
    })
  })

  it('prefers flags, then RUNBOOK_LLM_* and OPENAI_API_KEY', () => {
    expect(
      llmSettings(
        { llm: 'openai-compatible', llmTimeout: '5' },
        { RUNBOOK_LLM_URL: 'http://127.0.0.1:1/v1', RUNBOOK_LLM_MODEL: 'm', OPENAI_API_KEY: 'k' }
      )
    ).toEqual({
      url: 'http://127.0.0.1:1/v1',
      model: 'm',
      timeoutMs: 5000,
      token: 'k'
    })
    expect(
      llmSettings({ llm: 'openai-compatible', llmUrl: 'http://x/v1', llmTimeout: 'soon' }, {})
    ).toBe("--llm-timeout takes a number of seconds, got 'soon'")
  })
})
