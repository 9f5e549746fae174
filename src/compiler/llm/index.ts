// Optional LLM refinement (seed 003 §14), off by default.
export type { LlmSettings } from './settings.js'
export { DEFAULT_MODEL, GITHUB_MODELS_URL } from './settings.js'
export type { ChatMessage, ChatResult, Fetch } from './client.js'
export { chatCompletion } from './client.js'
export { extractYaml, refinementMessages } from './prompt.js'
export type { Refinement } from './refine.js'
export { refineWithLlm } from './refine.js'
