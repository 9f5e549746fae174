// Public surface of the safety classifier: what a command does to the system it runs against.
export type { Classification, SafetyLevel } from './types.js'
export { isAutomatable, worst } from './types.js'
export { classifyCommand, knownTools } from './classify.js'
export { classifySql } from './tools/sql.js'
export { innerCommands, unwrapOnce } from './wrapped.js'
export type { InnerCommands, Unwrapped } from './wrapped.js'
