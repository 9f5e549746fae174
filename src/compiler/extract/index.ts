// Stage A: a pure, deterministic extraction of the TSG-IR from Markdown.
export { extractIr } from './document.js'
export { runmeAttrs } from './code-block.js'
export { matchPrompt } from './prompts.js'
