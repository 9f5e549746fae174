// A minimal OpenAI-compatible chat client: one POST to {url}/chat/completions, results as data.

import type { LlmSettings } from './settings.js'

export interface ChatMessage {
  role: 'system' | 'user'
  content: string
}

export type ChatResult = { ok: true; content: string } | { ok: false; error: string }

export type Fetch = (url: string, init: RequestInit) => Promise<Response>

/** Sends the messages and returns the first choice's content, or why there is none. */
export async function chatCompletion(
  settings: LlmSettings,
  messages: ChatMessage[],
  fetchImpl: Fetch = fetch
): Promise<ChatResult> {
  const url = `${settings.url.replace(/\/+$/, '')}/chat/completions`
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (settings.token !== undefined && settings.token !== '')
    headers.authorization = `Bearer ${settings.token}`
  let res: Response
  try {
    res = await fetchImpl(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: settings.model, messages, temperature: 0 }),
      signal: AbortSignal.timeout(settings.timeoutMs)
    })
  } catch (err) {
    const e = err as Error
    const timedOut = e.name === 'TimeoutError' || e.name === 'AbortError'
    return {
      ok: false,
      error: timedOut
        ? `no answer from ${url} within ${settings.timeoutMs} ms`
        : `cannot reach ${url}: ${e.message}`
    }
  }
  const text = await res.text()
  if (!res.ok)
    return { ok: false, error: `${url} answered HTTP ${res.status}: ${text.slice(0, 200)}` }
  try {
    const body = JSON.parse(text) as { choices?: { message?: { content?: unknown } }[] }
    const content = body.choices?.[0]?.message?.content
    return typeof content === 'string'
      ? { ok: true, content }
      : { ok: false, error: `${url} answered without choices[0].message.content` }
  } catch {
    return { ok: false, error: `${url} answered with a body that is not JSON` }
  }
}
