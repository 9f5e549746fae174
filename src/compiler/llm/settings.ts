// Settings of the optional LLM refinement, parsed once by the CLI from flags and environment.

export interface LlmSettings {
  /** Base URL of an OpenAI-compatible API; `/chat/completions` is appended. */
  url: string
  model: string
  /** Bearer token, when the endpoint needs one. */
  token?: string
  timeoutMs: number
}

/** GitHub Models, used inside GitHub Actions when no URL is given. */
export const GITHUB_MODELS_URL = 'https://models.github.ai/inference'
export const DEFAULT_MODEL = 'openai/gpt-4o-mini'
